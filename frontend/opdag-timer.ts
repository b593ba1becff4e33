/*
 * <opdag-timer>: a count-down for a staff meeting on a projector. The server sets `minutes` and the button and
 * announcement texts (i18n) as attributes; the element runs the clock in the browser, so a second's tick costs no
 * round trip. Native buttons (keyboard), the remaining time as role="timer", and a polite live region that says
 * once when the time is up.
 */
class OpdagTimer extends HTMLElement {
  static observedAttributes = ['minutes', 'label-start', 'label-pause', 'label-reset', 'label-done'];

  private readonly display: HTMLElement;
  private readonly startButton: HTMLButtonElement;
  private readonly resetButton: HTMLButtonElement;
  private readonly announce: HTMLElement;
  private remaining = 0;
  private handle?: number;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        :host { display: inline-flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
        .time { font-size: var(--opdag-timer-size, 3rem); font-variant-numeric: tabular-nums; font-weight: 700;
                min-width: 5ch; color: #1f2a2a; }
        .time.done { color: #8a1c1c; }
        button { font: inherit; font-size: 1.25rem; padding: 0.4rem 1rem; border-radius: 0.4rem; cursor: pointer;
                 border: 2px solid #0b6e69; background: #ffffff; color: #0a4440; min-height: 2.75rem; }
        button:focus-visible { outline: 3px solid #1f2a2a; outline-offset: 2px; }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      </style>
      <span class="time" role="timer" aria-live="off"></span>
      <button type="button" class="start"></button>
      <button type="button" class="reset"></button>
      <span class="sr" aria-live="polite"></span>`;
    this.display = root.querySelector('.time') as HTMLElement;
    this.startButton = root.querySelector('.start') as HTMLButtonElement;
    this.resetButton = root.querySelector('.reset') as HTMLButtonElement;
    this.announce = root.querySelector('.sr') as HTMLElement;
    this.startButton.addEventListener('click', () => (this.handle ? this.pause() : this.start()));
    this.resetButton.addEventListener('click', () => this.reset());
  }

  connectedCallback() {
    this.reset();
  }

  disconnectedCallback() {
    this.pause();
  }

  attributeChangedCallback(name: string) {
    if (name === 'minutes') {
      this.reset();
    } else {
      this.render();
    }
  }

  private get minutes(): number {
    const m = Number(this.getAttribute('minutes') ?? '5');
    return Number.isFinite(m) && m > 0 ? Math.min(m, 120) : 5;
  }

  private start() {
    if (this.remaining <= 0) {
      this.remaining = this.minutes * 60;
    }
    this.announce.textContent = '';
    this.handle = window.setInterval(() => this.tick(), 1000);
    this.render();
  }

  private pause() {
    if (this.handle) {
      window.clearInterval(this.handle);
      this.handle = undefined;
    }
    this.render();
  }

  private reset() {
    this.pause();
    this.remaining = this.minutes * 60;
    this.announce.textContent = '';
    this.render();
  }

  private tick() {
    this.remaining = Math.max(0, this.remaining - 1);
    if (this.remaining === 0) {
      this.pause();
      this.announce.textContent = this.getAttribute('label-done') ?? '';
      this.dispatchEvent(new CustomEvent('opdag-timer-done'));
    }
    this.render();
  }

  private render() {
    const m = Math.floor(this.remaining / 60);
    const s = this.remaining % 60;
    this.display.textContent = `${m}:${s.toString().padStart(2, '0')}`;
    this.display.classList.toggle('done', this.remaining === 0);
    this.startButton.textContent = (this.handle ? this.getAttribute('label-pause') : this.getAttribute('label-start'))
      ?? '';
    this.resetButton.textContent = this.getAttribute('label-reset') ?? '';
  }
}

customElements.define('opdag-timer', OpdagTimer);
