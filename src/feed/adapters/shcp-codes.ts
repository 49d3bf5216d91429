/** Code catalogues and key normalisation for SHCP budget lines. Pure. */

/** Chapters (capítulos) of the Clasificador por Objeto del Gasto. */
export const CHAPTERS: Record<string, string> = {
  '1000': 'Servicios personales',
  '2000': 'Materiales y suministros',
  '3000': 'Servicios generales',
  '4000': 'Transferencias, asignaciones, subsidios y otras ayudas',
  '5000': 'Bienes muebles, inmuebles e intangibles',
  '6000': 'Inversión pública',
  '7000': 'Inversiones financieras y otras provisiones',
  '8000': 'Participaciones y aportaciones',
  '9000': 'Deuda pública',
};

/** Chapter id from a capítulo, concepto or partida code ("1100" → "1000", "11301" → "1000"). */
export function chapterOf(code: string | undefined): string | undefined {
  const c = String(code ?? '').trim();
  return /^[1-9]\d*$/.test(c) ? `${c[0]}000` : undefined;
}

/** An id as written without leading zeros when numeric ("09" → "9"), otherwise upper-cased. */
export const digitsKey = (v: string) => {
  const t = v.trim();
  return /^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : t.toUpperCase();
};
