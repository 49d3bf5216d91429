import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerLocalePack, unregisterLocalePack } from '../../src/i18n/registry.js';
import { checkSignalConfig } from '../../src/signals/config.js';
import {
  configNoteText,
  levelLabel,
  ruleName,
  ruleText,
  ruleWhy,
  signalCountText,
  signalSentence,
  signalSentence as sentence,
  signalsDisclaimer,
} from '../../src/signals/describe.js';
import { signals } from '../../src/signals/engine.js';
import type { Indicator } from '../../src/feed/types.js';
import { RULE_CODES, type Signal } from '../../src/signals/types.js';
import { feedOf } from './build.js';

const ind = (id: string, extra: Partial<Indicator>): Indicator => ({
  id,
  name: `Indicador ${id}`,
  level: 'purpose',
  unit: '%',
  frequency: 'Anual',
  direction: 'ascending',
  ...extra,
});

/** One feed on which every rule fires at least once. */
function everyRule(): Signal[] {
  const periods = [...Array(12).keys()].map((i) => ({
    period: `2023-${String(i + 1).padStart(2, '0')}`,
    amounts: { paid: i === 11 ? 500.5 : 10 },
  }));
  const feed = feedOf([
    {
      key: '20-S001',
      amounts: { approved: 1000, modified: 1500.25, committed: 1400, accrued: 1000, exercised: 1000.5, paid: 1000 },
      periods,
      indicators: [
        ind('1', { target: 80 }),
        ind('2', { target: 0 }),
        ind('3', { target: 10, achieved: 25 }),
        ind('4', { target: 1 }),
        ind('5', { target: 1 }),
        ind('6', { target: 1 }),
      ],
      crossCutting: [{ annex: 'gender', amounts: { approved: 250.75 } }],
      population: { served: { unspecified: 10 } },
      evaluations: [{ year: 2015, type: 'Diseño', asm: [{ id: 'a', commitment: 'c', status: 'pending', reported: '2020-12-31' }] }],
    },
    { key: '20-E002', amounts: { approved: 10, accrued: 9.99 } },
  ]);
  return signals(feed);
}

const bad = /undefined|NaN|null|\[object|Infinity|\{\d\}/;
const accusing = /corrup|fraude|desv[ií]o|robo|ileg|irregularidad|fraud|theft|illegal|embezzl|irregularit/i;

test('describe: every rule fires on the sample and reads well in es and en', () => {
  const list = everyRule();
  assert.deepEqual([...new Set(list.map((s) => s.rule))].sort(), [...RULE_CODES].sort());
  for (const s of list) {
    const es = signalSentence(s, 'es');
    const en = signalSentence(s, 'en');
    for (const t of [es, en]) {
      assert.doesNotMatch(t, bad, t);
      assert.doesNotMatch(t, accusing, t);
      assert.match(t, /[.)]$/, t);
    }
    assert.notEqual(es, en);
  }
});

test('describe: money to the cent, percentages, dates in each language', () => {
  const list = everyRule();
  const by = (rule: string) => list.find((s) => s.rule === rule)!;
  // Intl puts a no-break space after a currency code; compared here as a plain space.
  const signalSentence = (s: Signal, lang: string, currency?: string) => sentence(s, lang, currency).replace(/\u00a0/g, ' ');
  assert.equal(
    signalSentence(by('modified-change'), 'es'),
    'El presupuesto modificado ($1,500.25) es 50.0% mayor que el aprobado ($1,000.00): $500.25 más.',
  );
  assert.equal(
    signalSentence(by('modified-change'), 'en'),
    'The modified budget (MXN 1,500.25) is 50.0% higher than the approved one (MXN 1,000.00): MXN 500.25 more.',
  );
  assert.equal(
    signalSentence(by('moment-order'), 'es'),
    'En estos datos, el ejercido ($1,000.50) es mayor que el devengado ($1,000.00) por $0.50.',
  );
  assert.equal(
    signalSentence(by('year-end-underspending'), 'es'),
    'Con datos al 31 de diciembre de 2023, $500.25 del presupuesto modificado no se había devengado: 33.3% de $1,500.25.',
  );
  assert.equal(
    signalSentence(by('year-end-bunching'), 'en'),
    "82.0% of the year's payments (MXN 500.50 of MXN 610.50) were made in December 2023.",
  );
  assert.equal(
    signalSentence(by('gender-no-sex-data'), 'es'),
    'El programa tiene $250.75 aprobados en el Anexo 13 de igualdad entre mujeres y hombres, pero su población (atendida) no se reporta por sexo.',
  );
  assert.equal(
    signalSentence(by('target-too-low'), 'es'),
    '1 indicador tiene meta 0: «Indicador 2». 1 indicador superó su meta por mucho: «Indicador 3» (250% de la meta).',
  );
  assert.equal(
    signalSentence(by('strategic-no-progress'), 'es'),
    '5 indicadores estratégicos tienen meta pero no reportan avance: «Indicador 1», «Indicador 2», «Indicador 4» y 2 más.',
  );
  assert.equal(
    signalSentence(by('asm-pending'), 'en'),
    '1 improvement commitment was still pending or in progress 2 years or more after the evaluation (the oldest from 2015; latest report: December 31, 2020).',
  );
  assert.equal(
    signalSentence(by('no-recent-evaluation'), 'es'),
    'El programa reporta gasto (el pagado suma $1,000.00) y estos datos no traen evaluaciones suyas de 2019 a 2023. La más reciente es de 2015.',
  );
  assert.equal(
    signalSentence(by('spending-no-indicators'), 'en'),
    'The program reports spending (accrued: MXN 9.99), but this data has no indicators from its results matrix (MIR).',
  );
  assert.equal(
    signalSentence(by('modified-change'), 'en', 'USD'),
    'The modified budget (USD 1,500.25) is 50.0% higher than the approved one (USD 1,000.00): USD 500.25 more.',
  );
});

test('describe: each rule has a name, a one-sentence rule with its thresholds and a short why (≤ 35 words)', () => {
  const { config } = checkSignalConfig({ modifiedChange: 0.25, asmYears: 3 });
  for (const code of RULE_CODES) {
    for (const lang of ['es', 'en']) {
      const rule = ruleText(code, lang, config);
      assert.match(rule, lang === 'es' ? /^Se señala cuando[ ,]/ : /^Flagged when[ ,]/, rule);
      assert.equal(rule.split(/[.!?](\s|$)/).filter((x) => x.trim()).length, 1, rule);
      assert.doesNotMatch(rule, bad);
      const why = ruleWhy(code, lang);
      assert.ok(why.term && why.definition);
      assert.ok(why.definition.split(/\s+/).length <= 35, `${code} ${lang}: ${why.definition.split(/\s+/).length} words`);
      assert.doesNotMatch(why.definition, accusing);
      assert.ok(ruleName(code, lang));
    }
  }
  assert.equal(
    ruleText('modified-change', 'es', config),
    'Se señala cuando el presupuesto modificado difiere del aprobado en más de 25%, hacia arriba o hacia abajo.',
  );
  assert.equal(
    ruleText('asm-pending', 'en', config),
    'Flagged when an improvement commitment (ASM) is still pending or in progress 3 years or more after its evaluation.',
  );
  assert.equal(
    ruleText('spending-no-indicators', 'es'),
    'Se señala cuando un programa de modalidad S, U, E, B, P, F o G reporta gasto y no tiene indicadores de la MIR, en datos que sí los traen para otros programas de su ramo.',
  );
  assert.equal(
    ruleText('moment-order', 'es'),
    'Se señala cuando un momento del gasto supera al anterior en el orden de la ley; por ejemplo, cuando el pagado supera al ejercido.',
  );
});

test('describe: the standing line, counts, levels and config notes', () => {
  assert.equal(
    signalsDisclaimer('es'),
    'Un punto a revisar no significa que haya una irregularidad: es una pregunta que los datos permiten hacer.',
  );
  assert.equal(
    signalsDisclaimer('en-GB'),
    'A point to review does not mean there is an irregularity: it is a question the data allows us to ask.',
  );
  assert.deepEqual(
    [0, 1, 2].map((n) => signalCountText(n, 'es')),
    ['Sin puntos a revisar', '1 punto a revisar', '2 puntos a revisar'],
  );
  assert.deepEqual([levelLabel('review', 'es'), levelLabel('info', 'en')], ['Para revisar', 'Worth knowing']);
  const { notes } = checkSignalConfig({ underspending: 'mucho' });
  assert.equal(
    configNoteText(notes[0]!, 'es'),
    'La opción underspending="mucho" no se entiende (se esperaba una proporción, como 0.2 para 20%); se usa el valor por omisión.',
  );
});

test('describe: a locale pack translates signal strings; other languages read Spanish', () => {
  registerLocalePack({ lang: 'yua', strings: { 'signals.title': 'Ba’ax ti’al u xak’al' } as never });
  try {
    const list = everyRule();
    assert.equal(signalSentence(list[0]!, 'yua'), signalSentence(list[0]!, 'es'));
    assert.equal(signalsDisclaimer('fr'), signalsDisclaimer('es'));
  } finally {
    unregisterLocalePack('yua');
  }
});
