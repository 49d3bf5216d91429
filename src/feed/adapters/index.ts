/**
 * Registry of layout adapters. Loaded lazily by the browser loader (CSV / datapackage URLs)
 * and statically by the tp-feed CLI.
 *
 * Order matters: layouts with a distinctive header come first; `shcp-lines` (any file with
 * program parts and a MONTO_* / PEF_<year> column) is the most general and comes last.
 * `fdp` needs its datapackage.json, so it is built with `fdpAdapter(descriptor)`, not listed here.
 */
import type { Adapter } from './types.js';
import { gastoFederalizado } from './gasto-federalizado.js';
import { cpProgramatica } from './cp-programatica.js';
import { crossCuttingAdapter } from './cross-cutting.js';
import { mirAdapter } from './mir.js';
import { sdgAlignmentAdapter } from './sdg-alignment.js';
import { shcpLines } from './shcp-lines.js';
import { populationsAdapter } from './populations.js';
import { pndAdapter } from './pnd.js';
import { evaluationsAdapter } from './evaluations.js';
import { asmAdapter } from './asm.js';
import { msdAdapter } from './msd.js';
import { isedAdapter } from './ised.js';

export const adapters: Adapter[] = [
  gastoFederalizado,
  cpProgramatica,
  crossCuttingAdapter,
  mirAdapter,
  sdgAlignmentAdapter,
  populationsAdapter,
  pndAdapter,
  evaluationsAdapter,
  asmAdapter,
  msdAdapter,
  isedAdapter,
  shcpLines,
];

/** The adapter whose layout matches this header, if any. */
export function detectLayout(header: string[]): Adapter | undefined {
  return adapters.find((a) => a.detect(header));
}

/** The adapter registered under this layout name (as given to `--layout`). */
export function adapterByName(name: string): Adapter | undefined {
  return adapters.find((a) => a.name === name);
}

/** The names of every registered layout, plus `fdp` (which needs a datapackage.json). */
export function layoutNames(): string[] {
  return [...adapters.map((a) => a.name), 'fdp'];
}
