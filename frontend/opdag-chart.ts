/*
 * <opdag-chart>: a bar, line or radar chart drawn with Chart.js from a JSON description that the server sets as the
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
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement,
  PointElement, RadarController, RadialLinearScale, Tooltip);

interface Series {
  label: string;
  values: number[];
  color: string;
  dashed: boolean;
}

interface Spec {
  type: 'bar' | 'line' | 'radar';
  labels: string[];
  series: Series[];
  valueLabel: string;
  stacked: boolean;
  horizontal: boolean;
  scaleMax?: number;
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
    const ink = '#1f2a2a';
    const lined = spec.type !== 'bar';
    const scales = spec.type === 'radar'
      ? {
          r: {
            min: 0,
            max: spec.scaleMax,
            ticks: { color: ink, precision: 0, stepSize: 1, backdropColor: 'rgba(255,255,255,0.8)' },
            pointLabels: { color: ink, font: { size: 13 } },
            grid: { color: '#c4cccc' },
            angleLines: { color: '#c4cccc' },
          },
        }
      : {
          x: { stacked: spec.stacked, ticks: { color: ink }, grid: { display: spec.horizontal } },
          y: {
            stacked: spec.stacked,
            beginAtZero: true,
            max: spec.scaleMax,
            ticks: { color: ink, precision: 0 },
            title: { display: !!spec.valueLabel && !spec.horizontal, text: spec.valueLabel, color: ink },
          },
        };
    this.chart?.destroy();
    this.chart = new Chart(this.canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s) => ({
          label: s.label,
          data: s.values,
          borderColor: s.color,
          borderDash: s.dashed ? [6, 4] : [],
          backgroundColor: spec.type === 'radar' ? 'transparent' : s.color,
          borderWidth: lined ? 3 : 0,
          pointRadius: lined ? 3 : 0,
          tension: 0,
        })),
      },
      options: {
        animation: still ? false : { duration: 300 },
        maintainAspectRatio: false,
        responsive: true,
        indexAxis: spec.horizontal ? 'y' : 'x',
        scales,
        plugins: { legend: { labels: { color: ink } } },
      },
    });
    this.dispatchEvent(new CustomEvent('opdag-chart-drawn'));
  }
}

customElements.define('opdag-chart', OpdagChart);
