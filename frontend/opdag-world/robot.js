// Grid robot: walls, the flag, items to pick up and the robot's trail.
import { el, svg } from './dom.js';

const CELL = 40;
const ANGLE = { north: 0, east: 90, south: 180, west: 270 };

export class RobotRenderer {
  constructor(root, start, ctx) {
    this.ctx = ctx;
    this.start = start;
    const w = start.width, h = start.height;
    this.svg = svg('svg', {
      viewBox: `0 0 ${w * CELL} ${h * CELL}`, class: 'robot', role: 'img', 'aria-label': ctx.msg('robot'),
      preserveAspectRatio: 'xMidYMid meet'
    });
    this.svg.appendChild(svg('rect', { x: 0, y: 0, width: w * CELL, height: h * CELL, fill: '#f5f1e6' }));
    const grid = svg('g', { stroke: '#d9d2bf', 'stroke-width': 1 });
    for (let x = 0; x <= w; x++) grid.appendChild(svg('line', { x1: x * CELL, y1: 0, x2: x * CELL, y2: h * CELL }));
    for (let y = 0; y <= h; y++) grid.appendChild(svg('line', { x1: 0, y1: y * CELL, x2: w * CELL, y2: y * CELL }));
    this.svg.appendChild(grid);
    const walls = svg('g', { fill: '#4a4a4a' });
    for (const [x, y] of start.walls) {
      walls.appendChild(svg('rect', { x: x * CELL, y: y * CELL, width: CELL, height: CELL, rx: 3 }));
    }
    this.svg.appendChild(walls);
    if (start.flag) {
      const [fx, fy] = start.flag;
      this.svg.appendChild(svg('g', { transform: `translate(${fx * CELL} ${fy * CELL})`, class: 'flag' },
        svg('line', { x1: 12, y1: 6, x2: 12, y2: 34, stroke: '#3b2a1a', 'stroke-width': 3 }),
        svg('path', { d: 'M 13 6 L 32 12 L 13 19 Z', fill: '#c62828' })));
    }
    this.trail = svg('polyline', { fill: 'none', stroke: '#1565c0', 'stroke-opacity': 0.35, 'stroke-width': 6,
      'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
    this.svg.appendChild(this.trail);
    this.itemLayer = svg('g', { class: 'items' });
    this.svg.appendChild(this.itemLayer);
    this.robot = svg('g', { class: 'robot-shape' },
      svg('circle', { cx: 0, cy: 0, r: 14, fill: '#1565c0', stroke: '#0a3570', 'stroke-width': 2 }),
      svg('path', { d: 'M 0 -12 L 7 0 L -7 0 Z', fill: '#ffffff' }));
    this.svg.appendChild(this.robot);
    root.appendChild(this.svg);
    this.stats = el('p', { class: 'stats' });
    root.appendChild(this.stats);
    this.reset();
  }

  reset() {
    const r = this.start.robot;
    this.state = { x: r.x, y: r.y, angle: ANGLE[r.direction] ?? 90, collected: 0 };
    this.items = new Map(this.start.items.map(([x, y]) => [`${x},${y}`, this._item(x, y)]));
    this.itemLayer.replaceChildren(...this.items.values());
    this.path = [[r.x, r.y]];
    this._draw();
  }

  _item(x, y) {
    return svg('path', {
      d: `M ${x * CELL + 20} ${y * CELL + 8} l 4 8 l 9 1 l -7 6 l 2 9 l -8 -5 l -8 5 l 2 -9 l -7 -6 l 9 -1 Z`,
      fill: '#f9a825', stroke: '#8d5d00', 'stroke-width': 1.5
    });
  }

  _draw(px = this.state.x, py = this.state.y, angle = this.state.angle, shake = 0) {
    this.robot.setAttribute('transform',
      `translate(${px * CELL + CELL / 2 + shake} ${py * CELL + CELL / 2}) rotate(${angle})`);
    this.trail.setAttribute('points', this.path.map(([x, y]) => `${x * CELL + CELL / 2},${y * CELL + CELL / 2}`).join(' '));
    this.stats.textContent = this.ctx.msg('items', this.state.collected);
  }

  duration(e) {
    return { move: 300, turn: 220, bump: 360, pickup: 260, pickup_nothing: 200 }[e.kind] || 100;
  }

  animate(e, p) {
    const d = e.data || {};
    if (e.kind === 'move') {
      const x = this.state.x + (d.x - this.state.x) * p, y = this.state.y + (d.y - this.state.y) * p;
      this._draw(x, y);
    } else if (e.kind === 'turn') {
      const to = ANGLE[d.direction] ?? this.state.angle;
      const delta = ((to - this.state.angle + 540) % 360) - 180;
      this._draw(this.state.x, this.state.y, this.state.angle + delta * p);
    } else if (e.kind === 'bump') {
      this._draw(this.state.x, this.state.y, this.state.angle, Math.sin(p * Math.PI * 4) * 5);
    }
  }

  apply(e) {
    const d = e.data || {};
    if (e.kind === 'move') {
      this.state.x = d.x; this.state.y = d.y;
      this.path.push([d.x, d.y]);
    } else if (e.kind === 'turn') {
      this.state.angle = ANGLE[d.direction] ?? this.state.angle;
    } else if (e.kind === 'pickup') {
      const item = this.items.get(`${d.x},${d.y}`);
      if (item) { item.remove(); this.items.delete(`${d.x},${d.y}`); }
      this.state.collected++;
    }
    this._draw();
  }

  describe(e) {
    const d = e.data || {};
    switch (e.kind) {
      case 'move': return this.ctx.msg('ev.robot.move', d.x, d.y);
      case 'turn': return this.ctx.msg('ev.robot.turn', this.ctx.msg(d.direction));
      case 'bump': return this.ctx.msg('ev.robot.bump');
      case 'pickup': return this.ctx.msg('ev.robot.pickup');
      case 'pickup_nothing': return this.ctx.msg('ev.robot.pickup-nothing');
      default: return null;
    }
  }

  finish(final) {
    if (!final || !final.robot) return;
    this.state = { x: final.robot.x, y: final.robot.y, angle: ANGLE[final.robot.direction] ?? 90,
      collected: final.collected || 0 };
    this.items = new Map(final.items.map(([x, y]) => [`${x},${y}`, this._item(x, y)]));
    this.itemLayer.replaceChildren(...this.items.values());
    this.path = final.path.slice();
    this._draw();
  }
}
