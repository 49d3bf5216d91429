/**
 * One controller owns the Vega lifecycle of one chart in a widget.
 *
 * - Vega is imported lazily (`import('./vega-render.js')`, one chunk) only when the chart
 *   container comes within one viewport of being seen (IntersectionObserver, rootMargin 100%).
 *   A widget whose chart never nears the screen, or that has no chart, never downloads Vega.
 * - The spec builder gets the container width and a `config` with colours from the computed
 *   `--tp-*` tokens and the language's locale (charts/theme.ts): no global Vega locale.
 * - Re-renders when the width changes (ResizeObserver) or the spec changes (checked after each
 *   host update); `finalize()`s the view on disconnect and before each re-render.
 * - Every chart gets a `description` (Vega writes it as the SVG's aria-label) and `config.aria`.
 *
 * Usage: the template holds an EMPTY container (`<div part="chart" class="chart"></div>`: no
 * bindings inside, Vega owns its children) and the widget keeps a text alternative next to it.
 *
 *   private chart = new ChartController(this, {
 *     container: () => this.renderRoot.querySelector('.chart'),
 *     spec: ({ width, config }) => this.data.data && mySpec(this.data.data.view, { width, config, lang: this.l10n.lang }),
 *     description: () => mySummary(...),
 *     lang: () => this.l10n.lang,
 *   });
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readChartColors, vegaLiteConfig } from './theme.js';
import type { ChartColors } from './theme.js';
import type { RenderedChart } from './vega-render.js';
import { whenIdle } from '../../feed/idle.js';

export interface ChartSpecInput {
  width: number;
  colors: ChartColors;
  /** Vega-Lite config: colours, fonts, aria, and `locale` for `lang`. Merge it into the spec's `config`. */
  config: Record<string, unknown>;
  lang: string;
}

export interface ChartControllerOptions {
  container: () => HTMLElement | null | undefined;
  /** Pure spec builder; undefined when there is nothing to draw (yet). */
  spec: (input: ChartSpecInput) => Record<string, unknown> | undefined;
  /** Plain-language description, used when the spec has none. */
  description: () => string;
  lang?: () => string;
}

let vegaModule: Promise<typeof import('./vega-render.js')> | undefined;
/** Charts are drawn after the widgets' numbers, sentences and tables, never in their way: when the page is idle, 1.5 s at most. */
const IDLE_MAX_MS = 1500;
const live = new Set<RenderedChart>();
let loads = 0;

/** Test hook: number of Vega views alive on the page (rendered and not finalized). */
export function liveChartViews(): number {
  return live.size;
}

/** Test hook: how many times the Vega module was requested (0 until a chart nears the viewport). */
export function vegaLoadRequests(): number {
  return loads;
}

function loadVega(): Promise<typeof import('./vega-render.js')> {
  if (!vegaModule) {
    loads++;
    vegaModule = import('./vega-render.js');
    vegaModule.catch(() => (vegaModule = undefined));
  }
  return vegaModule;
}

export class ChartController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ChartControllerOptions;
  private el?: HTMLElement;
  private io?: IntersectionObserver;
  private ro?: ResizeObserver;
  private near = false;
  private width = 0;
  private key?: string;
  private view?: RenderedChart;
  private generation = 0;
  private waiters: Array<() => void> = [];
  /** The last render error, if any (the widget's table and summary still carry the data). */
  error?: unknown;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ChartControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    // An update after removal (a load that finished meanwhile) must not observe a detached container:
    // nothing would disconnect those observers. hostConnected asks for the update that attaches again.
    if (!this.host.isConnected) return;
    const el = this.options.container() ?? undefined;
    if (el !== this.el) this.attach(el);
    if (this.near) void this.render();
  }

  hostConnected(): void {
    // Back in the page (moved): the chart was disposed on disconnect; draw it again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.attach(undefined);
    this.generation++;
    this.dispose();
    this.key = undefined;
  }

  /** Resolves after the next successful render (tests, screenshots). */
  rendered(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private attach(el: HTMLElement | undefined): void {
    this.io?.disconnect();
    this.ro?.disconnect();
    this.io = this.ro = undefined;
    if (this.el !== el) {
      this.dispose();
      this.key = undefined;
    }
    this.el = el;
    this.near = false;
    if (!el) return;
    this.io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.near = true;
          this.io?.disconnect();
          void this.render();
        }
      },
      { rootMargin: '100%' },
    );
    this.io.observe(el);
    this.ro = new ResizeObserver((entries) => {
      const w = Math.floor(entries[entries.length - 1]!.contentRect.width);
      if (w !== this.width) {
        this.width = w;
        if (this.near) void this.render();
      }
    });
    this.ro.observe(el);
  }

  private dispose(): void {
    if (this.view) {
      this.view.finalize();
      live.delete(this.view);
      this.view = undefined;
    }
  }

  /**
   * Draws the chart once the main thread is idle. Nothing is measured before then: reading the
   * width or the computed colours forces a layout, and doing it after each widget's update, while
   * twenty widgets render their numbers, made the page lay itself out twenty times over.
   */
  private async render(): Promise<void> {
    const gen = ++this.generation;
    try {
      await whenIdle(IDLE_MAX_MS);
      if (gen !== this.generation) return; // a newer call does the work
      const el = this.el;
      if (!el || !el.isConnected) return;
      const width = Math.floor(el.clientWidth || this.width);
      if (width <= 0) return;
      const lang = this.options.lang?.() ?? 'es';
      const colors = readChartColors(this.host);
      const spec = this.options.spec({ width, colors, config: vegaLiteConfig(colors, lang), lang });
      if (!spec) return;
      const full: Record<string, unknown> = {
        ...spec,
        description: typeof spec.description === 'string' && spec.description ? spec.description : this.options.description(),
      };
      const key = JSON.stringify(full);
      if (key === this.key && this.view) return; // already drawn from the same input
      const mod = await loadVega();
      if (gen !== this.generation || this.el !== el) return;
      this.dispose();
      const view = await mod.renderVegaLite(el, full);
      if (gen !== this.generation || this.el !== el) {
        view.finalize();
        return;
      }
      this.key = key;
      this.view = view;
      live.add(view);
      this.error = undefined;
      const svg = el.querySelector('svg');
      if (svg && !svg.getAttribute('aria-label')) svg.setAttribute('aria-label', String(full.description));
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    } catch (e) {
      if (gen !== this.generation) return;
      this.error = e;
      this.key = undefined;
      console.warn('tp-widgets: chart could not be drawn', e);
    }
  }
}
