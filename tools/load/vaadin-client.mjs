// A small client for Vaadin Flow's UIDL protocol over HTTP, enough to use Opdag's views as the browser does without a
// browser: it opens a route (v-r=init + the ui-navigate event), keeps the server's state tree of the UI (tags,
// properties, attributes, texts, listeners), and sends the same RPCs the browser's Flow client sends (property syncs,
// DOM events, published server calls). Server-side work is therefore the real work of a real session; only the
// client-side rendering (Blockly, the world's drawing) is left out.
//
// Protocol as seen from Flow 25.2's client (captured from Chromium): GET /?v-r=init&location=ROUTE returns
// {appConfig: {v-uiId, uidl: {Vaadin-Security-Key, syncId, clientId, changes, execute}}}; POST /?v-r=uidl&v-uiId=N
// with {csrfToken, rpc: [...], syncId, clientId} returns {syncId, clientId, changes, execute, meta}.

const FEAT = { DATA: 0, PROPS: 1, CHILDREN: 2, ATTRS: 3, LISTENERS: 4, TEXT: 7, CLASSES: 11 };

/** A loopback address only: the tool must never be pointed at someone else's server. */
export function assertLoopback(base) {
  const host = new URL(base).hostname.replace(/^\[|\]$/g, '');
  if (!['127.0.0.1', 'localhost', '::1'].includes(host) && !/^127\.\d+\.\d+\.\d+$/.test(host)) {
    throw new Error(`refusing ${base}: the load tool only drives a server on this machine (loopback)`);
  }
}

export class VaadinError extends Error {
  constructor(kind, message) {
    super(`${kind}: ${message}`);
    this.kind = kind;
  }
}

/** One browser: a cookie jar (the session) and timed HTTP with a bound on every request. */
export class BrowserSession {
  constructor(base, { timeoutMs = 30000, onRequest = () => {}, onRetry = () => {}, headers = {} } = {}) {
    assertLoopback(base);
    this.base = base.replace(/\/$/, '');
    this.cookies = new Map();
    this.timeoutMs = timeoutMs;
    this.onRequest = onRequest;
    this.onRetry = onRetry;
    this.headers = headers;
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /**
   * One request. A connection that breaks before any answer (a reused keep-alive connection the server closed) is
   * tried once more with the same message, as browsers and Flow's client do: the server recognises a repeated UIDL
   * message by its clientId and answers it once. Such retries are counted, never hidden.
   */
  async request(kind, path, init = {}, retry = true) {
    const started = performance.now();
    let response;
    let text;
    try {
      response = await fetch(this.base + path, {
        ...init,
        redirect: 'manual',
        headers: { ...this.headers, ...(init.headers ?? {}), cookie: this.cookieHeader() },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      for (const c of response.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const eq = pair.indexOf('=');
        this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
      }
      text = await response.text();
    } catch (e) {
      this.onRequest(kind, performance.now() - started, false);
      const cause = e.cause ? ` (${e.cause.code ?? e.cause.message})` : '';
      if (retry && e.name !== 'TimeoutError' && response === undefined) {
        this.onRetry?.(kind, e.message + cause);
        await new Promise(resolve => setTimeout(resolve, 500));
        return this.request(kind, path, init, false);
      }
      throw new VaadinError('http', `${path}: ${e.name === 'TimeoutError' ? 'no answer in time' : e.message + cause}`);
    }
    const ok = response.status === 200;
    this.onRequest(kind, performance.now() - started, ok);
    if (!ok) {
      throw new VaadinError('http', `${path}: status ${response.status}`);
    }
    return text;
  }

  /** Opens a route as a new browser tab would: a new UI on the server. */
  async open(route, kind = 'open') {
    const ui = new VaadinUi(this);
    await ui.init(route, kind);
    return ui;
  }
}

/** One UI (a browser tab) and the server's state tree for it. */
export class VaadinUi {
  constructor(session) {
    this.session = session;
    this.nodes = new Map();
    this.executes = [];
  }

  async init(route, kind) {
    const q = `/?v-r=init&location=${encodeURIComponent(route)}&query=&v-tzid=Europe%2FCopenhagen&v-ww=1280&v-wh=720`;
    const config = parse(await this.session.request(kind, q), q).appConfig;
    if (!config?.uidl) {
      throw new VaadinError('protocol', `no UI for ${route}`);
    }
    this.uiId = config['v-uiId'];
    this.csrf = config.uidl['Vaadin-Security-Key'];
    this.apply(config.uidl);
    await this.send([{ type: 'event', node: 1, event: 'ui-navigate', data: {
      route: '/' + route, query: '', appShellTitle: '', historyState: { idx: 0 }, trigger: '' } }], kind);
  }

  /** Sends RPCs in one request and applies the answer; returns the answer's execute commands. */
  async send(rpc, kind = 'uidl') {
    const body = JSON.stringify({ csrfToken: this.csrf, rpc, syncId: this.syncId, clientId: this.clientId });
    const path = `/?v-r=uidl&v-uiId=${this.uiId}`;
    const answer = parse(await this.session.request(kind, path, {
      method: 'POST', body, headers: { 'content-type': 'application/json; charset=UTF-8' } }), path);
    const meta = answer.meta ?? {};
    if (meta.sessionExpired || meta.appError) {
      throw new VaadinError('server', meta.sessionExpired ? 'session expired' : JSON.stringify(meta.appError));
    }
    if (answer.syncId === -1 || (meta.async === undefined && answer.resynchronize)) {
      throw new VaadinError('server', 'the server asked for a resynchronisation');
    }
    return this.apply(answer);
  }

  /** The browser's leaving a page: the server may drop this UI at once. */
  async unload() {
    const path = `/?v-r=uidl&v-uiId=${this.uiId}`;
    await this.session.request('unload', path, { method: 'POST',
      body: JSON.stringify({ csrfToken: this.csrf, rpc: [], UNLOAD: true }),
      headers: { 'content-type': 'application/json; charset=UTF-8' } });
  }

  apply(uidl) {
    if (uidl.syncId !== undefined) {
      this.syncId = uidl.syncId;
    }
    if (uidl.clientId !== undefined) {
      this.clientId = uidl.clientId;
    }
    this.lastChanges = uidl.changes ?? [];
    for (const c of this.lastChanges) {
      this.change(c);
    }
    const executes = uidl.execute ?? [];
    this.executes.push(...executes);
    return executes;
  }

  node(id) {
    let n = this.nodes.get(id);
    if (!n) {
      n = { id, tag: null, props: {}, attrs: {}, data: {}, children: [], text: null, listeners: {}, classes: [] };
      this.nodes.set(id, n);
    }
    return n;
  }

  change(c) {
    if (c.type === 'detach') {
      this.nodes.delete(c.node);
      return;
    }
    const n = this.node(c.node);
    switch (c.type) {
      case 'attach':
        break;
      case 'put':
      case 'remove': {
        const value = c.type === 'put' ? (c.value !== undefined ? c.value : c.nodeValue) : undefined;
        const target = { [FEAT.DATA]: n.data, [FEAT.PROPS]: n.props, [FEAT.ATTRS]: n.attrs,
          [FEAT.LISTENERS]: n.listeners }[c.feat];
        if (c.feat === FEAT.TEXT) {
          n.text = value ?? null;
        } else if (target) {
          if (c.type === 'put') {
            target[c.key] = value;
          } else {
            delete target[c.key];
          }
        }
        if (c.feat === FEAT.DATA && c.key === 'tag') {
          n.tag = value;
        }
        break;
      }
      case 'clear':
        if (c.feat === FEAT.CHILDREN) {
          n.children = [];
        } else if (c.feat === FEAT.CLASSES) {
          n.classes = [];
        }
        break;
      case 'splice': {
        const list = c.feat === FEAT.CHILDREN ? n.children : c.feat === FEAT.CLASSES ? n.classes : null;
        if (list) {
          list.splice(c.index, c.remove ?? 0, ...(c.addNodes ?? c.add ?? []));
        }
        break;
      }
      default:
        break;
    }
  }

  /** The text a user sees in a node (its text nodes, depth first). */
  textOf(n, depth = 0) {
    if (!n || depth > 40) {
      return '';
    }
    if (n.text !== null) {
      return n.text;
    }
    return n.children.map(id => this.textOf(this.nodes.get(id), depth + 1)).join('');
  }

  find(predicate) {
    for (const n of this.nodes.values()) {
      if (predicate(n)) {
        return n;
      }
    }
    return null;
  }

  all(predicate) {
    return [...this.nodes.values()].filter(predicate);
  }

  need(what, predicate) {
    const n = this.find(predicate);
    if (!n) {
      throw new VaadinError('page', `${what} not found`);
    }
    return n;
  }

  button(text) {
    return this.need(`button "${text}"`, n => n.tag === 'vaadin-button' && n.listeners.click
      && this.textOf(n).trim() === text);
  }

  field(label) {
    return this.need(`field "${label}"`, n => n.props.label === label);
  }

  hasText(text) {
    return this.find(n => n.text !== null && n.text.includes(text)) !== null;
  }

  static click(node) {
    return { type: 'event', node: node.id, event: 'click', data: {
      'event.shiftKey': false, 'event.metaKey': false, 'event.detail': 1, 'event.ctrlKey': false,
      'event.clientX': 10, 'event.clientY': 10, 'event.altKey': false, 'event.button': 0,
      'event.screenY': 10, 'event.screenX': 10 } };
  }

  /** Typing into a text field and leaving it: the value property, then its change event. */
  static type(node, value) {
    return [{ type: 'mSync', node: node.id, feature: FEAT.PROPS, property: 'value', value },
      { type: 'event', node: node.id, event: 'change', data: {} }];
  }

  static event(node, event, data = {}) {
    return { type: 'event', node: node.id, event, data };
  }
}

function parse(text, what) {
  try {
    return JSON.parse(text.startsWith('for(;;);') ? text.slice(8) : text);
  } catch (e) {
    throw new VaadinError('protocol', `${what}: not JSON (${text.slice(0, 80)})`);
  }
}
