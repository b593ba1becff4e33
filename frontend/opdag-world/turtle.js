// Turtle drawing: y points up, heading 0 points up, turning right increases the heading.
import { svg } from './dom.js';

export class TurtleRenderer {
  constructor(root, start, ctx) {
    this.ctx = ctx;
    this.start = start;
    const bounds = this._bounds(start, ctx.trace, ctx.final);
    const pad = Math.max(12, Math.max(bounds.w, bounds.h) * 0.08);
    this.svg = svg('svg', {
      viewBox: `${bounds.x - pad} ${-(bounds.y + bounds.h) - pad} ${bounds.w + 2 * pad} ${bounds.h + 2 * pad}`,
      class: 'turtle', role: 'img', 'aria-label': ctx.msg('turtle'), preserveAspectRatio: 'xMidYMid meet'
    });
    this.unit = Math.max(bounds.w, bounds.h) / 100; // turtle size and line width follow the drawing's size
    this.svg.appendChild(this._axes(bounds, pad));
    this.lines = svg('g', { class: 'lines' });
    this.svg.appendChild(this.lines);
    this.turtle = svg('g', { class: 'turtle-shape' },
      svg('path', { d: this._shape(), fill: '#2e7d32', stroke: '#0b3d0e', 'stroke-width': this.unit * 0.5 }));
    this.svg.appendChild(this.turtle);
    root.appendChild(this.svg);
    this.reset();
  }

  reset() {
    this.lines.replaceChildren();
    const t = this.start.turtle || { x: 0, y: 0, heading: 0, colour: '#000000' };
    this.state = { x: t.x, y: t.y, heading: t.heading, colour: t.colour || '#000000' };
    this.growing = null;
    this._place();
  }

  _bounds(start, trace, final) {
    const t = start.turtle || { x: 0, y: 0 };
    let minX = t.x, maxX = t.x, minY = t.y, maxY = t.y;
    const see = (x, y) => { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); };
    for (const e of trace) {
      if (e.kind === 'move') { see(e.data.x1, e.data.y1); see(e.data.x2, e.data.y2); }
    }
    for (const s of (final && final.segments) || []) { see(s.x1, s.y1); see(s.x2, s.y2); }
    let w = maxX - minX, h = maxY - minY;
    const size = Math.max(w, h, 100);
    // Keep the drawing square-ish and centred so small drawings do not fill the panel edge to edge.
    minX -= (size - w) / 2; minY -= (size - h) / 2;
    return { x: minX, y: minY, w: size, h: size };
  }

  _axes(b, pad) {
    const g = svg('g', { class: 'axes', stroke: '#e0e0e0', 'stroke-width': this.unit * 0.3 });
    const step = Math.pow(10, Math.floor(Math.log10(Math.max(b.w, 10)))) / 2;
    for (let x = Math.ceil((b.x - pad) / step) * step; x <= b.x + b.w + pad; x += step) {
      g.appendChild(svg('line', { x1: x, y1: -(b.y + b.h + pad), x2: x, y2: -(b.y - pad) }));
    }
    for (let y = Math.ceil((b.y - pad) / step) * step; y <= b.y + b.h + pad; y += step) {
      g.appendChild(svg('line', { x1: b.x - pad, y1: -y, x2: b.x + b.w + pad, y2: -y }));
    }
    return g;
  }

  _shape() {
    const u = this.unit * 3;
    return `M 0 ${-1.6 * u} L ${u} ${u} L 0 ${0.5 * u} L ${-u} ${u} Z`;
  }

  _place() {
    this.turtle.setAttribute('transform', `translate(${this.state.x} ${-this.state.y}) rotate(${this.state.heading})`);
  }

  _line(x1, y1, x2, y2, colour) {
    return svg('line', {
      x1, y1: -y1, x2, y2: -y2, stroke: colour, 'stroke-width': this.unit * 0.8, 'stroke-linecap': 'round'
    });
  }

  duration(e) {
    return e.kind === 'move' ? 320 : e.kind === 'turn' ? 200 : 120;
  }

  animate(e, p) {
    if (e.kind === 'move') {
      const d = e.data;
      const x = d.x1 + (d.x2 - d.x1) * p, y = d.y1 + (d.y2 - d.y1) * p;
      if (d.drawn) {
        if (!this.growing) {
          this.growing = this._line(d.x1, d.y1, d.x1, d.y1, d.colour || this.state.colour);
          this.lines.appendChild(this.growing);
        }
        this.growing.setAttribute('x2', x);
        this.growing.setAttribute('y2', -y);
      }
      this.state.x = x; this.state.y = y;
      this._place();
    } else if (e.kind === 'turn') {
      let from = this.state.from ?? this.state.heading;
      this.state.from = from;
      let to = e.data.heading;
      let delta = ((to - from + 540) % 360) - 180;
      this.state.heading = from + delta * p;
      this._place();
    }
  }

  apply(e) {
    const d = e.data || {};
    if (e.kind === 'move') {
      if (this.growing) {
        this.growing.setAttribute('x2', d.x2);
        this.growing.setAttribute('y2', -d.y2);
      } else if (d.drawn) {
        this.lines.appendChild(this._line(d.x1, d.y1, d.x2, d.y2, d.colour || this.state.colour));
      }
      this.growing = null;
      this.state.x = d.x2; this.state.y = d.y2;
    } else if (e.kind === 'turn') {
      this.state.heading = d.heading;
      delete this.state.from;
    } else if (e.kind === 'colour') {
      this.state.colour = d.colour;
    }
    this._place();
  }

  describe(e) {
    const d = e.data || {};
    switch (e.kind) {
      case 'move': return this.ctx.msg('ev.turtle.move', this.ctx.num(d.x2), this.ctx.num(d.y2));
      case 'turn': return this.ctx.msg('ev.turtle.turn', this.ctx.num(d.heading));
      case 'pen': return this.ctx.msg(d.down ? 'ev.turtle.pen-down' : 'ev.turtle.pen-up');
      case 'colour': return this.ctx.msg('ev.turtle.colour');
      default: return null;
    }
  }

  finish(final) {
    if (!final || !final.segments) return;
    this.lines.replaceChildren(...final.segments.map(s => this._line(s.x1, s.y1, s.x2, s.y2, s.colour)));
    const t = final.turtle;
    if (t) {
      this.state = { x: t.x, y: t.y, heading: t.heading, colour: t.colour };
      this._place();
    }
  }
}
