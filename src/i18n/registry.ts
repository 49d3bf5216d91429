/**
 * The language registry: built-in `es` and `en`, plus packs registered at run time.
 * Pure (no DOM, no Lit), so formatting and summaries can use it under Node.
 *
 * Fallback is per string: a pack that lacks a string, a glossary term or a number word
 * gets the Spanish one. Nothing is ever invented: a missing string is Spanish, not blank.
 */
import { en } from './en.js';
import { es } from './es.js';
import type { CoreStrings, GlossaryEntry, Lang, LocalePack, Message, Translation } from './types.js';

const packs = new Map<string, LocalePack>();
const cache = new Map<string, Translation>();
/** `resolveLang` by tag as written, cleared with `cache` when packs change. */
const resolved = new Map<string, string>();
const listeners = new Set<() => void>();

const BUILT_IN: Record<string, Translation> = { es, en };

/** Language a page can ask for. */
export const DEFAULT_LANG = 'es';

function primary(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Resolves a language tag to a known language: a registered pack (exact tag, then its primary
 * subtag), `es` or `en` (by primary subtag: `es-MX` → `es`, `en-GB` → `en`), else `es`.
 */
export function resolveLang(tag: Lang | null | undefined): string {
  if (!tag) return DEFAULT_LANG;
  // Every string a widget draws asks: a page has one or two tags, so the answer is kept (until a pack changes).
  const hit = resolved.get(tag);
  if (hit !== undefined) return hit;
  const t = tag.trim().toLowerCase();
  const p = primary(t);
  const lang = packs.has(t) ? t : packs.has(p) || p in BUILT_IN ? p : DEFAULT_LANG;
  resolved.set(tag, lang);
  return lang;
}

/** True when `tag` names a language we can show (built in or registered). */
export function isKnownLang(tag: Lang | null | undefined): boolean {
  if (!tag) return false;
  const t = tag.trim().toLowerCase();
  return packs.has(t) || packs.has(primary(t)) || primary(t) in BUILT_IN;
}

/** Languages available now: `es`, `en` and every registered pack. */
export function availableLangs(): string[] {
  return [...new Set(['es', 'en', ...packs.keys()])];
}

function defined<T extends object>(o: T | undefined): Partial<T> {
  const out: Partial<T> = {};
  if (!o) return out;
  for (const [k, v] of Object.entries(o)) {
    if (v !== undefined && v !== null && v !== '') (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function build(pack: LocalePack, base: Translation): Translation {
  const glossary: Record<string, GlossaryEntry> = { ...base.glossary };
  for (const [id, entry] of Object.entries(pack.glossary ?? {})) {
    if (!entry) continue;
    const b = base.glossary[id];
    const term = entry.term || b?.term;
    const definition = entry.definition || b?.definition;
    if (term && definition) glossary[id] = { term, definition };
  }
  return {
    lang: pack.lang.toLowerCase(),
    name: pack.name || pack.lang,
    locale: pack.locale || base.locale,
    dir: pack.dir || base.dir,
    words: { ...base.words, ...defined(pack.words) },
    strings: { ...base.strings, ...(defined(pack.strings) as Partial<CoreStrings>) },
    glossary,
  };
}

/**
 * Registers (or replaces) a language pack at run time, with no rebuild:
 * `registerLocalePack({ lang: 'yua', name: 'maaya t’aan', strings: { showTable: '…' }, glossary: { paid: {…} } })`.
 * Elements showing that language re-render. Registering `es` or `en` overrides strings of the built-in language.
 */
export function registerLocalePack(pack: LocalePack): void {
  if (!pack || typeof pack.lang !== 'string' || !pack.lang.trim()) throw new TypeError('registerLocalePack: pack.lang is required');
  const lang = pack.lang.trim().toLowerCase();
  const previous = packs.get(lang);
  packs.set(
    lang,
    previous
      ? {
          ...previous,
          ...pack,
          strings: { ...previous.strings, ...pack.strings },
          glossary: { ...previous.glossary, ...pack.glossary },
          words: { ...previous.words, ...pack.words },
        }
      : { ...pack, lang },
  );
  cache.clear();
  resolved.clear();
  for (const l of [...listeners]) l();
}

/** Removes a registered pack (tests). */
export function unregisterLocalePack(lang: string): void {
  if (packs.delete(lang.trim().toLowerCase())) {
    cache.clear();
    resolved.clear();
    for (const l of [...listeners]) l();
  }
}

/** Calls `listener` whenever a pack is registered; returns the unsubscribe function. */
export function onLocalePacksChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The full translation of a language (resolved with `resolveLang`), with Spanish fallback. */
export function getTranslation(lang: Lang | null | undefined): Translation {
  const l = resolveLang(lang);
  const hit = cache.get(l);
  if (hit) return hit;
  const pack = packs.get(l);
  const builtIn = BUILT_IN[l];
  let t: Translation;
  if (builtIn) t = pack ? build(pack, builtIn) : builtIn;
  else if (pack) t = build(pack, packs.has('es') ? build(packs.get('es')!, es) : es);
  else t = es;
  cache.set(l, t);
  return t;
}

/** Applies a message to its arguments: functions are called, `{0}`… placeholders are replaced. */
export function applyMessage(message: Message, args: ReadonlyArray<unknown>): string {
  if (typeof message === 'function') return String(message(...args));
  if (!message.includes('{')) return message;
  return message.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/** A core UI string in `lang`, with its arguments applied: `translate('en', 'asOf', 'September 30, 2024')`. */
export function translate(lang: Lang | null | undefined, key: keyof CoreStrings, ...args: unknown[]): string {
  return applyMessage(getTranslation(lang).strings[key], args);
}

/** A glossary entry in `lang` (Spanish when the pack lacks it); undefined for an unknown id. */
export function glossaryEntry(lang: Lang | null | undefined, id: string): GlossaryEntry | undefined {
  return getTranslation(lang).glossary[id];
}

/** The Spanish table of every namespace declared so far with `defineMessages` (tables of one namespace are merged). */
const spanishTables = new Map<string, Readonly<Record<string, Message>>>();

/**
 * Every widget string declared so far, by namespace, in Spanish: what a locale pack can translate
 * as `'<namespace>.<key>'`. Only modules already imported have declared theirs.
 */
export function declaredMessages(): ReadonlyMap<string, Readonly<Record<string, Message>>> {
  return spanishTables;
}

/** A table of widget messages: one complete object per built-in language, the Spanish one defining the keys. */
export type MessageTable<T extends Record<string, Message>> = { es: T; en: { [K in keyof T]: Message } };

/**
 * Declares a widget's own strings under a namespace, so packs can translate them as
 * `strings: { 'card.approved': '…' }`. Returns `msg(lang, key, ...args)`, which looks up the
 * registered pack of `lang` (namespaced key), then the built-in language, then Spanish.
 *
 *   const msg = defineMessages('gauge', { es: { title: 'Indicadores' }, en: { title: 'Indicators' } });
 *   msg(lang, 'title');
 */
export function defineMessages<T extends Record<string, Message>>(
  namespace: string,
  table: MessageTable<T>,
): (lang: Lang | null | undefined, key: keyof T & string, ...args: unknown[]) => string {
  spanishTables.set(namespace, { ...spanishTables.get(namespace), ...table.es });
  return (lang, key, ...args) => {
    const l = resolveLang(lang);
    const fromPack = packs.get(l)?.strings?.[`${namespace}.${key}`];
    const builtIn = l === 'en' ? table.en[key] : undefined;
    const fromEsPack = packs.get('es')?.strings?.[`${namespace}.${key}`];
    const message = fromPack ?? builtIn ?? fromEsPack ?? table.es[key];
    return applyMessage(message as Message, args);
  };
}

/** "a, b o c" / "a, b or c" in the language. */
export function joinList(lang: Lang | null | undefined, items: string[], conj: 'or' | 'and' = 'or'): string {
  if (items.length <= 1) return items.join('');
  const word = translate(lang, conj);
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}
