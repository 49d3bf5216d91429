/**
 * The Vega-Lite compiler, in its own lazy chunk: only loaded when a chart's shape has no
 * build-time template (see vega-render.ts). Pages built from this library's charts never load it.
 */
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';

export function compileVegaLite(spec: Record<string, unknown>): Record<string, unknown> {
  return compile(spec as unknown as TopLevelSpec).spec as unknown as Record<string, unknown>;
}
