// Data: the main table, what the program did with it (filters, sorts, recommendations) and the answer.
import { el } from './dom.js';

const ROWS_SHOWN = 40;

export class DataRenderer {
  constructor(root, start, ctx) {
    this.ctx = ctx;
    this.start = start;
    const main = (start.tables || []).find(t => t.name === start.main) || (start.tables || [])[0];
    this.answer = el('p', { class: 'answer', 'aria-live': 'polite' });
    this.ops = el('ol', { class: 'ops' });
    root.appendChild(el('section', { class: 'data' },
      this.answer,
      this.ops,
      main ? this._table(main) : null));
    this.reset();
  }

  _table(t) {
    const shown = t.rows.slice(0, ROWS_SHOWN);
    const table = el('table', { class: 'table' },
      el('caption', { text: `${this.ctx.msg('data')} · ${this.ctx.msg('rows', t.rowCount)}` }),
      el('thead', {}, el('tr', {}, t.columns.map(c => el('th', { scope: 'col', text: c })))),
      el('tbody', {}, shown.map(r => el('tr', {}, r.map(c => el('td', { text: c === null ? '' : String(c) }))))));
    const wrap = el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': this.ctx.msg('data') }, table);
    if (t.rowCount > shown.length) {
      wrap.appendChild(el('p', { class: 'note', text: this.ctx.msg('rows-shown', shown.length, t.rowCount) }));
    }
    return wrap;
  }

  reset() {
    this.ops.replaceChildren();
    this.answer.textContent = this.ctx.msg('no-answer');
  }

  duration() {
    return 420;
  }

  apply(e) {
    const text = this.describe(e);
    if (e.kind === 'answer') {
      this.answer.textContent = this.ctx.msg('answer', e.data.value);
    }
    if (text && e.kind !== 'answer') {
      this.ops.appendChild(el('li', { text }));
    }
  }

  describe(e) {
    const d = e.data || {};
    switch (e.kind) {
      case 'filter': return this.ctx.msg('ev.data.filter', d.column, d.after, d.before);
      case 'sort': return this.ctx.msg('ev.data.sort', d.column);
      case 'recommend': return this.ctx.msg('ev.data.recommend', d.column, d.favourite,
        (d.suggestions && d.suggestions.length ? d.suggestions.join(', ') : '–'));
      case 'answer': return this.ctx.msg('ev.data.answer', d.value);
      default: return null;
    }
  }

  finish(final) {
    if (final && final.answer !== undefined) {
      const a = Array.isArray(final.answer) ? final.answer.join(',') : String(final.answer);
      this.answer.textContent = this.ctx.msg('answer', a);
    }
  }
}
