// Text and codes: the start text, and the chatbot's conversation as speech bubbles.
import { el } from './dom.js';

export class TextRenderer {
  constructor(root, start, ctx) {
    this.ctx = ctx;
    this.start = start;
    this.list = el('ol', { class: 'chat', 'aria-label': ctx.msg('text') });
    root.appendChild(el('section', { class: 'text-world' },
      start.text ? el('p', { class: 'start-text', text: ctx.msg('start-text', start.text) }) : null,
      this.list));
    this.reset();
  }

  reset() {
    this.list.replaceChildren();
  }

  _bubble(from, text) {
    return el('li', { class: `bubble ${from}` },
      el('span', { class: 'who', text: this.ctx.msg(from === 'bot' ? 'bot' : 'user') + ': ' }),
      el('span', { class: 'said', text }));
  }

  duration(e) {
    return e.kind === 'message' || e.kind === 'reply' ? 450 : 120;
  }

  apply(e) {
    if (e.kind === 'message') this.list.appendChild(this._bubble('user', e.data.text));
    if (e.kind === 'reply') this.list.appendChild(this._bubble('bot', e.data.text));
  }

  describe(e) {
    if (e.kind === 'message') return this.ctx.msg('ev.text.message', e.data.text);
    if (e.kind === 'reply') return this.ctx.msg('ev.text.reply', e.data.text);
    return null;
  }

  finish(final) {
    if (final && final.conversation) {
      this.list.replaceChildren(...final.conversation.map(m => this._bubble(m.from, m.text)));
    }
  }

  /** Replies are printed too; the conversation already shows them. */
  get showsPrints() {
    return false;
  }
}
