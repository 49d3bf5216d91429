/**
 * Readability of every widget's summary (the text each element renders in part="summary"), in
 * Spanish and English, over whole feeds: the sample feed and the real federal feed
 * ('cp2023-full', built in-process from ../shared/data exactly as scripts/make-test-feeds.ts
 * builds it). Issue 18, "the right to understand".
 *
 * - Spanish: Fernández-Huerta (src/i18n/readability.ts; a number counts as one word of three
 *   syllables). Median ≥ 75 and 10th percentile ≥ 65.
 * - English: Flesch Reading Ease from the `flesch` package, with syllables from `syllable`, over
 *   the same words and sentences (a number is one word of three syllables here too). Median ≥ 60
 *   and 10th percentile ≥ 50.
 *
 * One text per program (all its summary sentences, joined), for the programs the widget shows a
 * summary for. The table (widget × language × median / p10, both feeds) is printed in the output.
 * Widgets in NOT_YET_ENFORCED are measured and printed but not asserted, until their sentences are
 * rewritten; the thresholds themselves are never lowered. The enforced ones also keep budget jargon
 * (devengado, indicador estratégico, de gestión, MIR, ASM…) out of their summaries: those terms
 * live in the glossary and the details.
 *
 * READABILITY_SHOW=<widget id> prints that widget's lowest-scoring texts (for rewriting them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { flesch } from 'flesch';
import { syllable } from 'syllable';
import { fernandezHuerta, NUMBER_SYLLABLES, sentences, words } from '../../src/i18n/readability.js';
import { parseFeedText } from '../../src/feed/validate.js';
import { stringifyFeed } from '../../src/feed/serialize.js';
import type { Feed } from '../../src/feed/types.js';
import type { Lang } from '../../src/i18n/types.js';
import { buildNamedRealFeed, skipWithoutRealData } from '../fixtures/real-feeds.js';
import { cardView } from '../../src/components/program-card/program-card.model.js';
import { cardSummary } from '../../src/components/program-card/program-card.messages.js';
import { indicatorView, programIndicatorsView } from '../../src/components/indicator-gauge/indicator-gauge.model.js';
import { indicatorSentence, programIndicatorsSummary } from '../../src/components/indicator-gauge/indicator-gauge.messages.js';
import { programFlowView } from '../../src/components/spending-flow/spending-flow.model.js';
import { flowSummary } from '../../src/components/spending-flow/spending-flow.messages.js';
import { annexEntries, programAnnexView } from '../../src/components/gender-breakdown/gender-breakdown.model.js';
import { programAnnexSummary } from '../../src/components/gender-breakdown/gender-breakdown.messages.js';
import { programSdgView } from '../../src/components/sdg-alignment/sdg-alignment.model.js';
import { programSdgSummary } from '../../src/components/sdg-alignment/sdg-alignment.messages.js';
import { cycleView } from '../../src/components/budget-cycle/budget-cycle.model.js';
import { chainSentence } from '../../src/components/budget-cycle/budget-cycle.messages.js';
import { buildIndex, DEFAULT_QUERY, queryIndex } from '../../src/components/program-explorer/program-explorer.model.js';
import type { ExplorerQuery, RateBand } from '../../src/components/program-explorer/program-explorer.model.js';
import { countSentence, explorerMsg } from '../../src/components/program-explorer/program-explorer.messages.js';

// ---- Scores ---------------------------------------------------------------------------------

/** Flesch Reading Ease of an English text; the same words and sentences as the Spanish score. */
function fleschEnglish(text: string): number {
  const ws = words(text);
  if (!ws.length) return 0;
  const syl = ws.reduce((s, w) => s + (/\d/.test(w) ? NUMBER_SYLLABLES : Math.max(1, syllable(w))), 0);
  return flesch({ sentence: sentences(text), word: ws.length, syllable: syl });
}

const score = (text: string, lang: Lang) => (lang === 'es' ? fernandezHuerta(text).score : fleschEnglish(text));

const THRESHOLDS = {
  es: { median: 75, p10: 65 },
  en: { median: 60, p10: 50 },
} as const;

/** Median (mean of the two middle values for an even count). */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** 10th percentile, nearest rank: the ⌈n/10⌉-th lowest score (9 of 10 texts score at least this). */
function p10(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(s.length * 0.1) - 1)]!;
}

// ---- What each widget says ------------------------------------------------------------------

interface Widget {
  id: string;
  /** One text per program (or per state, for the explorer) that the widget shows a summary for. */
  texts(feed: Feed, lang: Lang): string[];
}

/** The budget cycle's overdue rule needs a today; a fixed one keeps the test repeatable. */
const TODAY = '2024-06-30';

const hasGender = (p: Feed['programs'][number]) => annexEntries(p, 'gender').length > 0;

/** The explorer's count sentence and empty state, for the views a reader reaches with one choice. */
function explorerTexts(feed: Feed, lang: Lang): string[] {
  const index = buildIndex(feed);
  const all = index.entries.length;
  const queries: Partial<ExplorerQuery>[] = [
    {},
    ...index.ramos.map((r) => ({ ramo: r.id })),
    ...index.modalities.map((m) => ({ modality: m.id })),
    ...index.goals.map((g) => ({ sdg: String(g) })),
    ...(index.genderCount ? [{ gender: true }] : []),
    ...(['none', 'lt50', '50-90', 'gte90'] as RateBand[]).map((band) => ({ band })),
  ];
  const out = queries.map((q) => {
    const query = { ...DEFAULT_QUERY, ...q };
    return countSentence(queryIndex(index, query, 20), all, query, lang);
  });
  // The empty state: the count sentence and its help line, as the element shows them.
  const none = { ...DEFAULT_QUERY, q: 'zzzzqx' };
  out.push(`${countSentence(queryIndex(index, none, 20), all, none, lang)} ${explorerMsg(lang, 'noMatchHelp')}`);
  return out;
}

const WIDGETS: Widget[] = [
  { id: 'program-card', texts: (f, l) => f.programs.map((p) => cardSummary(cardView(f, p), l)) },
  {
    id: 'indicator-gauge',
    // Program mode: programs with indicators (without, the element shows its empty state).
    texts: (f, l) =>
      f.programs
        .map((p) => programIndicatorsView(p))
        .filter((v) => v.total > 0)
        .map((v) => programIndicatorsSummary(v, l)),
  },
  {
    id: 'indicator-gauge (one indicator)',
    // Single mode (indicator="…"): one sentence per indicator.
    texts: (f, l) => f.programs.flatMap((p) => (p.indicators ?? []).map((i) => indicatorSentence(indicatorView(i), l))),
  },
  { id: 'spending-flow', texts: (f, l) => f.programs.map((p) => flowSummary(programFlowView(f, p), l).join(' ')) },
  {
    id: 'gender-breakdown',
    texts: (f, l) =>
      f.programs
        .filter(hasGender)
        .map((p) => programAnnexSummary(programAnnexView(f, p, 'gender'), l, { currency: f.currency || 'MXN' }).join(' ')),
  },
  {
    id: 'sdg-alignment',
    texts: (f, l) =>
      f.programs
        .map((p) => programSdgView(p))
        .filter((v) => v.goals.length > 0)
        .map((v) => programSdgSummary(v, l).join(' ')),
  },
  {
    id: 'budget-cycle',
    // As the element: a program the feed says nothing about (every phase but accountability missing) is its empty state.
    texts: (f, l) =>
      f.programs
        .map((p) => cycleView(f, p, { today: TODAY }))
        .filter((v) => !v.phases.every((ph) => ph.phase === 'accountability' || ph.status === 'missing'))
        .map((v) => chainSentence(v.chain, l)),
  },
  { id: 'program-explorer', texts: explorerTexts },
];

/**
 * Measured and printed, not yet asserted: their sentences are being rewritten (issue 18). Remove a
 * widget from this list when its rewrite lands; the lead enforces them one by one.
 */
const NOT_YET_ENFORCED: readonly string[] = [];

// ---- Measure, print, assert -----------------------------------------------------------------

interface Row {
  feed: string;
  widget: string;
  lang: Lang;
  n: number;
  median: number;
  p10: number;
  enforced: boolean;
  pass: boolean;
  worst: Array<{ score: number; text: string }>;
}

function measure(feedName: string, feed: Feed): Row[] {
  const rows: Row[] = [];
  for (const w of WIDGETS) {
    for (const lang of ['es', 'en'] as const) {
      const texts = w.texts(feed, lang);
      if (!texts.length) continue;
      const scores = texts.map((t) => score(t, lang));
      const m = median(scores);
      const p = p10(scores);
      const t = THRESHOLDS[lang];
      const worst = texts
        .map((text, i) => ({ score: scores[i]!, text }))
        .sort((a, b) => a.score - b.score)
        .filter((x, i, a) => i === 0 || x.text !== a[i - 1]!.text)
        .slice(0, 8);
      rows.push({
        feed: feedName,
        widget: w.id,
        lang,
        n: texts.length,
        median: m,
        p10: p,
        enforced: !NOT_YET_ENFORCED.includes(w.id),
        pass: m >= t.median && p >= t.p10,
        worst,
      });
    }
  }
  return rows;
}

function print(rows: Row[]): void {
  const pad = (s: string, n: number) => s.padEnd(n);
  const lines = [
    `readability (es: Fernández-Huerta, median ≥ ${THRESHOLDS.es.median}, p10 ≥ ${THRESHOLDS.es.p10}; en: Flesch, median ≥ ${THRESHOLDS.en.median}, p10 ≥ ${THRESHOLDS.en.p10})`,
    `${pad('feed', 12)}${pad('widget', 33)}${pad('lang', 5)}${pad('texts', 7)}${pad('median', 8)}${pad('p10', 7)}check`,
  ];
  for (const r of rows) {
    const check = r.enforced ? (r.pass ? 'pass' : 'FAIL') : `not yet enforced (${r.pass ? 'would pass' : 'below'})`;
    lines.push(
      `${pad(r.feed, 12)}${pad(r.widget, 33)}${pad(r.lang, 5)}${pad(String(r.n), 7)}${pad(r.median.toFixed(1), 8)}${pad(r.p10.toFixed(1), 7)}${check}`,
    );
  }
  console.log(lines.join('\n'));
  const show = process.env.READABILITY_SHOW;
  if (show) {
    for (const r of rows.filter((x) => x.widget === show)) {
      console.log(`\nlowest ${r.widget} ${r.lang} (${r.feed}):`);
      for (const x of r.worst) console.log(`  ${x.score.toFixed(1)}  ${x.text}`);
    }
  }
}

/**
 * Budget jargon that a rewritten summary leaves to the glossary and the details (issue 18). Source
 * words inside parentheses (an indicator's unit, as published) are not the widget's own words.
 */
const JARGON: Record<'es' | 'en', RegExp> = {
  es: /devengad|devengó|estratégic|de gestión|\bMIR\b|\bASM\b|indicadores? de resultados/i,
  en: /accrued|strategic|management|\bMIR\b|\bASM\b|results indicators?/i,
};
/**
 * The card and the gauge give shares as percentages cut to a tenth ("99.9%"), never "de cada 100 pesos".
 * The spending flow keeps "De cada 100 pesos…, 62 ya se pagaron" for its split of the whole budget, with
 * "menos de 1" and "casi 100" where a part would round to 0 or 100 (never a hidden remainder).
 */
const PER_100: Record<'es' | 'en', RegExp> = { es: /de cada 100 pesos/i, en: /of every 100 pesos/i };
const PERCENT_ONLY = new Set(['program-card', 'indicator-gauge', 'indicator-gauge (one indicator)']);

function checkJargon(feed: Feed): void {
  const found: string[] = [];
  for (const w of WIDGETS.filter((x) => !NOT_YET_ENFORCED.includes(x.id))) {
    for (const lang of ['es', 'en'] as const) {
      for (const t of w.texts(feed, lang)) {
        // The spending flow names the moments that are not reported ("lo devengado"); each is a glossary term.
        const own = t.replace(/\([^)]*\)/g, '').replace(w.id === 'spending-flow' ? /\blo devengado\b|\baccrued\b/gi : /$^/, '');
        if (JARGON[lang].test(own) || (PERCENT_ONLY.has(w.id) && PER_100[lang].test(own))) found.push(`${w.id} ${lang}: ${t}`);
      }
    }
  }
  assert.deepEqual(found.slice(0, 5), []);
}

function check(rows: Row[]): void {
  const failing = rows.filter((r) => r.enforced && !r.pass);
  assert.deepEqual(
    failing.map(
      (r) => `${r.feed} ${r.widget} ${r.lang}: median ${r.median.toFixed(1)}, p10 ${r.p10.toFixed(1)}; lowest: ${r.worst[0]?.text}`,
    ),
    [],
  );
}

/** Feeds as a widget reads them: serialized, then parsed and validated like the loader does. */
function asLoaded(feed: Feed): Feed {
  const r = parseFeedText(stringifyFeed(feed));
  assert.ok(r.ok, 'the feed loads');
  return r.feed;
}

test('every widget marked not yet enforced is measured', () => {
  const ids = WIDGETS.map((w) => w.id);
  for (const id of NOT_YET_ENFORCED) assert.ok(ids.includes(id), id);
});

test('readability of the summaries over the sample feed', () => {
  const r = parseFeedText(readFileSync(new URL('../../demo/data/sample-feed.json', import.meta.url), 'utf8'));
  assert.ok(r.ok);
  const rows = measure('sample', r.feed);
  print(rows);
  for (const id of ['program-card', 'indicator-gauge', 'spending-flow', 'budget-cycle', 'program-explorer']) {
    assert.ok(
      rows.some((x) => x.widget === id),
      `${id} has texts on the sample feed`,
    );
  }
  check(rows);
  checkJargon(r.feed);
});

test('readability of the summaries over the real federal feed (cp2023-full)', { skip: skipWithoutRealData }, async () => {
  const built = await buildNamedRealFeed('cp2023-full');
  const feed = asLoaded(built.feed);
  const rows = measure('cp2023-full', feed);
  print(rows);
  for (const w of WIDGETS)
    assert.ok(
      rows.some((x) => x.widget === w.id),
      `${w.id} has texts on the real feed`,
    );
  check(rows);
  checkJargon(feed);
});
