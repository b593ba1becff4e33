/**
 * <opdag-world>: draws an experiment world and replays a run's trace, in step with block highlighting in an
 * <opdag-blockly> editor. The server owns every decision; this only draws what the engine reported: the start
 * state, the trace events (each tagged with its block id) and the final world.
 *
 * Server API (dk.opdag.lab.ui.WorldView): properties messages (JSON), speed (1..5), sound; methods
 * showStart(json), play(json), startSteps(json), step(), reset(); editor (the editor element to highlight in).
 * Events: opdag-replay-done {steps}, opdag-step {index, total}.
 *
 * Measuring: a click on an element with [data-opdag-run] sets the performance mark 'opdag-run-pressed'; the
 * first animation frame of the replay that follows sets 'opdag-animation-start' and the measure
 * 'opdag-run-to-animation' between the two.
 */
import { el, fmt } from './dom.js';
import { TurtleRenderer } from './turtle.js';
import { RobotRenderer } from './robot.js';
import { GreenhouseRenderer } from './greenhouse.js';
import { DataRenderer } from './data.js';
import { TextRenderer } from './text.js';
import { MusicRenderer } from './music.js';

const RENDERERS = {
  turtle: TurtleRenderer, robot: RobotRenderer, greenhouse: GreenhouseRenderer, data: DataRenderer,
  text: TextRenderer, music: MusicRenderer
};
const SPEED = [2.4, 1.6, 1, 0.55, 0.25];   // duration factor for speed 1 (slow) .. 5 (fast)
const MAX_REPLAY_MS = 20000;                // long traces are compressed to about this
const QUIET = new Set(['print', 'warning', 'error', 'trace_cut', 'output_cut']);

document.addEventListener('click', (e) => {
  const path = e.composedPath ? e.composedPath() : [];
  if (path.some(n => n && n.hasAttribute && n.hasAttribute('data-opdag-run'))) {
    performance.clearMarks('opdag-run-pressed');
    performance.mark('opdag-run-pressed');
  }
}, true);

const STYLE = `
:host { display: block; position: relative; min-height: 18rem; height: clamp(22rem, 62vh, 46rem);
  border: 1px solid #8a8a8a; border-radius: 8px; background: #fff; color: #1d1d1d; overflow: hidden;
  font-family: inherit; font-size: 0.95rem; }
.frame { display: flex; flex-direction: column; height: 100%; }
.stage { flex: 1 1 auto; min-height: 0; overflow: auto; padding: 0.5rem; display: flex; flex-direction: column; }
.stage > svg { flex: 1 1 auto; width: 100%; min-height: 10rem; }
.status { margin: 0; padding: 0.4rem 0.6rem; border-top: 1px solid #ddd; background: #f6f6f6; min-height: 1.4em; }
.output { margin: 0; padding: 0.3rem 0.6rem; max-height: 7.5rem; overflow: auto; border-top: 1px solid #ddd;
  font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem; white-space: pre-wrap; background: #fbfbfb; }
.output:empty { display: none; }
.stage:focus-visible, .output:focus-visible { outline: 3px solid #0b6e69; outline-offset: -3px; }
.output .line-warning { color: #8a4b00; }
.output .line-error { color: #a4161a; font-weight: 600; }
.console .output { max-height: none; flex: 1 1 auto; border-top: none; }
.stats { margin: 0.3rem 0 0; }
.table-wrap { overflow: auto; max-height: 60%; border: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem; }
th, td { border: 1px solid #ddd; padding: 0.2rem 0.4rem; text-align: left; }
th { background: #efefef; position: sticky; top: 0; }
.answer { font-weight: 600; font-size: 1.05rem; margin: 0.2rem 0 0.4rem; }
.ops { margin: 0 0 0.5rem; padding-left: 1.3rem; }
.note { margin: 0.3rem; font-size: 0.85rem; }
.start-text { background: #fff8e1; border: 1px solid #e0c97a; border-radius: 6px; padding: 0.4rem 0.6rem; }
.chat { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.35rem; }
.bubble { max-width: 80%; padding: 0.35rem 0.6rem; border-radius: 12px; }
.bubble.user { align-self: flex-start; background: #e3f2fd; }
.bubble.bot { align-self: flex-end; background: #e8f5e9; }
.who { font-weight: 600; }
.music-wrap { overflow-x: auto; }
.music-wrap svg { height: 14rem; min-width: 100%; }
/* Never drawn smaller than its own size: its 12-unit text stays at least 12 px; the stage scrolls instead. */
.stage > svg.greenhouse { flex: none; width: 100%; min-width: 420px; height: auto; max-height: none; }
`;

class OpdagWorld extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    // Both may scroll, so both take keyboard focus (WCAG 2.1.1) and say what they are.
    this._stage = el('div', { class: 'stage', tabindex: 0, role: 'region', 'aria-label': 'world' });
    this._output = el('pre', { class: 'output', tabindex: 0, role: 'region', 'aria-label': 'output' });
    this._status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this._frame = el('div', { class: 'frame' }, this._stage, this._output, this._status);
    this.shadowRoot.append(style, this._frame);
    this._messages = {};
    this._speed = 3;
    this._sound = false;
    this._run = null;       // {payload, renderer, index, mode}
    this._compress = 1;
    this._raf = null;
    this.editor = null;
  }

  set messages(json) {
    try { this._messages = typeof json === 'string' ? JSON.parse(json) : (json || {}); } catch (e) { this._messages = {}; }
    this._output.setAttribute('aria-label', this._msg('output'));
    this._stage.setAttribute('aria-label', this._msg('label'));
  }

  set speed(v) { this._speed = Math.min(5, Math.max(1, Number(v) || 3)); }
  get speed() { return this._speed; }
  set sound(v) { this._sound = !!v; }
  get sound() { return this._sound; }

  _msg(key, ...args) {
    const pattern = this._messages[key] ?? key;
    return pattern.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
  }

  // --- server API -------------------------------------------------------------------------------------------
  /** Shows the world before any run. */
  showStart(json) {
    this._stop();
    const payload = this._parse(json);
    this._build(payload);
    this._say(this._msg('ready'));
  }

  /** Replays a run as an animation, then shows the final world. */
  play(json) {
    this._stop();
    const payload = this._parse(json);
    this._build(payload);
    this._bringIntoView();
    this._run.mode = 'play';
    const events = payload.trace;
    const total = events.reduce((sum, e) => sum + this._rawDuration(e), 0);
    this._compress = total > MAX_REPLAY_MS ? MAX_REPLAY_MS / total : 1;
    let current = -1, eventStart = 0, first = true;
    const frame = (now) => {
      if (first) {
        first = false;
        this._markAnimationStart();
        eventStart = now;
        current = this._begin(0);
      }
      // Apply every event whose time has passed (several per frame for fast, long traces).
      while (current < events.length) {
        const e = events[current];
        const duration = this._duration(e);
        const p = duration <= 0 ? 1 : (now - eventStart) / duration;
        if (p < 1) {
          if (this._run.renderer && this._run.renderer.animate) this._run.renderer.animate(e, p);
          break;
        }
        this._apply(e);
        eventStart += duration;
        current = this._begin(current + 1);
      }
      if (current >= events.length) {
        this._finish();
        return;
      }
      this._raf = requestAnimationFrame(frame);
    };
    this._raf = requestAnimationFrame(frame);
  }

  /** Prepares a step-by-step replay: the start state, then one event per step(). */
  startSteps(json) {
    this._stop();
    const payload = this._parse(json);
    this._build(payload);
    this._run.mode = 'step';
    this._run.index = 0;
    this._say(payload.trace.length ? this._msg('step.start') : this._msg('nothing'));
    this._dispatch('opdag-step', { index: 0, total: payload.trace.length });
    if (!payload.trace.length) this._finish();
  }

  /** The next event of a step-by-step replay. */
  step() {
    const run = this._run;
    if (!run || run.mode !== 'step' || run.done) return;
    const events = run.payload.trace;
    const e = events[run.index];
    this._highlight(e.blockId);
    if (run.renderer && run.renderer.begin) run.renderer.begin(e);
    this._apply(e);
    run.index++;
    const text = this._describe(e);
    this._say(`${this._msg('step', run.index, events.length)}: ${text}`);
    this._dispatch('opdag-step', { index: run.index, total: events.length });
    if (run.index >= events.length) this._finish(true);
  }

  /** Back to the start state; the editor's highlight goes away. */
  reset() {
    this._stop();
    if (this._run) {
      this._build(this._run.payload);
    }
    this._highlight(null);
    this._say(this._msg('ready'));
  }

  // --- replay -----------------------------------------------------------------------------------------------
  _parse(json) {
    const p = typeof json === 'string' ? JSON.parse(json) : json;
    p.trace = p.trace || [];
    return p;
  }

  _build(payload) {
    this._stage.replaceChildren();
    this._output.replaceChildren();
    const Renderer = RENDERERS[payload.world];
    const ctx = {
      msg: (k, ...a) => this._msg(k, ...a), num: (n) => fmt(n, this._messages.decimal !== '.'),
      trace: payload.trace, final: payload.final, limits: payload.limits || [], sound: () => this._sound
    };
    let renderer = null;
    this._frame.classList.toggle('console', !Renderer);
    if (Renderer && payload.start) {
      try {
        renderer = new Renderer(this._stage, payload.start, ctx);
      } catch (e) {
        console.error('opdag-world: cannot draw', e);
      }
    }
    this._run = { payload, renderer, index: 0, mode: 'still', done: false };
  }

  _rawDuration(e) {
    if (QUIET.has(e.kind)) return e.kind === 'print' ? 120 : 200;
    const r = this._run && this._run.renderer;
    return r ? r.duration(e) : 100;
  }

  _duration(e) {
    const music = this._run.payload.world === 'music' && this._sound;
    return this._rawDuration(e) * (music ? 1 : SPEED[this._speed - 1]) * this._compress;
  }

  /** Starts event i (highlight, sound) and returns i. */
  _begin(i) {
    const events = this._run.payload.trace;
    if (i < events.length) {
      const e = events[i];
      this._highlight(e.blockId);
      if (this._run.renderer && this._run.renderer.begin) this._run.renderer.begin(e);
    }
    return i;
  }

  _apply(e) {
    if (e.kind === 'print') {
      if (!this._run.renderer || this._run.renderer.showsPrints !== false) this._line(e.data.text, 'line');
    } else if (e.kind === 'warning' || e.kind === 'trace_cut' || e.kind === 'output_cut') {
      this._line(e.data.message, 'line-warning');
    } else if (e.kind === 'error') {
      this._line(e.data.message, 'line-error');
    } else if (this._run.renderer) {
      this._run.renderer.apply(e);
    }
  }

  _describe(e) {
    const d = e.data || {};
    if (e.kind === 'print') return this._msg('ev.print', d.text);
    if (d.message && QUIET.has(e.kind)) return d.message;
    const r = this._run.renderer;
    return (r && r.describe(e)) || this._msg('ev.other', e.kind);
  }

  _line(text, cls) {
    this._output.appendChild(el('div', { class: cls, text }));
    this._output.scrollTop = this._output.scrollHeight;
  }

  _finish(stepped = false) {
    const run = this._run;
    run.done = true;
    this._raf = null;
    if (run.renderer && run.payload.final) run.renderer.finish(run.payload.final);
    if (!stepped && !run.payload.trace.length) {
      this._say(this._msg('nothing'));
    } else if (!stepped) {
      this._say(this._msg('done'));
    }
    this._highlight(null);
    this._dispatch('opdag-replay-done', { steps: run.payload.trace.length });
  }

  _stop() {
    if (this._raf) cancelAnimationFrame(this._raf);
    this._raf = null;
  }

  /** On a narrow screen the world sits below the editor; the pupil should see the replay start. */
  _bringIntoView() {
    const r = this.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) {
      this.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }

  _highlight(id) {
    if (this.editor && this.editor.highlight) this.editor.highlight(id || null);
  }

  _say(text) {
    this._status.textContent = text;
  }

  _dispatch(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  _markAnimationStart() {
    performance.clearMarks('opdag-animation-start');
    performance.mark('opdag-animation-start');
    if (performance.getEntriesByName('opdag-run-pressed', 'mark').length) {
      performance.measure('opdag-run-to-animation', 'opdag-run-pressed', 'opdag-animation-start');
      performance.clearMarks('opdag-run-pressed');
    }
  }
}

customElements.define('opdag-world', OpdagWorld);
