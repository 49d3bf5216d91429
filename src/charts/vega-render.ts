/**
 * The ONLY module that imports Vega. Reached through `import()` from chart-controller.ts, so
 * Rollup puts it (with vega-embed, vega-lite, vega and vega-interpreter) in one lazy chunk.
 *
 * Options: `ast: true` with vega-interpreter (no eval: works under a CSP without
 * 'unsafe-eval'), `actions: false`, `defaultStyle: false` (no <style> injected), SVG renderer,
 * no tooltip handler (it would add elements to the page), no global locale.
 */
import embed from 'vega-embed';
import type { VisualizationSpec } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';

export interface RenderedChart {
  finalize(): void;
}

export async function renderVegaLite(container: HTMLElement, spec: Record<string, unknown>): Promise<RenderedChart> {
  const result = await embed(container, spec as VisualizationSpec, {
    ast: true,
    expr: expressionInterpreter,
    actions: false,
    defaultStyle: false,
    renderer: 'svg',
    tooltip: false,
    hover: false,
    mode: 'vega-lite',
  });
  return { finalize: () => result.finalize() };
}
