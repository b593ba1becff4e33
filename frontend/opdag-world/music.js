// Music: a piano roll of notes and rests, optionally played with WebAudio.
import { el, svg } from './dom.js';

const BEAT = 34, ROW = 9, TOP = 6, LEFT = 34;
const NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];

let audio = null;

export class MusicRenderer {
  constructor(root, start, ctx) {
    this.ctx = ctx;
    this.tempo = start.tempo || 120;
    const notes = ctx.trace.filter(e => e.kind === 'note').map(e => e.data)
      .concat(((ctx.final && ctx.final.events) || []).filter(e => e.kind === 'note'));
    const midis = notes.map(n => n.midi);
    this.low = Math.min(60, ...midis) - 1;
    this.high = Math.max(72, ...midis) + 1;
    const total = Math.max(8, (ctx.final && ctx.final.totalBeats) || 0);
    const width = LEFT + total * BEAT + 10;
    const height = TOP + (this.high - this.low + 1) * ROW + 18;
    this.svg = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'music', role: 'img',
      'aria-label': ctx.msg('music'), preserveAspectRatio: 'xMinYMid meet' });
    for (let m = this.low; m <= this.high; m++) {
      const y = this._y(m);
      const black = NAMES[m % 12].includes('#');
      this.svg.appendChild(svg('rect', { x: LEFT, y, width: width - LEFT, height: ROW, fill: black ? '#eeeeee' : '#fafafa' }));
      if (m % 12 === 0) {
        this.svg.appendChild(svg('text', { x: 2, y: y + ROW - 1, 'font-size': 9, fill: '#333', text: `C${Math.floor(m / 12) - 1}` }));
      }
    }
    for (let b = 0; b <= total; b++) {
      this.svg.appendChild(svg('line', { x1: LEFT + b * BEAT, x2: LEFT + b * BEAT, y1: TOP, y2: height - 18,
        stroke: b % 4 === 0 ? '#bbb' : '#e3e3e3' }));
    }
    this.layer = svg('g', {});
    this.svg.appendChild(this.layer);
    this.summary = el('p', { class: 'stats' });
    root.appendChild(el('div', { class: 'music-wrap', tabindex: 0, role: 'region', 'aria-label': ctx.msg('music') }, this.svg));
    root.appendChild(this.summary);
    this.reset();
  }

  _y(midi) {
    return TOP + (this.high - midi) * ROW;
  }

  reset() {
    this.layer.replaceChildren();
    this.count = 0;
    this.beats = 0;
    this._summary();
  }

  _summary() {
    this.summary.textContent = this.ctx.msg('notes', this.count, this.ctx.num(this.beats));
  }

  _note(n) {
    return svg('g', {},
      svg('rect', { x: LEFT + n.startBeat * BEAT + 1, y: this._y(n.midi), width: Math.max(3, n.beats * BEAT - 2), height: ROW,
        rx: 2, fill: '#b23c17' }),
      svg('text', { x: LEFT + n.startBeat * BEAT + 3, y: this._y(n.midi) - 1, 'font-size': 8, fill: '#222', text: n.note }));
  }

  duration(e) {
    if ((e.kind === 'note' || e.kind === 'rest') && this.ctx.sound()) {
      return e.data.beats * 60000 / (e.data.tempo || this.tempo);
    }
    return e.kind === 'note' || e.kind === 'rest' ? 260 : 80;
  }

  /** Called when an event starts, so the sound begins with the animation. */
  begin(e) {
    if (e.kind !== 'note' || !this.ctx.sound()) return;
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      const seconds = e.data.beats * 60 / (e.data.tempo || this.tempo);
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = 'triangle';
      osc.frequency.value = e.data.frequency || 440 * Math.pow(2, (e.data.midi - 69) / 12);
      const t = audio.currentTime;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.25, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + Math.max(0.05, seconds * 0.95));
      osc.connect(gain).connect(audio.destination);
      osc.start(t);
      osc.stop(t + seconds);
    } catch (ignored) {
      // No sound on this device; the piano roll still shows the tune.
    }
  }

  apply(e) {
    if (e.kind === 'note') {
      this.layer.appendChild(this._note(e.data));
      this.count++;
    }
    if (e.kind === 'note' || e.kind === 'rest') {
      this.beats = e.data.startBeat + e.data.beats;
    }
    this._summary();
  }

  describe(e) {
    const d = e.data || {};
    if (e.kind === 'note') return this.ctx.msg('ev.music.note', d.note, this.ctx.num(d.beats));
    if (e.kind === 'rest') return this.ctx.msg('ev.music.rest', this.ctx.num(d.beats));
    if (e.kind === 'tempo') return this.ctx.msg('ev.music.tempo', this.ctx.num(d.bpm));
    return null;
  }

  finish(final) {
    if (!final || !final.events) return;
    const notes = final.events.filter(n => n.kind === 'note');
    this.layer.replaceChildren(...notes.map(n => this._note(n)));
    this.count = notes.length;
    this.beats = final.totalBeats || 0;
    this._summary();
  }
}
