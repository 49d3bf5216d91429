/** Text folding for matching cells and header names (pure). */

const FOLD = /[\s\u00a0\u2007\u202f\ufeff\u200b]+/g;

/** Removes every kind of space (also no-break and zero-width) and trims. */
export function foldSpaces(s: string): string {
  return String(s ?? '').replace(FOLD, '');
}

/** Folds a header name for matching: no accents, no spaces/underscores/punctuation, upper case. */
export function foldHeader(h: string): string {
  return String(h ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();
}

/** Folds a label for matching by name: no accents, punctuation runs → one space, trimmed, lower case. */
export const foldWords = (s: string) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .toLowerCase();

/** Folds text for searching and matching as readers type it: no accents, runs of spaces → one, lower case. */
export function foldText(text: string): string {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
