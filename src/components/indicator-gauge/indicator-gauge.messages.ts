/**
 * Words of <tp-indicator-gauge>, es and en: labels, light words, directions and notices, the
 * spoken value of a gauge (`aria-valuetext`), one plain sentence per indicator, the program
 * summary and the meaning of the thresholds. Pure: no DOM, no Lit. Numbers go through
 * i18n/format.ts and reach the messages already formatted.
 *
 * Every sentence is in one `defineMessages('gauge', …)` table, so a locale pack can translate it
 * key by key, as `strings: { 'gauge.light.red': '…' }`. Units and frequencies ("Porcentaje",
 * "Anual") are the source's words and are shown as given.
 */
import { defineMessages, glossaryEntry, joinList } from '../../i18n/registry.js';
import type { Direction, IndicatorView, Light, ProgramIndicatorsView, ThresholdRule } from './indicator-gauge.model.js';
import type { MirLevel } from '../../feed/types.js';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/types.js';

/** `one` when n is 1, else `many`. */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const gaugeMsg = defineMessages('gauge', {
  es: {
    title: 'Indicadores de resultados',
    titleOne: 'Indicador de resultados',
    'light.green': 'en verde',
    'light.yellow': 'en amarillo',
    'light.red': 'en rojo',
    'lightMeaning.green': 'va bien',
    'lightMeaning.yellow': 'requiere atención',
    'lightMeaning.red': 'va mal',
    'direction.ascending': 'Ascendente: más es mejor',
    'direction.descending': 'Descendente: menos es mejor',
    'direction.regular': 'Regular: lo mejor es acercarse a la meta',
    noResult: 'sin avance reportado',
    noTarget: 'sin meta',
    noData: 'sin meta ni avance reportados',
    strategic: 'Indicadores estratégicos',
    kind: 'Tipo',
    'kind.strategic': 'Estratégico',
    'kind.management': 'De gestión',
    management: 'Indicadores de gestión',
    /** {0}: count */
    showManagement: (n: number) => `Mostrar ${plural(n, 'el indicador', `los ${n} indicadores`)} de gestión`,
    hideManagement: (n: number) => `Ocultar ${plural(n, 'el indicador', `los ${n} indicadores`)} de gestión`,
    noStrategic: 'Este programa no tiene indicadores estratégicos en estos datos.',
    target: 'Meta',
    achieved: 'Alcanzado',
    lastValue: 'Último valor reportado',
    percentOfTarget: 'de la meta',
    baseline: 'Línea base',
    unit: 'Unidad de medida',
    frequency: 'Frecuencia',
    method: 'Método de cálculo',
    numerator: 'Numerador',
    denominator: 'Denominador',
    direction: 'Sentido',
    dimension: 'Dimensión',
    'dimension.efficacy': 'Eficacia',
    'dimension.efficiency': 'Eficiencia',
    'dimension.quality': 'Calidad',
    'dimension.economy': 'Economía',
    thresholds: 'Semáforo',
    history: 'Valores de años anteriores',
    year: 'Año',
    value: 'Valor',
    level: 'Nivel',
    indicator: 'Indicador',
    light: 'Semáforo',
    percent: '% de la meta',
    notFound: (id: string) => `No hay un indicador con la clave ${id} en estos datos.`,
    badThresholds: (v: string) =>
      `El atributo thresholds="${v}" no se entiende; se esperaban dos números, verde y rojo, como "90,70". Se usan los umbrales por omisión.`,
    /** {0}: year */
    valueOfYear: (y: number) => `valor de ${y}`,
    noPercent: 'Como la meta es 0 o menos, no hay porcentaje: se comparan los dos valores.',
    /** A bare percentage with its sign: "30 %". */
    pctValue: (p: string) => `${p} %`,
    /** "32 de 32". */
    fraction: (numerator: string, denominator: string) => `${numerator} de ${denominator}`,
    /** The spoken value of a gauge, before the light. */
    valueText: (pct: string) => `${pct} de 100 por ciento de la meta`,
    lightBadge: (label: string) => `Semáforo ${label}`,
    details: 'Detalles',
    terms: 'Términos',
    /** The result, one short sentence: "Se logró 95." / "En 2021 se logró 30." (the latest value reported). */
    'result.achieved': (value: string) => `Se logró ${value}.`,
    'result.history': (year: number, value: string) => `En ${year} se logró ${value}.`,
    /** target: "100 (Porcentaje)". */
    'sentence.target': (target: string) => `La meta es ${target}.`,
    /** result: a `result.*` sentence; pct: bare number; light: a `lightLabel`. */
    'sentence.measured': (target: string, result: string, pct: string, light: string) =>
      `${target} ${result} Es el ${pct} % de la meta. Semáforo ${light}.`,
    'sentence.direct': (target: string, result: string, noPercent: string, light: string) =>
      `${target} ${result} ${noPercent} Semáforo ${light}.`,
    'sentence.noResult': (target: string) => `${target} Aún no hay datos de avance.`,
    /** result: a `result.*` sentence, with the unit. */
    'sentence.noTarget': (result: string) => `${result} Estos datos no tienen su meta.`,
    'sentence.noData': 'Estos datos no tienen su meta ni su avance.',
    'caption.measured': (pct: string) => `${pct} % de la meta`,
    'caption.direct': (target: string) => `meta de ${target}: sin porcentaje`,
    /** Percentages come formatted with `pctValue`. */
    'thresholds.ascending': (green: string, red: string) => `Verde desde ${green} de la meta; rojo por debajo de ${red}`,
    'thresholds.descending': (green: string, red: string) => `Verde hasta ${green} de la meta; rojo por encima de ${red}`,
    'thresholds.regular': (greenLow: string, greenHigh: string, redLow: string, redHigh: string) =>
      `Verde entre ${greenLow} y ${greenHigh} de la meta; rojo por debajo de ${redLow} o por encima de ${redHigh}`,
    'thresholds.yellow': '; amarillo en medio',
    'thresholdSource.indicator': 'umbrales del indicador',
    'thresholdSource.attribute': 'umbrales de esta página',
    'thresholdSource.default': 'umbrales por omisión',
    /** The empty state (no title on screen, so it names the program). */
    'summary.none': (key: string) => `Estos datos no tienen metas del programa ${key}.`,
    /** The program summary calls each indicator a "meta"; kinds and levels stay in the details. */
    'summary.total': (total: number) => `Este programa tiene ${total} ${plural(total, 'meta', 'metas')}.`,
    /** How goals stand, by light or missing data; n is the count. */
    'state.green': (n: number) => plural(n, 'va bien', 'van bien'),
    'state.yellow': (n: number) => plural(n, 'pide atención', 'piden atención'),
    'state.red': (n: number) => plural(n, 'va mal', 'van mal'),
    'state.noResult': (n: number) => plural(n, 'aún no tiene datos', 'aún no tienen datos'),
    'state.other': (n: number) => plural(n, 'no tiene cifra fijada', 'no tienen cifra fijada'),
    /** list: "14 van bien, 7 necesitan atención y 1 aún no tiene datos". */
    'summary.list': (list: string) => `${list}.`,
    /** Every goal in the same state, in one sentence: "Sus 17 metas van bien." */
    'summary.all': (n: number, state: string) => `Sus ${n} metas ${state}.`,
    /** The only goal: "Su única meta va bien." */
    'summary.one': (state: string) => `Su única meta ${state}.`,
    historyTarget: (target: string) => `Meta: ${target}.`,
  },
  en: {
    title: 'Results indicators',
    titleOne: 'Results indicator',
    'light.green': 'green',
    'light.yellow': 'yellow',
    'light.red': 'red',
    'lightMeaning.green': 'on track',
    'lightMeaning.yellow': 'needs attention',
    'lightMeaning.red': 'off track',
    'direction.ascending': 'Ascending: more is better',
    'direction.descending': 'Descending: less is better',
    'direction.regular': 'Regular: closest to the target is best',
    noResult: 'no progress reported',
    noTarget: 'no target',
    noData: 'no target or progress reported',
    strategic: 'Strategic indicators',
    kind: 'Type',
    'kind.strategic': 'Strategic',
    'kind.management': 'Management',
    management: 'Management indicators',
    showManagement: (n: number) => `Show ${plural(n, 'the management indicator', `the ${n} management indicators`)}`,
    hideManagement: (n: number) => `Hide ${plural(n, 'the management indicator', `the ${n} management indicators`)}`,
    noStrategic: 'This program has no strategic indicators in this data.',
    target: 'Target',
    achieved: 'Achieved',
    lastValue: 'Latest reported value',
    percentOfTarget: 'of the target',
    baseline: 'Baseline',
    unit: 'Unit of measure',
    frequency: 'Frequency',
    method: 'Method of calculation',
    numerator: 'Numerator',
    denominator: 'Denominator',
    direction: 'Direction',
    dimension: 'Dimension',
    'dimension.efficacy': 'Efficacy',
    'dimension.efficiency': 'Efficiency',
    'dimension.quality': 'Quality',
    'dimension.economy': 'Economy',
    thresholds: 'Traffic light',
    history: 'Values in past years',
    year: 'Year',
    value: 'Value',
    level: 'Level',
    indicator: 'Indicator',
    light: 'Traffic light',
    percent: '% of target',
    notFound: (id: string) => `There is no indicator with key ${id} in this data.`,
    badThresholds: (v: string) =>
      `The attribute thresholds="${v}" is not understood; two numbers, green and red, were expected, such as "90,70". The default thresholds are used.`,
    valueOfYear: (y: number) => `value of ${y}`,
    noPercent: 'As the target is 0 or less, there is no percentage: the two values are compared.',
    pctValue: (p: string) => `${p}%`,
    fraction: (numerator: string, denominator: string) => `${numerator} of ${denominator}`,
    valueText: (pct: string) => `${pct} of 100 percent of the target`,
    lightBadge: (label: string) => `Traffic light ${label}`,
    details: 'Details',
    terms: 'Terms',
    'result.achieved': (value: string) => `It reached ${value}.`,
    'result.history': (year: number, value: string) => `In ${year} it reached ${value}.`,
    'sentence.target': (target: string) => `The target is ${target}.`,
    'sentence.measured': (target: string, result: string, pct: string, light: string) =>
      `${target} ${result} That is ${pct}% of the target. The light is ${light}.`,
    'sentence.direct': (target: string, result: string, noPercent: string, light: string) =>
      `${target} ${result} ${noPercent} The light is ${light}.`,
    'sentence.noResult': (target: string) => `${target} There is no data on its progress yet.`,
    'sentence.noTarget': (result: string) => `${result} This data has no target for it.`,
    'sentence.noData': 'This data has no target or progress for it.',
    'caption.measured': (pct: string) => `${pct}% of the target`,
    'caption.direct': (target: string) => `target of ${target}: no percentage`,
    'thresholds.ascending': (green: string, red: string) => `Green from ${green} of the target; red below ${red}`,
    'thresholds.descending': (green: string, red: string) => `Green up to ${green} of the target; red above ${red}`,
    'thresholds.regular': (greenLow: string, greenHigh: string, redLow: string, redHigh: string) =>
      `Green between ${greenLow} and ${greenHigh} of the target; red below ${redLow} or above ${redHigh}`,
    'thresholds.yellow': '; yellow in between',
    'thresholdSource.indicator': "the indicator's own thresholds",
    'thresholdSource.attribute': "this page's thresholds",
    'thresholdSource.default': 'default thresholds',
    'summary.none': (key: string) => `This data has no goals for program ${key}.`,
    'summary.total': (total: number) => `This program has ${total} ${plural(total, 'goal', 'goals')}.`,
    'state.green': (n: number) => plural(n, 'is on track', 'are on track'),
    'state.yellow': (n: number) => plural(n, 'needs attention', 'need attention'),
    'state.red': (n: number) => plural(n, 'is off track', 'are off track'),
    'state.noResult': (n: number) => plural(n, 'has no data yet', 'have no data yet'),
    'state.other': (n: number) => plural(n, 'has no target set', 'have no target set'),
    'summary.list': (list: string) => `${list}.`,
    'summary.all': (n: number, state: string) => (n === 2 ? `Both of its goals ${state}.` : `All ${n} of its goals ${state}.`),
    'summary.one': (state: string) => `Its only goal ${state}.`,
    historyTarget: (target: string) => `Target: ${target}.`,
  },
});

const num = (v: number, lang: Lang) => formatNumber(v, lang, 2);
/**
 * A percentage of target as a bare number ("30", "152.5"), truncated to a tenth so that 99.96 is
 * "99.9", never "100" (a target looks met when it was not).
 */
const pct = (v: number, lang: Lang) => formatNumber(Math.trunc(Math.round(v * 1e7) / 1e6) / 10, lang, 1);

/** "en rojo" / "red". */
export function lightWord(light: Light, lang: Lang | null | undefined): string {
  return gaugeMsg(lang, `light.${light}`);
}

/**
 * A light's name and its meaning: "en rojo: va mal" / "red: off track". `name` replaces the light
 * word when a widget names the light its own way (the program card: "Semáforo rojo: va mal").
 */
export function lightLabel(light: Light, lang: Lang | null | undefined, name: string = lightWord(light, lang)): string {
  return `${name}: ${gaugeMsg(lang, `lightMeaning.${light}`)}`;
}

export function directionLabel(direction: Direction, lang: Lang): string {
  return gaugeMsg(lang, `direction.${direction}`);
}

/** The glossary term of a MIR level ("Propósito"), and its plain meaning. */
export function levelTerm(level: MirLevel, lang: Lang): { term: string; definition: string } {
  const e = glossaryEntry(lang, level);
  return { term: e?.term ?? level, definition: e?.definition ?? '' };
}

/** "32 de 32" / "32 of 32", or '' without both. */
export function fraction(v: Pick<IndicatorView, 'numerator' | 'denominator'>, lang: Lang): string {
  if (v.numerator === undefined || v.denominator === undefined) return '';
  return gaugeMsg(lang, 'fraction', num(v.numerator, lang), num(v.denominator, lang));
}

/**
 * The spoken value of a gauge (`aria-valuetext`), for indicators with a percentage:
 * "30 de 100 por ciento de la meta; en rojo" / "30 of 100 percent of the target; red".
 * A value taken from history says its year: "… (valor de 2021); en rojo".
 */
export function gaugeValueText(v: IndicatorView, lang: Lang): string {
  if (v.status === 'measured' && v.meter && v.light) {
    const year = v.result?.source === 'history' && v.result.year !== undefined ? ` (${gaugeMsg(lang, 'valueOfYear', v.result.year)})` : '';
    return `${gaugeMsg(lang, 'valueText', pct(v.percent ?? v.meter.now, lang))}${year}; ${lightWord(v.light, lang)}`;
  }
  return indicatorSentence(v, lang);
}

/**
 * One indicator in short sentences: the target, the result, the share of the target, the light.
 * Never says 0 % for a missing result.
 */
export function indicatorSentence(v: IndicatorView, lang: Lang): string {
  const unit = v.unit ? ` (${v.unit})` : '';
  // The target's numerator and denominator ("32 de 32") are in the facts, under the sentence.
  const target = v.target !== undefined ? gaugeMsg(lang, 'sentence.target', `${num(v.target, lang)}${unit}`) : '';
  const r = v.result;
  const result = (value: string) =>
    r?.source === 'history' && r.year !== undefined
      ? gaugeMsg(lang, 'result.history', r.year, value)
      : gaugeMsg(lang, 'result.achieved', value);
  switch (v.status) {
    case 'measured':
      return gaugeMsg(lang, 'sentence.measured', target, result(num(r!.value, lang)), pct(v.percent!, lang), lightLabel(v.light!, lang));
    case 'direct':
      return gaugeMsg(
        lang,
        'sentence.direct',
        target,
        result(num(r!.value, lang)),
        gaugeMsg(lang, 'noPercent'),
        lightLabel(v.light!, lang),
      );
    case 'no-result':
      return gaugeMsg(lang, 'sentence.noResult', target);
    case 'no-target':
      return gaugeMsg(lang, 'sentence.noTarget', result(`${num(r!.value, lang)}${unit}`));
    default:
      return gaugeMsg(lang, 'sentence.noData');
  }
}

/** The short status under a gauge: "30 % de la meta", "sin avance reportado", "meta de 0". */
export function gaugeCaption(v: IndicatorView, lang: Lang): string {
  switch (v.status) {
    case 'measured':
      return gaugeMsg(lang, 'caption.measured', pct(v.percent!, lang));
    case 'direct':
      return gaugeMsg(lang, 'caption.direct', num(v.target!, lang));
    case 'no-result':
      return gaugeMsg(lang, 'noResult');
    case 'no-target':
      return gaugeMsg(lang, 'noTarget');
    default:
      return gaugeMsg(lang, 'noData');
  }
}

/**
 * What the thresholds mean for this direction, in percent of the target:
 * "Verde desde 90 % de la meta; rojo por debajo de 80 % (umbrales por omisión)".
 */
export function thresholdsSentence(rule: ThresholdRule, direction: Direction, lang: Lang): string {
  const g = rule.greenTolerance;
  const r = rule.redTolerance;
  const p = (x: number) => gaugeMsg(lang, 'pctValue', pct(x, lang));
  const text =
    direction === 'descending'
      ? gaugeMsg(lang, 'thresholds.descending', p(100 + g), p(100 + r))
      : direction === 'regular'
        ? gaugeMsg(lang, 'thresholds.regular', p(100 - g), p(100 + g), p(100 - r), p(100 + r))
        : gaugeMsg(lang, 'thresholds.ascending', p(100 - g), p(100 - r));
  const yellow = r > g ? gaugeMsg(lang, 'thresholds.yellow') : '';
  return `${text}${yellow} (${gaugeMsg(lang, `thresholdSource.${rule.source}`)}).`;
}

/** "Línea base: 87.82 (2020)" value part: "87.82 (2020)". */
export function baselineText(v: IndicatorView, lang: Lang): string {
  if (!v.baseline) return '';
  return v.baseline.year !== undefined ? `${num(v.baseline.value, lang)} (${v.baseline.year})` : num(v.baseline.value, lang);
}

const STATES = ['green', 'yellow', 'red', 'noResult', 'other'] as const;

/**
 * The program summary, one idea per sentence: how many goals (indicators), then how they stand:
 * "Este programa tiene 22 metas. 14 van bien, 7 necesitan atención y 1 aún no tiene datos."
 * Kinds (strategic, management) and levels are in the details and the glossary.
 */
export function programIndicatorsSummary(v: ProgramIndicatorsView, lang: Lang): string {
  if (v.total === 0) return gaugeMsg(lang, 'summary.none', v.programKey);
  const c = v.counts;
  const present = STATES.filter((k) => c[k] > 0);
  if (present.length === 1) {
    const state = gaugeMsg(lang, `state.${present[0]!}`, v.total);
    return v.total === 1 ? gaugeMsg(lang, 'summary.one', state) : gaugeMsg(lang, 'summary.all', v.total, state);
  }
  const list = joinList(
    lang,
    present.map((k) => `${c[k]} ${gaugeMsg(lang, `state.${k}`, c[k])}`),
    'and',
  );
  return `${gaugeMsg(lang, 'summary.total', v.total)} ${gaugeMsg(lang, 'summary.list', list)}`;
}

/** The history in words: "2019: 100; 2020: 100; 2021: 30." */
export function historySentence(v: IndicatorView, lang: Lang): string {
  if (v.history.length === 0) return '';
  const items = v.history.map((h) => `${h.year}: ${num(h.value, lang)}`).join('; ');
  const target = v.target !== undefined ? ` ${gaugeMsg(lang, 'historyTarget', num(v.target, lang))}` : '';
  return `${gaugeMsg(lang, 'history')}: ${items}.${target}`;
}
