/**
 * Types of the language layer. Pure: no DOM, no Lit.
 *
 * A language is a `Translation`: the Intl locale, number words, the core UI strings
 * and the glossary. Spanish (`es`, Mexican Spanish) is complete and is the fallback of
 * every other language, string by string. English (`en`) is complete too. A page can add
 * another language at run time with `registerLocalePack()` (see localize.ts / registry.ts).
 */

/** A language tag as written on the page (`es`, `es-MX`, `en`, `yua`…). Resolved to a known language by `resolveLang`. */
export type Lang = string;

/**
 * One message: a plain string with `{0}`, `{1}`… placeholders, or a function of its
 * arguments (for plurals). Packs registered at run time may use either form.
 */
// `any[]`, not `unknown[]`: a message function declares its own argument types ((n: number) => string), and
// those are not assignable to (...args: unknown[]) => string.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);

export interface GlossaryEntry {
  /** The term as a reader sees it ("Devengado"). */
  term: string;
  /** At most 35 plain words. */
  definition: string;
}

/** Ids of the glossary terms (glossary.ts). Packs may add more ids. */
export type GlossaryId =
  | 'approved'
  | 'modified'
  | 'committed'
  | 'accrued'
  | 'exercised'
  | 'paid'
  | 'ministered'
  | 'program'
  | 'ramo'
  | 'unit'
  | 'modality'
  | 'mir'
  | 'fin'
  | 'purpose'
  | 'component'
  | 'activity'
  | 'target'
  | 'baseline'
  | 'progress'
  | 'traffic-light'
  | 'strategic'
  | 'management'
  | 'gender-annex'
  | 'sdg'
  | 'potential-population'
  | 'target-population'
  | 'served-population'
  | 'chapter'
  | 'pef'
  | 'cuenta-publica'
  | 'execution-rate'
  | 'planning'
  | 'programming'
  | 'budgeting'
  | 'exercise-control'
  | 'monitoring'
  | 'evaluation'
  | 'accountability'
  | (string & {});

/** How amounts are written in words. */
export interface NumberWords {
  /** Word after a number of millions: "millones" / "million". */
  million: string;
  /** Word for 10⁹: "mil millones" / "billion". */
  thousandMillion: string;
  /** Word for 10¹²: "billones" (correct Spanish for 10¹²) / "trillion". */
  trillion: string;
  /**
   * `millions`: amounts ≥ 1 million are written in millions with one decimal, as SHCP and the
   * Cuenta Pública publish them ("$339,341.4 millones"); `short`: million / billion / trillion
   * ("MXN 339.3 billion").
   */
  scale: 'millions' | 'short';
  /** `symbol` → "$339.3", `code` → "MXN 339.3". */
  currency: 'symbol' | 'code';
}

/** The UI strings every widget shares. Widget-specific strings live in `defineMessages()` tables. */
export interface CoreStrings {
  notAvailable: string;
  notReported: string;
  /** {0}: formatted date. */
  asOf: Message;
  /** When the cut-off date is missing or unreadable. */
  asOfUnknown: string;
  loading: string;
  empty: string;
  errorTitle: string;
  /** {0}: formatted date. */
  staleNotice: Message;
  showTable: string;
  hideTable: string;
  /** {0}: publisher name. */
  sourcePublisher: Message;
  sources: string;
  /** {0}: count of further sources; {1}: their common publisher, or '' when they differ. */
  sourcesMore: Message;
  /** {0}: count of sources; the disclosure that lists them all. */
  sourcesAll: Message;
  /** Shown instead of a source title that is only a file name. */
  sourceDataFile: string;
  license: string;
  /** {0}: count. */
  dataNotes: Message;
  dataNotesNone: string;
  downloadCsv: string;
  downloadJson: string;
  copyEmbed: string;
  copied: string;
  copyFailed: string;
  embedCodeLabel: string;
  actions: string;
  whatIsThis: string;
  close: string;
  /** {0}: key, {1}: closest keys joined. */
  unknownProgram: Message;
  /** {0}: key. */
  /** The feed has no programs at all (a publisher's statement only): said instead of "not found" or "no data". */
  noPrograms: string;
  unknownProgramNoHint: Message;
  /** {0}: key, {1}: candidates joined. */
  ambiguousProgram: Message;
  noProgram: string;
  noSource: string;
  feedUnavailable: string;
  /** {0}: a problem's code. Said for a data problem when its wording could not be loaded (offline). */
  problemUnworded: Message;
  /** {0}: list items joined with the language's "or". */
  or: string;
  and: string;
}

export interface Translation {
  /** Short tag: `es`, `en`, `yua`. */
  lang: string;
  /** Name of the language in itself ("español"). */
  name: string;
  /** BCP 47 locale for Intl ("es-MX", "en-US"). */
  locale: string;
  dir: 'ltr' | 'rtl';
  words: NumberWords;
  strings: CoreStrings;
  glossary: Record<string, GlossaryEntry>;
}

/**
 * A language pack registered at run time. Every field but `lang` is optional; anything
 * missing falls back to Spanish, one string at a time.
 *
 * `strings` holds core keys (`loading`, `showTable`…) and namespaced widget keys
 * (`card.approved`, `gauge.title`…): see `defineMessages()`.
 */
export interface LocalePack {
  lang: string;
  name?: string;
  /** Intl locale for numbers and dates; default `es-MX` (the fallback language's). */
  locale?: string;
  dir?: 'ltr' | 'rtl';
  words?: Partial<NumberWords>;
  strings?: Partial<CoreStrings> & Record<string, Message | undefined>;
  glossary?: Record<string, Partial<GlossaryEntry> | undefined>;
}
