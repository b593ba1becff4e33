// Greenhouse over a scripted day: a small line chart per sensor and the actuators' states hour by hour.
import { svg } from './dom.js';

// Drawn at least at its own size (see svg.greenhouse in opdag-world.js), so a font size here is at least as many
// CSS pixels: 12 is the smallest text (issue 14).
const W = 420, CHART_H = 84, STRIP_H = 18, LEFT = 52, RIGHT = 8, FONT = 12;
const SENSORS = [
  { key: 'temperature', colour: '#c62828' },
  { key: 'light', colour: '#a86b00' },
  { key: 'moisture', colour: '#1565c0' }
];
const ACTUATORS = [
  { key: 'window', colour: '#00695c' },
  { key: 'lamp', colour: '#a86b00' },
  { key: 'pump', colour: '#1565c0' }
];

export class GreenhouseRenderer {
  constructor(root, start, ctx) {
    this.ctx = ctx;
    this.ticks = Math.max(1, start.ticks || 24);
    const known = (ctx.final && ctx.final.log) || [];
    this.ranges = {};
    for (const s of SENSORS) {
      const values = known.map(h => h[s.key]);
      for (const l of ctx.limits || []) if (l.sensor === s.key) values.push(l.limit);
      let min = values.length ? Math.min(...values) : 0, max = values.length ? Math.max(...values) : 100;
      if (max - min < 5) { max += 2.5; min -= 2.5; }
      const pad = (max - min) * 0.1;
      // Light and moisture cannot go below 0, so neither can their axes; temperature can.
      const floor = s.key === 'temperature' ? -Infinity : 0;
      this.ranges[s.key] = { min: Math.max(floor, min - pad), max: max + pad };
    }
    const height = SENSORS.length * (CHART_H + 16) + ACTUATORS.length * (STRIP_H + 4) + 26;
    this.svg = svg('svg', { viewBox: `0 0 ${W} ${height}`, class: 'greenhouse', role: 'img',
      'aria-label': ctx.msg('greenhouse'), preserveAspectRatio: 'xMidYMin meet' });
    this.lines = {};
    let y = 4;
    for (const s of SENSORS) {
      this.svg.appendChild(this._chart(s, y));
      y += CHART_H + 16;
    }
    this.cells = {};
    for (const a of ACTUATORS) {
      this.svg.appendChild(svg('text', { x: 0, y: y + STRIP_H - 4, 'font-size': FONT, fill: '#333', text: ctx.msg(a.key) }));
      const g = svg('g', {});
      this.cells[a.key] = { g, y, colour: a.colour };
      this.svg.appendChild(svg('rect', { x: LEFT + 36, y, width: W - LEFT - 36 - RIGHT, height: STRIP_H, fill: '#f1f1f1' }));
      this.svg.appendChild(g);
      y += STRIP_H + 4;
    }
    for (let h = 0; h < this.ticks; h += Math.max(1, Math.round(this.ticks / 8))) {
      this.svg.appendChild(svg('text', { x: this._x(h, LEFT + 36), y: y + 14, 'font-size': FONT, fill: '#333',
        'text-anchor': 'middle', text: String(h) }));
    }
    this.svg.appendChild(svg('text', { x: 0, y: y + 14, 'font-size': FONT, fill: '#333', text: ctx.msg('hour') }));
    this.now = svg('line', { y1: 0, y2: height - 20, stroke: '#555', 'stroke-dasharray': '3 3', visibility: 'hidden' });
    this.svg.appendChild(this.now);
    root.appendChild(this.svg);
    this.reset();
  }

  _x(hour, left = LEFT) {
    return left + (W - left - RIGHT) * (this.ticks === 1 ? 0.5 : hour / (this.ticks - 1));
  }

  _chart(s, top) {
    const g = svg('g', { class: 'chart' });
    const r = this.ranges[s.key];
    g.appendChild(svg('text', { x: 0, y: top + 11, 'font-size': FONT + 1, 'font-weight': 600, fill: '#222', text: this.ctx.msg(s.key) }));
    g.appendChild(svg('rect', { x: LEFT, y: top + 14, width: W - LEFT - RIGHT, height: CHART_H - 14, fill: '#fafafa', stroke: '#ddd' }));
    g.appendChild(svg('text', { x: LEFT - 4, y: top + 24, 'font-size': FONT, fill: '#444', 'text-anchor': 'end', text: this.ctx.num(r.max) }));
    g.appendChild(svg('text', { x: LEFT - 4, y: top + CHART_H, 'font-size': FONT, fill: '#444', 'text-anchor': 'end', text: this.ctx.num(r.min) }));
    for (const l of this.ctx.limits || []) {
      if (l.sensor !== s.key) continue;
      const ly = this._y(s.key, l.limit, top);
      g.appendChild(svg('line', { x1: LEFT, x2: W - RIGHT, y1: ly, y2: ly, stroke: '#6a1b9a', 'stroke-dasharray': '5 3' }));
      g.appendChild(svg('text', { x: W - RIGHT - 2, y: ly - 3, 'font-size': FONT, fill: '#6a1b9a', 'text-anchor': 'end',
        text: this.ctx.msg('limit', this.ctx.num(l.limit)) }));
    }
    const line = svg('polyline', { fill: 'none', stroke: s.colour, 'stroke-width': 2.5, 'stroke-linejoin': 'round' });
    g.appendChild(line);
    this.lines[s.key] = { line, top };
    return g;
  }

  _y(key, v, top) {
    const r = this.ranges[key];
    const inner = CHART_H - 16;
    return top + 15 + inner - inner * (v - r.min) / (r.max - r.min);
  }

  reset() {
    this.hours = [];
    this._draw();
  }

  _draw() {
    for (const s of SENSORS) {
      const { line, top } = this.lines[s.key];
      line.setAttribute('points', this.hours.map(h => `${this._x(h.tick)},${this._y(s.key, h[s.key], top)}`).join(' '));
    }
    const cellW = (W - LEFT - 36 - RIGHT) / this.ticks;
    for (const a of ACTUATORS) {
      const c = this.cells[a.key];
      c.g.replaceChildren(...this.hours.filter(h => h[a.key]).map(h =>
        svg('rect', { x: LEFT + 36 + h.tick * cellW, y: c.y, width: Math.max(1, cellW - 1), height: STRIP_H, fill: c.colour })));
    }
    const last = this.hours[this.hours.length - 1];
    if (last) {
      this.now.setAttribute('x1', this._x(last.tick));
      this.now.setAttribute('x2', this._x(last.tick));
      this.now.setAttribute('visibility', 'visible');
    } else {
      this.now.setAttribute('visibility', 'hidden');
    }
  }

  duration(e) {
    return e.kind === 'tick' ? 180 : 90;
  }

  apply(e) {
    if (e.kind === 'tick') {
      this.hours.push(e.data);
      this._draw();
    }
  }

  describe(e) {
    const d = e.data || {};
    const onOff = v => this.ctx.msg(v ? 'on' : 'off');
    switch (e.kind) {
      case 'tick': return this.ctx.msg('ev.greenhouse.tick', d.tick, this.ctx.num(d.temperature), this.ctx.num(d.light), this.ctx.num(d.moisture));
      case 'window': return this.ctx.msg('ev.greenhouse.window', this.ctx.msg(d.open ? 'open' : 'closed'));
      case 'lamp': return this.ctx.msg('ev.greenhouse.lamp', onOff(d.on));
      case 'pump': return this.ctx.msg('ev.greenhouse.pump', onOff(d.on));
      default: return null;
    }
  }

  finish(final) {
    if (final && final.log) {
      this.hours = final.log.slice();
      this._draw();
    }
  }
}

