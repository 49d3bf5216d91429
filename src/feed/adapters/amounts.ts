/**
 * Shared parsing for the adapters (pure: no DOM, no I/O), gathered in one import:
 *
 *  - Money as SHCP writes it → integer cents, exactly (money.ts).
 *  - Program keys: ramo + modality letter + 3-digit number → "20-S176"; without ramo → "S176"
 *    (program-code.ts), and the text folding they and header matching use (text-fold.ts).
 *  - Problems located in a source file, capped per kind (adapter-problems.ts).
 *
 * Sums are kept in integer cents (safe up to ±90 trillion pesos) and turned into pesos only at the end.
 */
export {
  CELL_EMPTY,
  CELL_INVALID,
  CELL_WORD,
  addCents,
  amountCents,
  centsToAmounts,
  centsToPesos,
  parseAmount,
  scanCents,
  type AmountParse,
  type CentSums,
} from './money.js';
export { foldHeader, foldSpaces } from './text-fold.js';
export {
  MODALITIES,
  modalityOf,
  normalizeModality,
  normalizeProgramNumber,
  normalizeRamo,
  parseProgramCode,
  programCode,
  programKey,
} from './program-code.js';
export { ProblemLog, shown } from './adapter-problems.js';
