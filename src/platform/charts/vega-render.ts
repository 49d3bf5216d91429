/**
 * The ONLY module that imports Vega. Reached through `import()` from chart-controller.ts, so
 * Rollup puts it (with vega and vega-interpreter) in one lazy chunk.
 *
 * Charts are written in Vega-Lite; readers do not download the Vega-Lite compiler. Each spec's
 * shape was compiled to a Vega template at build time (scripts/precompile-charts.ts →
 * vega-templates.ts); here the run-time texts, colours, locale, data and width are filled in
 * (vl-template.ts) and Vega's own View draws it. A shape with no template (a chart added without
 * re-running the precompile step) is compiled once per page by the lazy vega-lite-compile chunk.
 *
 * CSP: `ast: true` with vega-interpreter (no eval: works under a CSP without 'unsafe-eval');
 * nothing injects <style>; SVG renderer; no tooltip handler or hover; no global locale (the
 * locale travels in the spec's config and Vega applies it to this view only).
 */
import { parse, View } from 'vega';
import type { Spec } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { abstractSpec, fillTemplate, templateId } from './vl-template.js';
import { TEMPLATES } from './vega-templates.js';

export interface RenderedChart {
  finalize(): void;
}

const compiled = new Map<string, Record<string, unknown>>();
let compiles = 0;

/** Test/bench hook: how many specs had no build-time template and were compiled in the browser. */
export function runtimeCompiles(): number {
  return compiles;
}

async function template(key: string, vl: Record<string, unknown>): Promise<Record<string, unknown>> {
  const built = TEMPLATES[templateId(key)];
  if (built) return built;
  let t = compiled.get(key);
  if (!t) {
    compiles++;
    const { compileVegaLite } = await import('./vega-lite-compile.js');
    t = compileVegaLite(vl);
    compiled.set(key, t);
  }
  return t;
}

export async function renderVegaLite(container: HTMLElement, spec: Record<string, unknown>): Promise<RenderedChart> {
  const a = abstractSpec(spec);
  const vega = fillTemplate(await template(a.key, a.spec), a);
  const runtime = parse(vega as unknown as Spec, {}, { ast: true });
  const view = new View(runtime, { renderer: 'svg', expr: expressionInterpreter } as ConstructorParameters<typeof View>[1]);
  container.replaceChildren();
  try {
    await view.initialize(container).runAsync();
  } catch (e) {
    view.finalize();
    throw e;
  }
  return { finalize: () => view.finalize() };
}
