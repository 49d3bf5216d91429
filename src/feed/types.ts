/**
 * Feed v1: the native open-data format of tp-widgets (DESIGN.md §4).
 *
 * Amounts are numbers in the feed's currency (pesos), never strings.
 * A moment that was not reported is ABSENT from `amounts`; it is never 0.
 * The same contract is published as JSON Schema in schema/feed-v1.schema.json.
 */
import type { ProblemCode } from './problem-messages.js';

/** The six moments of the Ley General de Contabilidad Gubernamental (art. 38), in order. */
export const STANDARD_MOMENTS = ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'] as const;

export type StandardMoment = (typeof STANDARD_MOMENTS)[number];
/** A moment name: one of the standard six or an extra one such as `ministered`. */
export type Moment = StandardMoment | 'ministered' | (string & {});

/** Amounts in pesos per moment. A missing key means "not reported". */
export type Amounts = Partial<Record<Moment, number>>;

export interface IdName {
  id: string;
  name: string;
}

/**
 * Where a reader can ask the office in charge about a program ("Pregunta a la dependencia").
 * Only an e-mail address (no "mailto:") and an absolute https:/http: page are kept; anything else is
 * dropped by validation and flagged.
 */
export interface Contact {
  /** Name of the office or the person, as published. */
  name?: string;
  /** E-mail address, e.g. "transparencia@bienestar.gob.mx". */
  email?: string;
  /** A page or form of the office (https: or http:). */
  url?: string;
}

/** The responsible unit (unidad responsable), with its contact when the feed has one. */
export interface Unit extends IdName {
  contact?: Contact;
}

export interface Publisher {
  name: string;
  url?: string;
  /** ISO 3166-2 code, e.g. "MX-ROO", or "MX" for the federation. */
  jurisdiction: string;
}

export interface Source {
  /** A plain title, e.g. "Cuenta Pública 2023" (never a file name). */
  title: string;
  /** Who published the dataset, e.g. "SHCP" or "CONEVAL". */
  publisher?: string;
  /** The period or cycle it covers, e.g. "2023". */
  period?: string;
  url?: string;
  license?: string;
  /** ISO date the file was retrieved. */
  retrieved?: string;
}

export type BreakdownBy = 'chapter' | 'unit' | 'entity' | 'item' | (string & {});

export interface BreakdownRow {
  by: BreakdownBy;
  /** The publisher's own key (CONAC keys such as `1100`, `2.5`, `E`, or a unit key `0401`). */
  id: string;
  name: string;
  /** `id` of the row one level up (a concept's chapter), when the statement has a hierarchy. */
  parent?: string;
  /** Part of the statement the row belongs to, e.g. LDF `I` (no etiquetado) / `II` (etiquetado). */
  section?: string;
  amounts: Amounts;
}

export interface PeriodRow {
  /** "2024-Q1" (quarter) or "2024-03" (month). */
  period: string;
  /** Amounts within the period (not cumulative), unless `cumulative` is true. */
  amounts: Amounts;
  cumulative?: boolean;
}

export type MirLevel = 'fin' | 'purpose' | 'component' | 'activity';
export const MIR_LEVELS: readonly MirLevel[] = ['fin', 'purpose', 'component', 'activity'];

export interface Thresholds {
  /** Percentage of target at or above which (ascending) the light is green. */
  green: number;
  /** Optional: SHCP's MIR export gives only green and red on most rows (yellow lies between them). */
  yellow?: number;
  red: number;
}

export interface Indicator {
  id: string;
  name: string;
  level: MirLevel;
  type?: 'strategic' | 'management';
  dimension?: 'efficacy' | 'efficiency' | 'quality' | 'economy';
  definition?: string;
  method?: string;
  /** Numerator and denominator of the annual target, when the MIR gives them. */
  numerator?: number;
  denominator?: number;
  unit: string;
  frequency: string;
  direction: 'ascending' | 'descending' | 'regular';
  baseline?: { value: number; year?: number };
  target?: number;
  achieved?: number;
  /** Monthly or periodic targets, e.g. { period: "2022-06", value: 50 }. */
  targets?: { period: string; value: number }[];
  thresholds?: Thresholds;
  history?: { year: number; value: number }[];
}

export interface PopulationBySex {
  women?: number;
  men?: number;
  unspecified?: number;
  total?: number;
  /** What is counted: "personas", "hogares", "escuelas"… */
  unit?: string;
  /** Count of areas of focus ("áreas de enfoque") when the population is not only people. */
  areas?: number;
}

export interface Population {
  potential?: PopulationBySex;
  target?: PopulationBySex;
  served?: PopulationBySex;
}

/** Known cross-cutting annexes; others are allowed. */
export type AnnexId = 'gender' | 'indigenous' | 'youth' | 'children' | 'climate' | (string & {});

export interface CrossCutting {
  annex: AnnexId;
  category?: string;
  amounts: Amounts;
  rationale?: string;
  periods?: PeriodRow[];
}

export interface SdgLink {
  /** 1..17 */
  goal: number;
  /** e.g. "5.2" */
  target?: string;
  contribution: 'direct' | 'indirect';
}

export interface Link {
  title: string;
  url: string;
}

export interface Program {
  /** Unique in its feed. Federal keys carry the ramo: "20-S176". */
  key: string;
  name: string;
  ramo?: IdName;
  unit?: Unit;
  modality?: IdName;
  objective?: string;
  /** The program's own contact; when absent, readers may use `unit.contact`. */
  contact?: Contact;
  amounts: Amounts;
  breakdown?: BreakdownRow[];
  periods?: PeriodRow[];
  indicators?: Indicator[];
  population?: Population;
  crossCutting?: CrossCutting[];
  sdg?: SdgLink[];
  links?: Link[];
  plan?: Plan;
  evaluations?: Evaluation[];
  performance?: PerformanceRating[];
  /**
   * Only in a shard index row (`tp-feed shard`): how many signals ("puntos a revisar") the full
   * program has, so lists can filter and sort a sharded feed without fetching every program.
   */
  signals?: number;
}

export interface Feed {
  version: 1;
  publisher: Publisher;
  cycle: number;
  currency: string;
  /** ISO date of the data cut-off. */
  asOf?: string;
  /** Free label such as "datos de ejemplo". */
  label?: string;
  sources: Source[];
  moments: Moment[];
  programs: Program[];
  schedule?: Schedule;
  accountability?: AccountabilityDoc[];
  /** The whole publisher's amounts per moment, as its statements' total rows state them. */
  totals?: Amounts;
  /** The publisher's statements by chapter, concept, item, unit, function, economic type, modality… */
  breakdowns?: BreakdownRow[];
  /** Present in a shard index: where each full program lives, e.g. "programs/{file}.json". */
  shard?: { programs: string };
}

/** A data problem's category: never a crash. */
export type ProblemKind =
  | 'not-json'
  | 'not-object'
  | 'bad-version'
  | 'no-programs'
  | 'invalid-field'
  | 'invalid-record'
  | 'non-finite'
  | 'negative-amount'
  | 'duplicate-key'
  | 'unknown-moment'
  | 'order'
  | 'unsafe-url'
  | 'unknown-layout'
  | 'encoding'
  | 'shifted-row'
  | 'ambiguous-key'
  | (string & {});

/** Flat parameters of a problem: figures, names, codes and the value found, as text or numbers. */
export type ProblemParams = Record<string, string | number>;

/**
 * A data problem: plain, JSON-serialisable data. Its words are not stored here: `problemMessage`
 * (developer text with the location) and `problemNote` (the reader's plain note) compose them from
 * the problem message table, in any language.
 */
export interface Problem {
  /** The category (several codes share one), e.g. "invalid-field". */
  kind: ProblemKind;
  /** Stable, one per distinct message, e.g. "amount-not-number". */
  code: ProblemCode;
  severity: 'fatal' | 'error' | 'warning' | 'note';
  /** Record position (0-based) and key, when the problem is in one program. */
  index?: number;
  key?: string;
  /** Field path, e.g. "programs[3].amounts.paid". */
  path?: string;
  /** File, line and column for adapters. */
  file?: string;
  line?: number;
  column?: string;
  /**
   * What the wording needs: `expected` (a code such as "number" or "iso-date"), `found` (the value
   * as short text), `foundType` ("string", "nothing", "null"…), moment ids (`moment`, `earlier`,
   * `later`), figures and names.
   */
  params?: ProblemParams;
}

export interface ValidatedFeed {
  feed: Feed;
  problems: Problem[];
}

// ---------------------------------------------------------------------------
// Budget-cycle parts of the model: plan alignment, evaluations and their ASM, performance ratings,
// the publication schedule and accountability documents.

/** Alignment to one development plan (PND national, PED state). */
export interface PlanAlignment {
  axis?: string;
  objective?: string;
  strategy?: string;
  sectoral?: string;
  /** Sectoral program objective. */
  sectoralObjective?: string;
  /** Strategy within the sectoral objective (PND 2019–2024: "estrategia prioritaria"). */
  sectoralStrategy?: string;
  /** Texts of the coded fields above, when the source gives them (objective/strategy hold codes). */
  objectiveName?: string;
  strategyName?: string;
  sectoralObjectiveName?: string;
  sectoralStrategyName?: string;
  year?: number;
}

export interface Plan {
  national?: PlanAlignment;
  state?: PlanAlignment;
}

export interface Asm {
  id?: string;
  commitment: string;
  unit?: string;
  /** ISO date. */
  due?: string;
  status?: 'pending' | 'in-progress' | 'attended' | 'cancelled' | (string & {});
  /** 0..100 */
  progress?: number;
  /** ISO date of the status report that gave `status`/`progress`. */
  reported?: string;
  /** Priority as published, e.g. "Alta", "Media", "Baja". */
  priority?: string;
}

export interface Evaluation {
  /** Identifier in the source, e.g. "20s176pccr17". */
  id?: string;
  year: number;
  type: string;
  evaluator?: string;
  /** PAE year, e.g. "PAE2017". */
  programme?: string;
  finding?: string;
  url?: string;
  asm?: Asm[];
  /**
   * True when this entry was made from ASM records whose evaluation is not in the feed: it holds
   * their commitments but is not itself a listed evaluation (don't count it as one).
   */
  synthetic?: boolean;
}

export interface PerformanceRating {
  year: number;
  /** Scale name, e.g. "MSD (1–5)" or "ISeD (0–1)". */
  scale: string;
  value?: number;
  level?: string;
  /** The period rated when it is not one year, e.g. "2019-2020". */
  period?: string;
}

export interface Schedule {
  /** e.g. "quarterly", "monthly", "yearly". */
  frequency: string;
  /** Days after the end of each period by which data is promised. */
  lagDays?: number;
  /** ISO date of the next promised update. */
  nextDue?: string;
  description?: string;
}

export interface AccountabilityDoc {
  title: string;
  /** ISO date of publication. */
  date?: string;
  url?: string;
  kind?: 'cuenta-publica' | 'quarterly-report' | (string & {});
}
