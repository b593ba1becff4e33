/*
 * <opdag-chart>: a bar or line chart drawn with Chart.js from a JSON description that the server sets as the
 * `config` property. The canvas is hidden from assistive technology; the Java side gives the element a role="img"
 * with a sentence, and a table with the same numbers next to it (dk.opdag.shell.chart.AccessibleChart).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement,
  PointElement, Tooltip);

interface Series {
  label: string;
  values: number[];
  color: string;
  dashed: boolean;
}

interface Spec {
  type: 'bar' | 'line';
  labels: string[];
  series: Series[];
  valueLabel: string;
  stacked: boolean;
  horizontal: boolean;
}

class OpdagChart extends HTMLElement {
  private chart?: Chart;
  private readonly canvas: HTMLCanvasElement;
  private spec?: Spec;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        :host { display: block; position: relative; width: 100%; height: var(--opdag-chart-height, 18rem); }
        canvas { width: 100%; height: 100%; }
      </style><canvas aria-hidden="true"></canvas>`;
    this.canvas = root.querySelector('canvas') as HTMLCanvasElement;
  }

  set config(value: string) {
    this.spec = value ? (JSON.parse(value) as Spec) : undefined;
    this.draw();
  }

  connectedCallback() {
    this.draw();
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  private draw() {
    if (!this.isConnected || !this.spec) {
      return;
    }
    const spec = this.spec;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.chart?.destroy();
    this.chart = new Chart(this.canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: s.color,
          borderColor: s.color,
          borderDash: s.dashed ? [6, 4] : [],
          borderWidth: spec.type === 'line' ? 3 : 0,
          pointRadius: spec.type === 'line' ? 2 : 0,
          tension: 0,
        })),
      },
      options: {
        animation: still ? false : { duration: 300 },
        maintainAspectRatio: false,
        responsive: true,
        indexAxis: spec.horizontal ? 'y' : 'x',
        scales: {
          x: { stacked: spec.stacked, ticks: { color: '#1f2a2a' }, grid: { display: spec.horizontal } },
          y: {
            stacked: spec.stacked,
            beginAtZero: true,
            ticks: { color: '#1f2a2a', precision: 0 },
            title: { display: !!spec.valueLabel && !spec.horizontal, text: spec.valueLabel, color: '#1f2a2a' },
          },
        },
        plugins: { legend: { labels: { color: '#1f2a2a' } } },
      },
    });
    this.dispatchEvent(new CustomEvent('opdag-chart-drawn'));
  }
}

customElements.define('opdag-chart', OpdagChart);
