/**
 * <opdag-blockly>: a Blockly workspace as a custom element, driven by dk.opdag.blockly.BlocklyEditor.
 *
 * Light DOM on purpose: Blockly injects its CSS into the document head and positions its drop-downs and widgets
 * in document.body, which a shadow root would cut off.
 *
 * Properties (set by the server): locale ('da'|'en'), messages (JSON object for %{BKY_...}), blocks (JSON array
 * of block definitions), toolbox (JSON) — or, as the server sends them, messagesUrl, blocksUrl, toolboxUrl: where to
 * fetch that JSON (shared by every session, so the session does not keep a copy) —, readonly, debounce (ms), maxChars, mediaPath, unloadUrl, unloadParams,
 * recoveryKey.
 * Methods: loadWorkspace(json), highlight(id), markSaved(seq), flush(), workspaceJson().
 * Events: opdag-workspace-change {json, seq}, opdag-workspace-load-failed {message},
 *         opdag-workspace-too-large {chars}, opdag-workspace-recovered {json, params}.
 */
import * as Blockly from 'blockly/core';
import 'blockly/blocks';
import * as Da from 'blockly/msg/da';
import * as En from 'blockly/msg/en';

const LOCALES = { da: Da, en: En };
const DEFINED = new Map();
// Fetched JSON texts by address, once per page: a changed text has a new address (content hash).
const FETCHED = new Map();
const SOURCES = { messagesUrl: 'messages', blocksUrl: 'blocks', toolboxUrl: 'toolbox' };
const DEFAULTS = { messages: '{}', blocks: '[]', toolbox: '' };

function fetchText(url) {
  if (!FETCHED.has(url)) {
    const text = fetch(url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: ${r.status}`))))
      .catch((e) => { FETCHED.delete(url); throw e; });
    FETCHED.set(url, text);
  }
  return FETCHED.get(url);
}
const AUTOMATIC_MOVES = new Set(['bump', 'inbounds']);

// Blockly's classic colours are too light for white block text (loops are 3:1); these are all at least 6:1.
const STANDARD_COLOURS = {
  logic: '#3a5a98', loop: '#2d6e2d', math: '#3b4cad', text: '#7a4a00', list: '#6a3fa0',
  variable: '#a6306b', variable_dynamic: '#a6306b', procedure: '#8a3a8a', colour: '#7a4a00'
};
const THEME = Blockly.Theme.defineTheme('opdag', {
  name: 'opdag',
  base: Blockly.Themes.Classic,
  blockStyles: Object.fromEntries(Object.entries(STANDARD_COLOURS)
    .map(([k, c]) => [`${k}_blocks`, { colourPrimary: c }]).concat([['hat_blocks', { colourPrimary: '#7a4a00', hat: 'cap' }]])),
  categoryStyles: Object.fromEntries(Object.entries(STANDARD_COLOURS).map(([k, c]) => [`${k}_category`, { colour: c }])),
  componentStyles: { workspaceBackgroundColour: '#ffffff', toolboxBackgroundColour: '#f3f3f3',
    toolboxForegroundColour: '#1d1d1d', flyoutBackgroundColour: '#e9e9e9', flyoutForegroundColour: '#1d1d1d',
    flyoutOpacity: 0.96, scrollbarColour: '#8a8a8a', insertionMarkerColour: '#000000', insertionMarkerOpacity: 0.3 }
});

const STYLE = `
opdag-blockly { display: block; position: relative; width: 100%; height: clamp(22rem, 62vh, 46rem);
  min-height: 18rem; border: 1px solid var(--lumo-contrast-30pct, #8a8a8a); border-radius: 8px;
  overflow: hidden; touch-action: none; background: #fff; }
opdag-blockly > .opdag-blockly-host { position: absolute; inset: 0; }
opdag-blockly .blocklyMainBackground { stroke: none; }
opdag-blockly[readonly] { border-style: dashed; }
`;

function ensureStyle() {
  if (!document.getElementById('opdag-blockly-style')) {
    const style = document.createElement('style');
    style.id = 'opdag-blockly-style';
    style.textContent = STYLE;
    document.head.appendChild(style);
  }
}

function parse(json, fallback) {
  if (json === undefined || json === null || json === '') {
    return fallback;
  }
  if (typeof json !== 'string') {
    return json;
  }
  try {
    return JSON.parse(json);
  } catch (e) {
    console.warn('opdag-blockly: ignoring malformed JSON', e);
    return fallback;
  }
}

class OpdagBlockly extends HTMLElement {
  constructor() {
    super();
    this._props = {
      locale: 'da', messages: '{}', blocks: '[]', toolbox: '', messagesUrl: '', blocksUrl: '', toolboxUrl: '',
      readonly: false, debounce: 800,
      maxChars: 2000000, mediaPath: 'assets/blockly-media/', unloadUrl: '', unloadParams: '{}', recoveryKey: ''
    };
    this._ws = null;
    this._pending = null;       // workspace JSON waiting for the workspace to exist
    this._timer = null;
    this._seq = 0;              // sequence number of the newest change
    this._sentSeq = 0;          // newest change sent to the server
    this._savedSeq = 0;         // newest change the server confirmed as stored
    this._loading = false;
    this._lastJson = null;     // the workspace as the server last had it
    this._highlighted = null;
    this._onVisibility = () => { if (document.visibilityState === 'hidden') this.flush(); };
    this._onPageHide = () => this._beacon();
    // Any click outside the editor (a menu link, the run button) may leave the page or act on the program, so
    // pending changes go first; the server handles events in the order they were sent.
    this._onClick = (e) => { if (!this.contains(e.target)) this.flush(); };
  }

  // --- properties -------------------------------------------------------------------------------------------
  static get _names() {
    return ['locale', 'messages', 'blocks', 'toolbox', 'messagesUrl', 'blocksUrl', 'toolboxUrl', 'readonly', 'debounce', 'maxChars', 'mediaPath',
      'unloadUrl', 'unloadParams', 'recoveryKey'];
  }

  _set(name, value) {
    const before = this._props[name];
    this._props[name] = value;
    if (before === value || !this._ws) {
      return;
    }
    if (['locale', 'messages', 'blocks', 'toolbox', 'messagesUrl', 'blocksUrl', 'toolboxUrl', 'readonly',
      'mediaPath'].includes(name)) {
      this._reinject();
    }
  }

  get readonly() { return this._props.readonly; }

  /** True once the blocks are shown and settled (tests and tools wait for this). */
  get ready() { return !!this._ws && !this._loading && this._lastJson !== null; }
  set readonly(v) {
    this._set('readonly', !!v);
    this.toggleAttribute('readonly', !!v);
  }

  // --- lifecycle --------------------------------------------------------------------------------------------
  connectedCallback() {
    ensureStyle();
    if (!this._host) {
      this._host = document.createElement('div');
      this._host.className = 'opdag-blockly-host';
      this.appendChild(this._host);
    }
    document.addEventListener('visibilitychange', this._onVisibility);
    window.addEventListener('pagehide', this._onPageHide);
    document.addEventListener('click', this._onClick, true);
    this._resize = new ResizeObserver(() => { if (this._ws) Blockly.svgResize(this._ws); });
    this._resize.observe(this);
    // Properties and the first load arrive in the same server response; inject once they are all in.
    if (!this._ws) {
      setTimeout(() => { if (this.isConnected && !this._ws) this._inject(); }, 0);
    }
  }

  disconnectedCallback() {
    this.flush();
    document.removeEventListener('visibilitychange', this._onVisibility);
    window.removeEventListener('pagehide', this._onPageHide);
    document.removeEventListener('click', this._onClick, true);
    if (this._resize) this._resize.disconnect();
  }

  /** Fetches the texts given by address (see SOURCES), then builds the workspace; the newest call wins. */
  _inject() {
    const generation = (this._generation || 0) + 1;
    this._generation = generation;
    const wanted = Object.keys(SOURCES).filter((name) => this._props[name]);
    const urls = wanted.map((name) => this._props[name]);
    Promise.all(urls.map(fetchText))
      .then((texts) => {
        if (generation !== this._generation || this._ws || !this.isConnected) return;
        if (wanted.some((name, i) => this._props[name] !== urls[i])) {
          this._inject(); // an address changed while fetching
          return;
        }
        this._fromUrl = this._fromUrl || new Set();
        for (const name of Object.keys(SOURCES)) {
          // An address set back to '' clears the text it had brought (e.g. no toolbox any more).
          if (!wanted.includes(name) && this._fromUrl.delete(name)) this._props[SOURCES[name]] = DEFAULTS[SOURCES[name]];
        }
        wanted.forEach((name, i) => { this._props[SOURCES[name]] = texts[i]; this._fromUrl.add(name); });
        this._injectNow();
      })
      .catch((e) => console.warn('opdag-blockly: could not fetch the editor texts', e));
  }

  _injectNow() {
    const p = this._props;
    const locale = LOCALES[p.locale] || Da;
    Blockly.setLocale(locale);
    Object.assign(Blockly.Msg, parse(p.messages, {}));
    const definitions = parse(p.blocks, []);
    // Define each block once per page (redefining logs warnings); a changed definition replaces the old one.
    const changed = definitions.filter(d => DEFINED.get(d.type) !== JSON.stringify(d));
    if (changed.length) {
      Blockly.common.defineBlocksWithJsonArray(changed);
      changed.forEach(d => DEFINED.set(d.type, JSON.stringify(d)));
    }
    const toolbox = p.readonly ? undefined : parse(p.toolbox, undefined);
    this._ws = Blockly.inject(this._host, {
      toolbox,
      readOnly: p.readonly,
      renderer: 'zelos',
      theme: THEME,
      media: p.mediaPath,
      sounds: false,
      trashcan: !p.readonly && !!toolbox,
      // No wheel zoom or wheel move: a wheel (or a two-finger swipe) over the blocks scrolls the page, so the blocks
      // never trap it. Zoom with the + and − buttons or by pinching; move the blocks by dragging.
      zoom: { controls: true, wheel: false, pinch: true, startScale: 0.75, maxScale: 2, minScale: 0.35, scaleSpeed: 1.15 },
      move: { scrollbars: true, drag: true, wheel: false },
      grid: { spacing: 24, length: 2, colour: '#d8d8d8', snap: false },
      maxTrashcanContents: 32
    });
    this._ws.addChangeListener((e) => this._onChange(e));
    this._fixAria();
    const initial = this._pending;
    this._pending = null;
    if (initial !== null) {
      this._load(initial);
    }
  }

  /**
   * Blockly 13.3 makes a block canvas a listbox (the toolbox flyout's always, the workspace's while it has
   * keyboard focus) but leaves the connection markers ("statement position") as role=figure inside it, which a
   * listbox may not contain (axe: aria-required-children, critical). Inside a listbox they are made options
   * (still announced as statement positions) named by the message OPDAG_CONNECTION_LABEL; elsewhere they keep
   * Blockly's role. Dangling aria-owns references are dropped.
   */
  _fixAria() {
    const apply = () => {
      // The main workspace's canvas and the toolbox flyout's (Blockly treats the flyout as a listbox too).
      this._host.querySelectorAll('.blocklyBlockCanvas').forEach((canvas) => {
        const inListbox = canvas.getAttribute('role') === 'listbox';
        canvas.querySelectorAll('.blocklyHighlightedConnectionPath').forEach((p) => {
          const role = p.getAttribute('role');
          if (inListbox && role === 'figure') {
            p.setAttribute('role', 'option');
            if (!p.hasAttribute('aria-label')) {
              p.setAttribute('aria-label',
                Blockly.Msg.OPDAG_CONNECTION_LABEL || p.getAttribute('aria-roledescription') || 'statement position');
            }
          }
          if (!inListbox && role === 'option') p.setAttribute('role', 'figure');
        });
      });
      // Blockly points aria-owns of a value block at connection markers it never renders (axe:
      // aria-valid-attr-value, critical): keep only the ids that exist.
      this._host.querySelectorAll('[aria-owns]').forEach((el) => {
        const root = el.getRootNode();
        const owned = el.getAttribute('aria-owns').split(/\s+/).filter((id) => id && root.getElementById(id));
        if (owned.length === 0) {
          el.removeAttribute('aria-owns');
        } else if (owned.join(' ') !== el.getAttribute('aria-owns')) {
          el.setAttribute('aria-owns', owned.join(' '));
        }
      });
    };
    if (this._ariaObserver) this._ariaObserver.disconnect();
    let queued = false;
    this._ariaObserver = new MutationObserver(() => {
      if (!queued) {
        queued = true;
        requestAnimationFrame(() => { queued = false; apply(); });
      }
    });
    this._ariaObserver.observe(this._host,
      { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'aria-owns'] });
    apply();
  }

  /** Toolbox, language or mode changed: rebuild the workspace with the same blocks. */
  _reinject() {
    const state = this._ws ? Blockly.serialization.workspaces.save(this._ws) : null;
    if (this._ws) {
      this._ws.dispose();
      this._ws = null;
    }
    this._pending = state;
    this._inject();
  }

  // --- server API -------------------------------------------------------------------------------------------
  loadWorkspace(json) {
    if (!this._ws) {
      this._pending = parse(json, {});
      return;
    }
    this._load(parse(json, {}));
  }

  _load(state) {
    clearTimeout(this._timer);
    this._timer = null;
    this._loading = true;
    try {
      this._ws.clear();
      Blockly.serialization.workspaces.load(state || {}, this._ws);
      this._savedSeq = this._seq; // what was loaded is what the server has
      this._sentSeq = this._seq;
    } catch (e) {
      try { this._ws.clear(); } catch (ignored) { /* nothing to keep */ }
      this.dispatchEvent(new CustomEvent('opdag-workspace-load-failed', { detail: { message: String(e && e.message || e) } }));
    } finally {
      // What the server has; only changes after this are sent. Blockly fires the load's own events a moment
      // later, so listening starts after them.
      this._lastJson = this.workspaceJson();
      setTimeout(() => {
        this._loading = false;
        this._recover();
      }, 0);
    }
  }

  highlight(id) {
    if (!this._ws) return;
    if (id && this._ws.getBlockById(id)) {
      this._ws.highlightBlock(id);
      this._highlighted = id;
    } else {
      this._ws.highlightBlock(null);
      this._highlighted = null;
    }
  }

  markSaved(seq) {
    if (seq > this._savedSeq) this._savedSeq = seq;
  }

  workspaceJson() {
    return this._ws ? JSON.stringify(Blockly.serialization.workspaces.save(this._ws)) : '{}';
  }

  /** Sends a waiting change at once. */
  flush() {
    if (this._timer) {
      clearTimeout(this._timer);
      this._timer = null;
      this._send();
    }
  }

  // --- changes ----------------------------------------------------------------------------------------------
  _onChange(e) {
    if (this._loading || e.isUiEvent || this._props.readonly || e.type === Blockly.Events.FINISHED_LOADING) {
      return;
    }
    // Blockly itself nudges blocks apart and back into view after loads and drags; that alone is no change.
    if (e.type === Blockly.Events.BLOCK_MOVE && (e.reason || []).every(r => AUTOMATIC_MOVES.has(r))
        && (e.reason || []).length) {
      return;
    }
    this._seq++;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => { this._timer = null; this._send(); }, this._props.debounce);
  }

  _send() {
    if (!this._ws || this._sentSeq === this._seq) return;
    const json = this.workspaceJson();
    const seq = this._seq;
    this._sentSeq = seq;
    if (json === this._lastJson) {
      this._savedSeq = Math.max(this._savedSeq, seq); // e.g. a block dropped where it was: nothing to save
      return;
    }
    this._lastJson = json;
    if (json.length > this._props.maxChars) {
      this.dispatchEvent(new CustomEvent('opdag-workspace-too-large', { detail: { chars: json.length } }));
      return;
    }
    this.dispatchEvent(new CustomEvent('opdag-workspace-change', { detail: { json, seq } }));
  }

  /**
   * The page is going away with changes the server has not confirmed: post them, and keep a copy in this tab's
   * sessionStorage. A reload can overtake the post; the reloaded page then finds the copy (see _recover).
   */
  _beacon() {
    const url = this._props.unloadUrl;
    if (!url || !this._ws || this._props.readonly || this._savedSeq === this._seq) return;
    const json = this.workspaceJson();
    if (json.length > this._props.maxChars) return;
    const params = parse(this._props.unloadParams, {});
    if (this._props.recoveryKey) {
      try {
        sessionStorage.setItem(this._props.recoveryKey, JSON.stringify({ json, params }));
      } catch (e) { /* storage full or off: the post still goes */ }
    }
    if (navigator.sendBeacon) {
      const form = new URLSearchParams(params);
      form.set('workspace', json);
      navigator.sendBeacon(url, form);
    }
  }

  /** Once, after the first load: hands a copy left by the previous page (see _beacon) to the server. */
  _recover() {
    const key = this._props.recoveryKey;
    if (this._recovered || !key) return;
    this._recovered = true;
    let copy = null;
    try {
      copy = JSON.parse(sessionStorage.getItem(key) || 'null');
      sessionStorage.removeItem(key);
    } catch (e) { copy = null; }
    if (copy && typeof copy.json === 'string' && copy.json !== this._lastJson) {
      this.dispatchEvent(new CustomEvent('opdag-workspace-recovered',
        { detail: { json: copy.json, params: JSON.stringify(copy.params || {}) } }));
    }
  }
}

for (const name of OpdagBlockly._names) {
  if (name === 'readonly') continue;
  Object.defineProperty(OpdagBlockly.prototype, name, {
    get() { return this._props[name]; },
    set(v) { this._set(name, v); },
    configurable: true
  });
}

customElements.define('opdag-blockly', OpdagBlockly);
