/**
 * `shcp-lines`: SHCP open-data budget lines (PEF and Cuenta Pública line items, one row per
 * ramo × unit × … × partida × entity), aggregated to programs keyed "20-S176". Pure.
 *
 * Header variants: PEF 2016 (`Ramo, UNIDAD, MOD, PP, CONCEPTO, EF, PEF_2016`), PEF 2021 and later
 * (`ID_RAMO, ID_UR, ID_MODALIDAD, ID_PP, ID_CAPITULO, ID_ENTIDAD_FEDERATIVA, MONTO_APROBADO`), the
 * OpenSpending aliases (fdp-presupuesto-mexico/columns.aliases.json) and project lists with a combined
 * program key (`Clave del programa = U128`, `Monto aprobado`, `Pagado`).
 * Every `MONTO_*` (APROBADO, MODIFICADO, COMPROMETIDO, DEVENGADO, EJERCIDO/EJERCICIO, PAGADO, ADEFAS)
 * or `PEF_<year>` becomes a moment; breakdowns by chapter (capítulo), responsible unit and entity.
 *
 * Sums are integer cents. An empty or `N/R` cell adds nothing; a moment no row reports stays absent.
 * Rows are fed one at a time (`createShcpSink`), so the CLI streams gigabyte files in bounded memory.
 */
import type { AdapterInput, AdapterResult } from './types.js';
import { adaptWithSink, type StreamingAdapter } from './row-sink.js';
import { detectShcp } from './shcp-columns.js';
import { createShcpSink } from './shcp-sink.js';

export { adaptWithSink, createShcpSink };

export const shcpLines: StreamingAdapter = {
  name: 'shcp-lines',
  detect: detectShcp,
  sink: (header, options, file) => createShcpSink(header, options, file),
  adapt({ header, rows, file, options }: AdapterInput): AdapterResult {
    return adaptWithSink(createShcpSink(header, options, file), rows);
  },
};
