/**
 * Locale packs as data: validation of a JSON pack (schema/locale-pack-v1.schema.json) before it
 * is registered. Pure: no DOM, no fetch (the loader is load-locale-pack.ts).
 *
 * A pack is all or nothing: any value of the wrong shape rejects the whole pack, and the page
 * stays in Spanish. Messages in a pack are plain strings with `{0}`, `{1}`… placeholders, never
 * code. An empty string means "not translated yet" and is left out, so Spanish shows instead.
 */
import type { LocalePack, NumberWords } from './types.js';

/** Largest pack text the loader reads (characters). */
export const MAX_PACK_CHARS = 1_000_000;
const MAX_STRINGS = 5_000;
const MAX_MESSAGE = 2_000;
const MAX_TERM = 200;
const MAX_DEFINITION = 1_000;
const MAX_WORD = 60;
const MAX_NAME = 100;

const TOP_KEYS = new Set(['$schema', '$comment', 'lang', 'name', 'locale', 'dir', 'strings', 'glossary', 'words']);
const LANG_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
/** Core keys (`showTable`) and namespaced widget keys (`card.approved`, `cycle.plan.expired`). */
const STRING_KEY = /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;
const GLOSSARY_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const WORD_KEYS = ['million', 'thousandMillion', 'trillion'] as const;

export type LocalePackResult = { ok: true; pack: LocalePack } | { ok: false; problems: string[] };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A non-empty trimmed string, '' for "left empty", or a problem. */
function text(v: unknown, where: string, max: number, problems: string[]): string | undefined {
  if (typeof v !== 'string') {
    problems.push(`${where} must be a string, not ${v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v}.`);
    return undefined;
  }
  if (v.length > max) {
    problems.push(`${where} is longer than ${max} characters.`);
    return undefined;
  }
  return v.trim() ? v : '';
}

/** Checks a parsed JSON value against locale pack v1 and returns the pack to register, or every problem found. */
export function validateLocalePack(value: unknown): LocalePackResult {
  const problems: string[] = [];
  if (!isObject(value)) return { ok: false, problems: ['A locale pack must be a JSON object.'] };

  for (const key of Object.keys(value)) if (!TOP_KEYS.has(key)) problems.push(`Unknown field "${key}".`);

  const pack: LocalePack = { lang: '' };
  const lang = value.lang;
  if (typeof lang !== 'string' || !LANG_TAG.test(lang) || lang.length > 35) {
    problems.push('"lang" must be a language tag such as "yua" or "es-MX".');
  } else pack.lang = lang;

  if (value.name !== undefined) {
    const name = text(value.name, '"name"', MAX_NAME, problems);
    if (name) pack.name = name;
  }
  if (value.locale !== undefined) {
    if (typeof value.locale !== 'string' || !validLocale(value.locale))
      problems.push('"locale" must be a locale Intl knows, such as "es-MX".');
    else pack.locale = value.locale;
  }
  if (value.dir !== undefined) {
    if (value.dir !== 'ltr' && value.dir !== 'rtl') problems.push('"dir" must be "ltr" or "rtl".');
    else pack.dir = value.dir;
  }

  if (value.strings !== undefined) {
    if (!isObject(value.strings)) problems.push('"strings" must be an object of key → message.');
    else {
      const entries = Object.entries(value.strings);
      if (entries.length > MAX_STRINGS) problems.push(`"strings" has more than ${MAX_STRINGS} entries.`);
      const strings: Record<string, string> = {};
      for (const [key, message] of entries.slice(0, MAX_STRINGS)) {
        if (!STRING_KEY.test(key)) {
          problems.push(`"strings" key "${key}" is not a message key (like "showTable" or "card.approved").`);
          continue;
        }
        const m = text(message, `strings["${key}"]`, MAX_MESSAGE, problems);
        if (m) strings[key] = m;
      }
      pack.strings = strings;
    }
  }

  if (value.glossary !== undefined) {
    if (!isObject(value.glossary)) problems.push('"glossary" must be an object of term id → { term, definition }.');
    else {
      const glossary: NonNullable<LocalePack['glossary']> = {};
      for (const [id, entry] of Object.entries(value.glossary)) {
        if (!GLOSSARY_ID.test(id)) {
          problems.push(`"glossary" id "${id}" is not a term id (like "paid").`);
          continue;
        }
        if (!isObject(entry)) {
          problems.push(`glossary["${id}"] must be an object { term, definition }.`);
          continue;
        }
        for (const k of Object.keys(entry))
          if (k !== 'term' && k !== 'definition') problems.push(`glossary["${id}"] has an unknown field "${k}".`);
        const out: { term?: string; definition?: string } = {};
        if (entry.term !== undefined) {
          const t = text(entry.term, `glossary["${id}"].term`, MAX_TERM, problems);
          if (t) out.term = t;
        }
        if (entry.definition !== undefined) {
          const d = text(entry.definition, `glossary["${id}"].definition`, MAX_DEFINITION, problems);
          if (d) out.definition = d;
        }
        if (out.term || out.definition) glossary[id] = out;
      }
      pack.glossary = glossary;
    }
  }

  if (value.words !== undefined) {
    if (!isObject(value.words)) problems.push('"words" must be an object.');
    else {
      const words: Partial<NumberWords> = {};
      for (const k of Object.keys(value.words)) {
        if (!(WORD_KEYS as readonly string[]).includes(k) && k !== 'scale' && k !== 'currency')
          problems.push(`"words" has an unknown field "${k}".`);
      }
      for (const k of WORD_KEYS) {
        if (value.words[k] === undefined) continue;
        const w = text(value.words[k], `words.${k}`, MAX_WORD, problems);
        if (w) words[k] = w;
      }
      const { scale, currency } = value.words;
      if (scale !== undefined) {
        if (scale !== 'millions' && scale !== 'short') problems.push('words.scale must be "millions" or "short".');
        else words.scale = scale;
      }
      if (currency !== undefined) {
        if (currency !== 'symbol' && currency !== 'code') problems.push('words.currency must be "symbol" or "code".');
        else words.currency = currency;
      }
      pack.words = words;
    }
  }

  return problems.length ? { ok: false, problems } : { ok: true, pack };
}

/** Parses the text of a pack file and validates it. */
export function parseLocalePack(json: string): LocalePackResult {
  if (json.length > MAX_PACK_CHARS) return { ok: false, problems: [`The pack is larger than ${MAX_PACK_CHARS} characters.`] };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problems: ['The pack is not valid JSON.'] };
  }
  return validateLocalePack(value);
}

/** The absolute URL to fetch a pack from (http: or https:, relative URLs resolved against `base`), or undefined. */
export function localePackUrl(raw: string | null | undefined, base: string): string | undefined {
  const u = raw?.trim();
  if (!u || /[\u0000-\u001f\u007f-\u009f]/.test(u)) return undefined;
  try {
    const url = new URL(u, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function validLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
