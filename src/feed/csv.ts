/**
 * CSV decoding and parsing, pure (Node and browser).
 *  - decode: UTF-8 (fatal) first, else Windows-1252 or CP850, chosen by which one reads as Spanish.
 *  - parse: d3-dsv's parseRows (no eval, unlike csvParse); BOM stripped; CRLF/LF/mixed accepted.
 */
import { dsvFormat } from 'd3-dsv';

export type Encoding = 'utf-8' | 'windows-1252' | 'cp850';

// CP850 upper half (0x80–0xFF). TextDecoder does not know CP850.
const CP850_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0';

export function decodeCp850(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out += b < 0x80 ? String.fromCharCode(b) : CP850_HIGH[b - 0x80];
  }
  return out;
}

const SPANISH = /[áéíóúñÁÉÍÓÚÑüÜ¿¡°]/g;
const MOJIBAKE = /[¢£¤‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¥¦§¨©ª«¬®¯±²³´µ¶·¸¹º»¼½¾ßÝÞþðÐ±‗■░▒▓│┤╣║╗╝┐└┴┬├─┼╚╔╩╦╠═╬┘┌█▄▀]/g;

/** Higher is more plausibly Spanish text. Exported for tests. */
export function spanishScore(text: string): number {
  return (text.match(SPANISH)?.length ?? 0) - 2 * (text.match(MOJIBAKE)?.length ?? 0);
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  hadBom: boolean;
}

/** Decodes bytes as UTF-8 when valid, else as the single-byte encoding that reads as Spanish. */
export function decodeBytes(bytes: Uint8Array, hint?: Encoding): Decoded {
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  if (hint === 'cp850') return { text: decodeCp850(body), encoding: 'cp850', hadBom };
  if (hint === 'windows-1252') return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252', hadBom };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { text, encoding: 'utf-8', hadBom };
  } catch {
    const w = new TextDecoder('windows-1252').decode(body);
    const c = decodeCp850(body);
    return spanishScore(c) > spanishScore(w) ? { text: c, encoding: 'cp850', hadBom } : { text: w, encoding: 'windows-1252', hadBom };
  }
}

/** Guesses the delimiter from the first line: comma, semicolon, tab or pipe. */
export function sniffDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/) >>> 0 || 4096);
  let best = ',';
  let bestCount = -1;
  for (const d of [',', ';', '\t', '|']) {
    const n = first.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** Parses CSV text into rows of strings. Strips a BOM; accepts CRLF, LF and mixed endings. */
export function parseCsvRows(text: string, delimiter?: string): string[][] {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = dsvFormat(delimiter ?? sniffDelimiter(clean)).parseRows(clean);
  // Normalise CR left inside unquoted cells by mixed endings, and drop fully empty trailing rows.
  const out = rows.map((r) => r.map((c) => (c.endsWith('\r') ? c.slice(0, -1) : c)));
  while (out.length && out[out.length - 1]!.every((c) => c.trim() === '')) out.pop();
  return out;
}

/**
 * Makes header names unique and non-empty without losing columns:
 * duplicates get "#2", "#3"…; empty names become "_col<N>". No-break spaces are folded.
 */
export function uniqueHeaders(header: string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    let h = raw.replace(/[\u00a0\ufeff]/g, ' ').trim();
    if (!h) h = `_col${i + 1}`;
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h}#${n}`;
  });
}
