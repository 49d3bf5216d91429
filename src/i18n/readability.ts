/**
 * Fernández-Huerta readability for Spanish (1959), the adaptation of Flesch used in Spanish-
 * speaking countries, in its corrected form:  L = 206.84 − 60·P − 1.02·F,
 * P = syllables per word, F = words per sentence (the often-copied "0.60·P − 1.02·F per 100
 * words" version is a transcription error: it would reward long sentences). 70–80 is
 * "fairly easy", 80–90 "easy". Pure; no DOM.
 *
 * Syllables are counted with Spanish rules: each vowel group is one syllable, except two
 * strong vowels (a, e, o and accented vowels) side by side, which are two (hiatus), and an
 * accented í/ú beside another vowel, which breaks the diphthong. A "u" in que/qui/gue/gui is
 * silent. A number written in digits ("22", "2024", "339,341.4") counts as one word of three
 * syllables: a reader takes it in as a whole, and a fixed weight keeps exact figures (which the
 * summaries must keep) from being scored as if they were long words.
 */

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü']);

/** Syllables counted for a number written in digits, whatever its length. */
export const NUMBER_SYLLABLES = 3;

/** Syllables in one Spanish word (letters; a number in digits counts NUMBER_SYLLABLES). */
export function countSyllables(word: string): number {
  const w = word.toLowerCase();
  if (/^[\d.,]+$/.test(w) && /\d/.test(w)) return NUMBER_SYLLABLES;
  const letters = w.replace(/[^a-záéíóúüñ]/g, '').replace(/([qg])u([eiéí])/g, '$1$2');
  if (!letters) return 0;
  let count = 0;
  let prev = '';
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i]!;
    const isVowel = VOWELS.has(c) || (c === 'y' && i === letters.length - 1 && i > 0 && !VOWELS.has(prev));
    if (isVowel) {
      if (!VOWELS.has(prev)) count++;
      else if (STRONG.has(prev) && STRONG.has(c)) count++; // hiatus
    }
    prev = isVowel ? c : '';
  }
  return Math.max(1, count);
}

/** Words of a text (letters, digits with separators). */
export function words(text: string): string[] {
  return text.match(/[0-9][0-9.,]*[0-9]|[0-9]|[a-záéíóúüñA-ZÁÉÍÓÚÜÑ]+/g) ?? [];
}

/** Sentences: runs ending in . ! ? … or the end of the text, not counting decimal points. */
export function sentences(text: string): number {
  const parts = text.split(/(?<!\d)[.!?…]+(?!\d)|[.!?…]+(?=\s|$)/).filter((p) => /[a-záéíóúüñ0-9]/i.test(p));
  return Math.max(parts.length, text.trim() ? 1 : 0);
}

export interface Readability {
  score: number;
  words: number;
  syllables: number;
  sentences: number;
}

/** Fernández-Huerta index of a Spanish text; NaN-free: an empty text scores 0. */
export function fernandezHuerta(text: string): Readability {
  const ws = words(text);
  const n = ws.length;
  if (n === 0) return { score: 0, words: 0, syllables: 0, sentences: 0 };
  const syl = ws.reduce((s, w) => s + countSyllables(w), 0);
  const sen = sentences(text);
  const P = syl / n;
  const F = n / sen;
  return { score: 206.84 - 60 * P - 1.02 * F, words: n, syllables: syl, sentences: sen };
}
