/**
 * Program keys and their parts (pure): ramo + modality letter + 3-digit number → "20-S176"; without
 * ramo → "S176". Key parts are normalised from `S176`, `S 176`, `s-176`, `S`+`176`, `U57`, no-break
 * spaces. Also the modality catalogue.
 */
import { foldSpaces } from './text-fold.js';

/** Ramo as two digits when numeric ("3" → "03", " 20 " → "20", "003" → "03"); other text upper-cased. */
export function normalizeRamo(ramo: string | number | undefined | null): string | undefined {
  if (ramo === undefined || ramo === null) return undefined;
  const r = foldSpaces(String(ramo)).toUpperCase();
  if (!r) return undefined;
  if (/^\d+$/.test(r)) {
    const n = r.replace(/^0+(?=\d)/, '');
    return n.length < 2 ? n.padStart(2, '0') : n;
  }
  return r;
}

/** Modality letter ("s" → "S", " S " → "S"); undefined unless exactly one letter A–Z. */
export function normalizeModality(mod: string | undefined | null): string | undefined {
  const m = foldSpaces(String(mod ?? '')).toUpperCase();
  return /^[A-Z]$/.test(m) ? m : undefined;
}

/** Program number as three digits ("176" → "176", "1" → "001", "0027" → "027"); undefined if not 1–3 significant digits. */
export function normalizeProgramNumber(num: string | number | undefined | null): string | undefined {
  const n = foldSpaces(String(num ?? ''));
  if (!/^\d+$/.test(n)) return undefined;
  const sig = n.replace(/^0+(?=\d)/, '');
  return sig.length <= 3 ? sig.padStart(3, '0') : undefined;
}

/**
 * Parses a program code written `S176`, `S 176`, `s-176`, `S\u00a0176`, `U57`, `E001` into its parts.
 * Undefined when it is not one letter followed by 1–3 significant digits (e.g. "TOTAL").
 */
export function parseProgramCode(code: string | undefined | null): { modality: string; number: string } | undefined {
  const c = foldSpaces(String(code ?? '')).toUpperCase();
  const m = /^([A-Z])[-_.]?(\d{1,4})$/.exec(c);
  if (!m) return undefined;
  const number = normalizeProgramNumber(m[2]!);
  return number ? { modality: m[1]!, number } : undefined;
}

/** The short program code "S176" from parts, or undefined when a part is not valid. */
export function programCode(modality: string | undefined | null, number: string | number | undefined | null): string | undefined {
  const m = normalizeModality(modality ?? undefined);
  const n = normalizeProgramNumber(number ?? undefined);
  return m && n ? `${m}${n}` : undefined;
}

/**
 * The program key: `programKey("20", "S", "176")` → "20-S176"; `programKey(undefined, "S", "176")` → "S176".
 * `number` may also carry the letter (`programKey("20", "", "S 176")`). Undefined when the parts are not valid.
 */
export function programKey(
  ramo: string | number | undefined | null,
  modality: string | undefined | null,
  number: string | number | undefined | null,
): string | undefined {
  const code = normalizeModality(modality ?? undefined)
    ? programCode(modality, number)
    : (() => {
        const p = parseProgramCode(String(number ?? ''));
        return p ? `${p.modality}${p.number}` : undefined;
      })();
  if (!code) return undefined;
  const r = normalizeRamo(ramo ?? undefined);
  return r ? `${r}-${code}` : code;
}

/** Names of the program modalities (clasificación programática, SHCP), by letter. */
export const MODALITIES: Record<string, string> = {
  S: 'Sujetos a Reglas de Operación',
  U: 'Otros Subsidios',
  E: 'Prestación de Servicios Públicos',
  B: 'Provisión de Bienes Públicos',
  P: 'Planeación, seguimiento y evaluación de políticas públicas',
  F: 'Promoción y fomento',
  G: 'Regulación y supervisión',
  A: 'Funciones de las Fuerzas Armadas',
  R: 'Específicos',
  K: 'Proyectos de Inversión',
  M: 'Apoyo al proceso presupuestario y para mejorar la eficiencia institucional',
  O: 'Apoyo a la función pública y al mejoramiento de la gestión',
  W: 'Operaciones ajenas',
  L: 'Obligaciones de cumplimiento de resolución jurisdiccional',
  N: 'Desastres Naturales',
  J: 'Pensiones y jubilaciones',
  T: 'Aportaciones a la seguridad social',
  Y: 'Aportaciones a fondos de estabilización',
  Z: 'Aportaciones a fondos de inversión y reestructura de pensiones',
  C: 'Participaciones a entidades federativas y municipios',
  D: 'Costo financiero, deuda o apoyos a deudores y ahorradores de la banca',
  H: 'Adeudos de ejercicios fiscales anteriores',
  I: 'Gasto Federalizado',
};

/** The modality of a program code as {id, name} ("S176" → {id: "S", name: "Sujetos a Reglas de Operación"}). */
export function modalityOf(code: string, name?: string): { id: string; name: string } {
  const id = code.charAt(0).toUpperCase();
  return { id, name: name || MODALITIES[id] || id };
}
