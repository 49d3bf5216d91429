/**
 * Signals in words: each rule's name, the rule in one sentence, why it matters (a glossary-style
 * entry) and the plain-language sentence of one signal with its figures. Every string comes from the
 * `signals` message table; money is written to the cent. Pure: no DOM, no Lit.
 */
import { formatDate, formatMoneyExact, formatPercent } from '../i18n/format.js';
import { joinList } from '../i18n/registry.js';
import type { GlossaryEntry, Lang } from '../i18n/types.js';
import { DEFAULT_SIGNAL_CONFIG, type ConfigNote, type SignalConfig } from './config.js';
import { signalsMsg, type SignalsMessageKey } from './messages.js';
import type { IndicatorRef, RuleCode, Signal, SignalOf } from './types.js';

type L = Lang | null | undefined;
const key = (k: string) => k as SignalsMessageKey;

/** The rule's short name ("Pagos concentrados al final del año"). */
export function ruleName(code: RuleCode, lang: L): string {
  return signalsMsg(lang, key(`${code}.name`));
}

/** The rule in one sentence, with the thresholds of `config` ("Se señala cuando …"). */
export function ruleText(
  code: RuleCode,
  lang: L,
  config: Pick<
    SignalConfig,
    'modifiedChange' | 'underspending' | 'yearEndBunching' | 'targetAbove' | 'asmYears' | 'evaluationCycles' | 'modalities'
  > = DEFAULT_SIGNAL_CONFIG,
): string {
  const pct = (r: number) => formatPercent(r, lang, 0);
  switch (code) {
    case 'modified-change':
      return signalsMsg(lang, key(`${code}.rule`), pct(config.modifiedChange));
    case 'year-end-underspending':
      return signalsMsg(lang, key(`${code}.rule`), pct(config.underspending));
    case 'year-end-bunching':
      return signalsMsg(lang, key(`${code}.rule`), pct(config.yearEndBunching));
    case 'target-too-low':
      return signalsMsg(lang, key(`${code}.rule`), pct(config.targetAbove));
    case 'spending-no-indicators':
      return signalsMsg(lang, key(`${code}.rule`), joinList(lang, config.modalities));
    case 'asm-pending':
      return signalsMsg(lang, key(`${code}.rule`), config.asmYears);
    case 'no-recent-evaluation':
      return signalsMsg(lang, key(`${code}.rule`), config.evaluationCycles);
    default:
      return signalsMsg(lang, key(`${code}.rule`));
  }
}

/** Why the rule matters, as a glossary entry (term and a plain definition). */
export function ruleWhy(code: RuleCode, lang: L): GlossaryEntry {
  return { term: signalsMsg(lang, key(`${code}.term`)), definition: signalsMsg(lang, key(`${code}.why`)) };
}

/** The standing line: a point to review is a question, not an accusation. */
export function signalsDisclaimer(lang: L): string {
  return signalsMsg(lang, 'disclaimer');
}

/** "2 puntos a revisar" / "Sin puntos a revisar". */
export function signalCountText(n: number, lang: L): string {
  return signalsMsg(lang, 'count', n);
}

/** "Para revisar" / "Para saber más". */
export function levelLabel(level: Signal['level'], lang: L): string {
  return signalsMsg(lang, level === 'review' ? 'level.review' : 'level.info');
}

/** A config value that was not used, in words. */
export function configNoteText(note: ConfigNote, lang: L): string {
  return signalsMsg(lang, 'config.note', note.key || 'config', note.found, signalsMsg(lang, key(`config.expected.${note.expected}`)));
}

const momentNoun = (m: string, lang: L) => {
  const k = `moment.${m}`;
  return ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid', 'ministered'].includes(m) ? signalsMsg(lang, key(k)) : m;
};

/** Up to `max` items, then "y N más". */
function shortList(items: string[], lang: L, max = 3): string {
  if (items.length <= max) return joinList(lang, items, 'and');
  return `${items.slice(0, max).join(', ')} ${signalsMsg(lang, 'andMore', items.length - max)}`;
}

const quoted = (i: IndicatorRef, lang: L) => signalsMsg(lang, 'quote', i.name || i.id);

/** The signal in plain language, with its figures (amounts to the cent). */
export function signalSentence(signal: Signal, lang: L, currency = 'MXN'): string {
  const money = (v: number) => formatMoneyExact(v, lang, currency);
  const pct = (r: number) => formatPercent(r, lang, 1);
  switch (signal.rule) {
    case 'moment-order': {
      const f = signal.figures;
      return signalsMsg(
        lang,
        'moment-order.sentence',
        momentNoun(f.later, lang),
        money(f.laterAmount),
        momentNoun(f.earlier, lang),
        money(f.earlierAmount),
        money(f.excess),
      );
    }
    case 'modified-change': {
      const f = signal.figures;
      return signalsMsg(
        lang,
        f.change > 0 ? 'modified-change.sentence.up' : 'modified-change.sentence.down',
        money(f.modified),
        money(f.approved),
        pct(Math.abs(f.ratio)),
        money(Math.abs(f.change)),
      );
    }
    case 'year-end-underspending': {
      const f = signal.figures;
      return signalsMsg(
        lang,
        'year-end-underspending.sentence',
        formatDate(f.asOf, lang),
        money(f.unaccrued),
        pct(f.share),
        money(f.modified),
      );
    }
    case 'year-end-bunching': {
      const f = signal.figures;
      return signalsMsg(
        lang,
        'year-end-bunching.sentence',
        pct(f.share),
        money(f.lastMonthPaid),
        money(f.yearPaid),
        formatDate(f.lastMonth, lang),
      );
    }
    case 'strategic-no-progress': {
      const list = signal.figures.indicators;
      return signalsMsg(
        lang,
        'strategic-no-progress.sentence',
        list.length,
        shortList(
          list.map((i) => quoted(i, lang)),
          lang,
        ),
      );
    }
    case 'target-too-low':
      return targetSentence(signal, lang);
    case 'spending-no-indicators': {
      const f = signal.figures;
      return signalsMsg(lang, 'spending-no-indicators.sentence', momentNoun(f.spending.moment, lang), money(f.spending.amount));
    }
    case 'gender-no-sex-data': {
      const f = signal.figures;
      const groups = joinList(
        lang,
        f.groups.map((g) => signalsMsg(lang, key(`group.${g}`))),
        'and',
      );
      return f.genderApproved !== undefined
        ? signalsMsg(lang, 'gender-no-sex-data.sentence', money(f.genderApproved), groups)
        : signalsMsg(lang, 'gender-no-sex-data.sentenceNoAmount', groups);
    }
    case 'asm-pending': {
      const f = signal.figures;
      return signalsMsg(lang, 'asm-pending.sentence', f.count, f.years, String(f.oldestYear), formatDate(f.lastReport, lang));
    }
    case 'no-recent-evaluation': {
      const f = signal.figures;
      const head = signalsMsg(
        lang,
        'no-recent-evaluation.sentence',
        momentNoun(f.spending.moment, lang),
        money(f.spending.amount),
        f.from,
        f.to,
      );
      const tail =
        f.lastYear !== undefined
          ? signalsMsg(lang, 'no-recent-evaluation.last', f.lastYear)
          : signalsMsg(lang, 'no-recent-evaluation.never');
      return `${head} ${tail}`;
    }
  }
}

function targetSentence(signal: SignalOf<'target-too-low'>, lang: L): string {
  const { zero, above } = signal.figures;
  const parts: string[] = [];
  if (zero.length)
    parts.push(
      signalsMsg(
        lang,
        'target-too-low.zero',
        zero.length,
        shortList(
          zero.map((i) => quoted(i, lang)),
          lang,
        ),
      ),
    );
  if (above.length)
    parts.push(
      signalsMsg(
        lang,
        'target-too-low.above',
        above.length,
        shortList(
          above.map((i) => signalsMsg(lang, 'target-too-low.item', quoted(i, lang), formatPercent(i.ratio, lang, 0))),
          lang,
        ),
      ),
    );
  return parts.join(' ');
}
