/**
 * UI strings of <tp-indicator-gauge> (labels, light words, directions, notices), es and en. Pure.
 * They live in one `defineMessages('gauge', …)` table, so a locale pack can translate them
 * as `strings: { 'gauge.light.red': '…' }`.
 */
import { defineMessages, glossaryEntry } from '../../i18n/registry.js';
import type { Direction, IndicatorView, Light, ProgramIndicatorsView, ThresholdRule } from './indicator-gauge.model.js';
import type { MirLevel } from '../../feed/types.js';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/types.js';

/** `one` when n is 1, else `many`. */
export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

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
    noPercent: 'Con una meta de cero o menor no se calcula un porcentaje; se comparan los valores.',
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
    noPercent: 'With a target of zero or less no percentage is computed; the values are compared.',
  },
});


// ---------------------------------------------------------------------------
/**
 * Words for MIR indicators, in Spanish (es-MX) and English: the spoken value of a gauge
 * (`aria-valuetext`), one plain sentence per indicator, the program summary and the meaning of the
 * thresholds. Pure: no DOM, no Lit. Numbers go through i18n/format.ts.
 *
 * Units and frequencies ("Porcentaje", "Anual") are the source's words and are shown as given.
 * The UI strings are in indicator-messages.ts (`gaugeMsg`).
 */


const num = (v: number, lang: Lang) => formatNumber(v, lang, 2);
/** A percentage of target as a bare number ("30", "152.5"). */
const pct = (v: number, lang: Lang) => formatNumber(v, lang, 1);

/** "en rojo" / "red". */
export function lightWord(light: Light, lang: Lang): string {
  return gaugeMsg(lang, `light.${light}`);
}

/** "en rojo: va mal" / "red: off track". */
export function lightLabel(light: Light, lang: Lang): string {
  return `${gaugeMsg(lang, `light.${light}`)}: ${gaugeMsg(lang, `lightMeaning.${light}`)}`;
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
  return lang.startsWith('en')
    ? `${num(v.numerator, lang)} of ${num(v.denominator, lang)}`
    : `${num(v.numerator, lang)} de ${num(v.denominator, lang)}`;
}

/**
 * The spoken value of a gauge (`aria-valuetext`), for indicators with a percentage:
 * "30 de 100 por ciento de la meta; en rojo" / "30 of 100 percent of the target; red".
 * A value taken from history says its year: "… (valor de 2021); en rojo".
 */
export function gaugeValueText(v: IndicatorView, lang: Lang): string {
  const en = lang.startsWith('en');
  if (v.status === 'measured' && v.meter && v.light) {
    const year = v.result?.source === 'history' && v.result.year !== undefined ? ` (${gaugeMsg(lang, 'valueOfYear', v.result.year)})` : '';
    const head = en
      ? `${pct(v.meter.now, lang)} of 100 percent of the target`
      : `${pct(v.meter.now, lang)} de 100 por ciento de la meta`;
    return `${head}${year}; ${lightWord(v.light, lang)}`;
  }
  return indicatorSentence(v, lang);
}

/** One plain sentence (or two) about an indicator. Never says 0 % for a missing result. */
export function indicatorSentence(v: IndicatorView, lang: Lang): string {
  const en = lang.startsWith('en');
  const unit = v.unit ? ` (${v.unit})` : '';
  const target = v.target !== undefined ? num(v.target, lang) : '';
  const frac = fraction(v, lang);
  const targetText = frac ? `${target}${unit}, ${frac}` : `${target}${unit}`;
  const r = v.result;
  const resultText = (value: string) =>
    r?.source === 'history' && r.year !== undefined
      ? en
        ? `The latest reported value, for ${r.year}, was ${value}`
        : `El último valor reportado, de ${r.year}, fue ${value}`
      : en
        ? `Achieved ${value}`
        : `Se alcanzó ${value}`;
  switch (v.status) {
    case 'measured': {
      const light = lightLabel(v.light!, lang);
      return en
        ? `${resultText(num(r!.value, lang))} against a target of ${targetText}: ${pct(v.percent!, lang)}% of the target. Traffic light ${light}.`
        : `${resultText(num(r!.value, lang))} frente a una meta de ${targetText}: ${pct(v.percent!, lang)} % de la meta. Semáforo ${light}.`;
    }
    case 'direct': {
      const light = lightLabel(v.light!, lang);
      return en
        ? `${resultText(num(r!.value, lang))} against a target of ${targetText}. ${gaugeMsg(lang, 'noPercent')} Traffic light ${light}.`
        : `${resultText(num(r!.value, lang))} frente a una meta de ${targetText}. ${gaugeMsg(lang, 'noPercent')} Semáforo ${light}.`;
    }
    case 'no-result':
      return en ? `Target: ${targetText}. No progress reported.` : `Meta: ${targetText}. Sin avance reportado.`;
    case 'no-target':
      return en
        ? `${resultText(num(r!.value, lang))}${unit}. The indicator has no target in this data.`
        : `${resultText(num(r!.value, lang))}${unit}. El indicador no tiene meta en estos datos.`;
    default:
      return en ? 'No target or progress reported.' : 'Sin meta ni avance reportados.';
  }
}

/** The short status under a gauge: "30 % de la meta", "sin avance reportado", "meta de 0". */
export function gaugeCaption(v: IndicatorView, lang: Lang): string {
  const en = lang.startsWith('en');
  switch (v.status) {
    case 'measured':
      return en ? `${pct(v.percent!, lang)}% of the target` : `${pct(v.percent!, lang)} % de la meta`;
    case 'direct':
      return en ? `target of ${num(v.target!, lang)}: no percentage` : `meta de ${num(v.target!, lang)}: sin porcentaje`;
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
  const en = lang.startsWith('en');
  const g = rule.greenTolerance;
  const r = rule.redTolerance;
  const p = (x: number) => (en ? `${pct(x, lang)}%` : `${pct(x, lang)} %`);
  const source = en
    ? { indicator: "the indicator's own thresholds", attribute: "this page's thresholds", default: 'default thresholds' }[rule.source]
    : { indicator: 'umbrales del indicador', attribute: 'umbrales de esta página', default: 'umbrales por omisión' }[rule.source];
  let text: string;
  if (direction === 'descending') {
    text = en
      ? `Green up to ${p(100 + g)} of the target; red above ${p(100 + r)}`
      : `Verde hasta ${p(100 + g)} de la meta; rojo por encima de ${p(100 + r)}`;
  } else if (direction === 'regular') {
    text = en
      ? `Green between ${p(100 - g)} and ${p(100 + g)} of the target; red below ${p(100 - r)} or above ${p(100 + r)}`
      : `Verde entre ${p(100 - g)} y ${p(100 + g)} de la meta; rojo por debajo de ${p(100 - r)} o por encima de ${p(100 + r)}`;
  } else {
    text = en
      ? `Green from ${p(100 - g)} of the target; red below ${p(100 - r)}`
      : `Verde desde ${p(100 - g)} de la meta; rojo por debajo de ${p(100 - r)}`;
  }
  const yellow = r > g ? (en ? '; yellow in between' : '; amarillo en medio') : '';
  return `${text}${yellow} (${source}).`;
}

/** "Línea base: 87.82 (2020)" value part: "87.82 (2020)". */
export function baselineText(v: IndicatorView, lang: Lang): string {
  if (!v.baseline) return '';
  return v.baseline.year !== undefined ? `${num(v.baseline.value, lang)} (${v.baseline.year})` : num(v.baseline.value, lang);
}

/** The program summary: how many indicators, of which kinds, and how their lights stand. */
export function programIndicatorsSummary(v: ProgramIndicatorsView, lang: Lang): string {
  const en = lang.startsWith('en');
  if (v.total === 0) {
    return en
      ? `Program ${v.programKey} has no results indicators (MIR) in this data.`
      : `El programa ${v.programKey} no tiene indicadores de resultados (MIR) en estos datos.`;
  }
  const c = v.counts;
  const parts: string[] = [];
  if (en) {
    if (c.green) parts.push(`${c.green} green (on track)`);
    if (c.yellow) parts.push(`${c.yellow} yellow (needs attention)`);
    if (c.red) parts.push(`${c.red} red (off track)`);
    if (c.noResult) parts.push(`${c.noResult} with no progress reported`);
    if (c.other) parts.push(`${c.other} without a target`);
  } else {
    if (c.green) parts.push(`${c.green} en verde (va bien)`);
    if (c.yellow) parts.push(`${c.yellow} en amarillo (requiere atención)`);
    if (c.red) parts.push(`${c.red} en rojo (va mal)`);
    if (c.noResult) parts.push(`${c.noResult} sin avance reportado`);
    if (c.other) parts.push(`${c.other} sin meta`);
  }
  const list = joinAnd(parts, en);
  return en
    ? `Program ${v.programKey} has ${v.total} results ${plural(v.total, 'indicator', 'indicators')}: ${v.strategicCount} strategic and ${v.managementCount} management. ${cap(list)}.`
    : `El programa ${v.programKey} tiene ${v.total} ${plural(v.total, 'indicador', 'indicadores')} de resultados: ${v.strategicCount} ${plural(v.strategicCount, 'estratégico', 'estratégicos')} y ${v.managementCount} de gestión. ${cap(list)}.`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const joinAnd = (items: string[], en: boolean) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${en ? 'and' : 'y'} ${items[items.length - 1]}`;

/** The history in words: "2019: 100; 2020: 100; 2021: 30." */
export function historySentence(v: IndicatorView, lang: Lang): string {
  if (v.history.length === 0) return '';
  const items = v.history.map((h) => `${h.year}: ${num(h.value, lang)}`).join('; ');
  const target = v.target !== undefined ? (lang.startsWith('en') ? ` Target: ${num(v.target, lang)}.` : ` Meta: ${num(v.target, lang)}.`) : '';
  return `${gaugeMsg(lang, 'history')}: ${items}.${target}`;
}
