/**
 * Feed v1 as valibot schemas (CSP-safe: no eval). The same contract as schema/feed-v1.schema.json;
 * test/feed/schema-agreement.node.test.ts checks that both accept and reject the same fixtures.
 *
 * These schemas check ONE piece at a time (a header, one indicator, one link…): validate.ts walks the
 * feed and drops only the bad field or record. Amount maps are checked by validate.ts itself so that each
 * moment gets its own Problem.
 */
import * as v from 'valibot';
import { CONTACT_EMAIL, CONTACT_URL } from './contact.js';

/** Largest absolute amount that can still be summed to the cent in a double (MAX_SAFE_INTEGER / 100). */
export const MAX_AMOUNT = Number.MAX_SAFE_INTEGER / 100;
/** Keys that must never be copied: they could reach an object prototype. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
export const PERIOD = /^\d{4}(?:-(?:Q[1-4]|0[1-9]|1[0-2]))?$/;

/**
 * Only https:, http:, mailto: and relative URLs may become links. Control characters and leading
 * whitespace are refused because browsers strip them before reading the scheme ("java\tscript:").
 */
export const SAFE_URL =
  /^(?![\s\S]*[\u0000-\u001F\u007F])(?!\s)(?:(?:[hH][tT][tT][pP][sS]?|[mM][aA][iI][lL][tT][oO]):|(?![a-zA-Z][a-zA-Z0-9+.-]*:))/;

const str = v.string();
const nonEmpty = v.pipe(v.string(), v.regex(/\S/, 'non-empty-string'));
const finite = v.pipe(v.number(), v.finite());
const int = v.pipe(v.number(), v.integer());
const count = v.pipe(v.number(), v.finite(), v.minValue(0));
const date = v.pipe(v.string(), v.regex(ISO_DATE, 'iso-date'));
const url = v.pipe(v.string(), v.regex(SAFE_URL, 'safe-url'));
const opt = <T extends v.GenericSchema>(s: T) => v.optional(s);

/** One amount in pesos: a finite number within ±MAX_AMOUNT (negatives allowed, flagged as warnings). */
export const AmountSchema = v.pipe(v.number(), v.finite(), v.minValue(-MAX_AMOUNT), v.maxValue(MAX_AMOUNT));

export const IdNameSchema = v.object({ id: str, name: str });
export const ContactSchema = v.object({
  name: opt(str),
  email: opt(v.pipe(v.string(), v.regex(CONTACT_EMAIL, 'an e-mail address such as oficina@dependencia.gob.mx'))),
  url: opt(v.pipe(v.string(), v.regex(CONTACT_URL, 'an absolute https: or http: URL'))),
});
export const UnitSchema = v.object({ id: str, name: str, contact: opt(ContactSchema) });

export const PublisherSchema = v.object({ name: nonEmpty, url: opt(url), jurisdiction: str });
export const SourceSchema = v.object({
  title: str,
  publisher: opt(str),
  period: opt(str),
  url: opt(url),
  license: opt(str),
  retrieved: opt(date),
});
export const MomentsSchema = v.pipe(v.array(nonEmpty), v.minLength(1));
export const ScheduleSchema = v.object({
  frequency: str,
  lagDays: opt(v.pipe(v.number(), v.integer(), v.minValue(0))),
  nextDue: opt(date),
  description: opt(str),
});
export const AccountabilityDocSchema = v.object({ title: str, date: opt(date), url: opt(url), kind: opt(str) });
export const ShardSchema = v.object({ programs: v.pipe(v.string(), v.includes('{file}')) });

/** Feed-level fields other than `programs` (checked field by field). */
export const HeaderSchema = v.object({
  version: v.literal(1),
  publisher: PublisherSchema,
  cycle: v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200)),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'currency-code')),
  asOf: opt(date),
  label: opt(str),
  sources: v.array(SourceSchema),
  moments: MomentsSchema,
  schedule: opt(ScheduleSchema),
  accountability: opt(v.array(AccountabilityDocSchema)),
  shard: opt(ShardSchema),
});

// Rows that carry an amount map: `amounts` is checked moment by moment in validate.ts.
export const BreakdownRowSchema = v.object({ by: nonEmpty, id: str, name: str, parent: opt(str), section: opt(str), amounts: v.unknown() });
export const PeriodRowSchema = v.object({
  period: v.pipe(v.string(), v.regex(PERIOD, 'period')),
  amounts: v.unknown(),
  cumulative: opt(v.boolean()),
});
export const CrossCuttingSchema = v.object({
  annex: nonEmpty,
  category: opt(str),
  amounts: v.unknown(),
  rationale: opt(str),
  periods: opt(v.unknown()),
});

export const MIR_LEVEL = v.picklist(['fin', 'purpose', 'component', 'activity']);
export const IndicatorSchema = v.object({
  id: nonEmpty,
  name: str,
  level: MIR_LEVEL,
  type: opt(v.picklist(['strategic', 'management'])),
  dimension: opt(v.picklist(['efficacy', 'efficiency', 'quality', 'economy'])),
  definition: opt(str),
  method: opt(str),
  numerator: opt(finite),
  denominator: opt(finite),
  unit: str,
  frequency: str,
  direction: v.picklist(['ascending', 'descending', 'regular']),
  baseline: opt(v.object({ value: finite, year: opt(int) })),
  target: opt(finite),
  achieved: opt(finite),
  targets: opt(v.array(v.object({ period: str, value: finite }))),
  thresholds: opt(v.object({ green: finite, yellow: opt(finite), red: finite })),
  history: opt(v.array(v.object({ year: int, value: finite }))),
});

export const PopulationBySexSchema = v.object({
  women: opt(count),
  men: opt(count),
  unspecified: opt(count),
  total: opt(count),
  unit: opt(str),
  areas: opt(count),
});
export const PopulationSchema = v.object({
  potential: opt(PopulationBySexSchema),
  target: opt(PopulationBySexSchema),
  served: opt(PopulationBySexSchema),
});

export const SdgLinkSchema = v.object({
  goal: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(17)),
  target: opt(v.pipe(v.string(), v.regex(/^\d{1,2}\.[0-9a-z]{1,2}$/, 'sdg-target'))),
  contribution: v.picklist(['direct', 'indirect']),
});
export const LinkSchema = v.object({ title: str, url });

export const PlanAlignmentSchema = v.object({
  axis: opt(str),
  objective: opt(str),
  strategy: opt(str),
  sectoral: opt(str),
  sectoralObjective: opt(str),
  sectoralStrategy: opt(str),
  objectiveName: opt(str),
  strategyName: opt(str),
  sectoralObjectiveName: opt(str),
  sectoralStrategyName: opt(str),
  year: opt(int),
});
export const PlanSchema = v.object({ national: opt(PlanAlignmentSchema), state: opt(PlanAlignmentSchema) });

export const AsmSchema = v.object({
  id: opt(str),
  commitment: str,
  unit: opt(str),
  due: opt(date),
  status: opt(str),
  progress: opt(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100))),
  reported: opt(date),
  priority: opt(str),
});
export const EvaluationSchema = v.object({
  id: opt(str),
  year: int,
  type: str,
  evaluator: opt(str),
  programme: opt(str),
  finding: opt(str),
  url: opt(url),
  asm: opt(v.array(AsmSchema)),
  synthetic: opt(v.boolean()),
});
export const PerformanceSchema = v.object({ year: int, scale: str, value: opt(finite), level: opt(str), period: opt(str) });

/** Scalar program fields (identity and optional objects); arrays are checked element by element. */
export const ProgramScalarSchema = v.object({
  key: nonEmpty,
  name: str,
  ramo: opt(IdNameSchema),
  unit: opt(UnitSchema),
  modality: opt(IdNameSchema),
  objective: opt(str),
  contact: opt(ContactSchema),
  population: opt(PopulationSchema),
  plan: opt(PlanSchema),
  signals: opt(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

/** Program array fields and the schema of one element. */
export const PROGRAM_ARRAYS = {
  breakdown: BreakdownRowSchema,
  periods: PeriodRowSchema,
  indicators: IndicatorSchema,
  crossCutting: CrossCuttingSchema,
  sdg: SdgLinkSchema,
  links: LinkSchema,
  evaluations: EvaluationSchema,
  performance: PerformanceSchema,
} as const;
