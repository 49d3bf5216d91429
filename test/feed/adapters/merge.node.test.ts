import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeResults, orderMoments } from '../../../src/feed/merge.js';
import type { AdapterResult, PartialProgram } from '../../../src/feed/adapters/types.js';
import { validateFeed } from '../../../src/feed/validate.js';
import { cpProgramatica } from '../../../src/feed/adapters/cp-programatica.js';
import { mirAdapter } from '../../../src/feed/adapters/mir.js';
import { sdgAlignmentAdapter } from '../../../src/feed/adapters/sdg-alignment.js';
import { crossCuttingAdapter } from '../../../src/feed/adapters/cross-cutting.js';
import { populationsAdapter } from '../../../src/feed/adapters/populations.js';
import { pndAdapter } from '../../../src/feed/adapters/pnd.js';
import { evaluationsAdapter } from '../../../src/feed/adapters/evaluations.js';
import { asmAdapter } from '../../../src/feed/adapters/asm.js';
import { msdAdapter } from '../../../src/feed/adapters/msd.js';
import { isedAdapter } from '../../../src/feed/adapters/ised.js';
import { adapters } from '../../../src/feed/adapters/index.js';
import { cents, inputFor, readData, skipWithoutData } from './read.js';

const META = { publisher: { name: 'SHCP', jurisdiction: 'MX' }, cycle: 2023, sources: [{ title: 'test' }] };
const result = (layout: string, programs: PartialProgram[], extra: Partial<AdapterResult> = {}): AdapterResult => ({
  layout,
  programs,
  problems: [],
  stats: { rows: programs.length, kept: programs.length },
  ...extra,
});

test('merge: amounts sources define the programs; secondaries attach by normalised key', () => {
  const { feed, problems } = mergeResults(
    [
      result(
        'cp',
        [
          { key: '20-S176', name: 'Pensión', amounts: { approved: 10.1 } },
          { key: '12-E010', name: 'Formación', amounts: { approved: 5 } },
        ],
        { moments: ['approved'] },
      ),
      result('sdg', [
        { key: '20s176', sdg: [{ goal: 1, target: '1.3', contribution: 'direct' }] },
        { key: '47-P010', sdg: [{ goal: 5, contribution: 'direct' }] },
      ]),
      result('mir', [
        {
          key: 'S 176',
          indicators: [{ id: '1', name: 'Cobertura', level: 'purpose', unit: '%', frequency: 'Anual', direction: 'ascending' }],
        },
      ]),
    ],
    META,
  );
  assert.deepEqual(
    feed.programs.map((p) => p.key),
    ['20-S176', '12-E010'],
  );
  const s176 = feed.programs[0]!;
  assert.deepEqual(s176.sdg, [{ goal: 1, target: '1.3', contribution: 'direct' }]);
  assert.equal(s176.indicators!.length, 1); // short key "S 176": unique full key 20-S176
  assert.deepEqual(
    problems.map((p) => [p.kind, p.params?.found]),
    [['unmatched-key', '47-P010']],
  );
  assert.equal(feed.version, 1);
  assert.equal(feed.cycle, 2023);
  assert.deepEqual(feed.moments, ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid']);
  assert.equal(validateFeed(feed).ok, true);
});

test('merge: a short key matching several ramos is an ambiguous-key problem listing the candidates', () => {
  const { feed, problems } = mergeResults(
    [
      result('pef', [
        { key: '12-S174', name: 'A', amounts: { approved: 1 } },
        { key: '20-S174', name: 'B', amounts: { approved: 2 } },
      ]),
      result('pop', [{ key: 'S174', population: { served: { women: 3 } } }]),
    ],
    META,
  );
  assert.ok(feed.programs.every((p) => !p.population));
  assert.deepEqual(
    problems.map((p) => [p.kind, p.key, p.params?.found]),
    [['ambiguous-key', 'S174', '12-S174, 20-S174']],
  );
});

test('merge: a full secondary key meets an amounts program keyed without ramo when unique', () => {
  const { feed } = mergeResults(
    [
      result('gasto-federalizado', [{ key: 'I016', name: 'FAIS', amounts: { approved: 1 } }]),
      result('sdg', [{ key: '33-I016', sdg: [{ goal: 6, contribution: 'indirect' }] }]),
    ],
    META,
  );
  assert.equal(feed.programs[0]!.sdg!.length, 1);
});

test('merge: same layout adds up in cents; different layouts never double a moment', () => {
  const { feed, problems } = mergeResults(
    [
      result('shcp-lines', [
        {
          key: '20-S176',
          name: 'P',
          amounts: { approved: 0.1 },
          breakdown: [{ by: 'chapter', id: '4000', name: 'Subsidios', amounts: { approved: 0.1 } }],
        },
      ]),
      result('shcp-lines', [
        {
          key: '20-S176',
          amounts: { approved: 0.2 },
          breakdown: [{ by: 'chapter', id: '4000', name: 'Subsidios', amounts: { approved: 0.2 } }],
        },
      ]),
      result('cp-programatica', [{ key: '20-S176', amounts: { approved: 0.3, paid: 0.25 } }]),
      result('cp-programatica#2', [{ key: '20-S176', amounts: { approved: 0.31 } }]),
    ],
    META,
  );
  const p = feed.programs[0]!;
  assert.deepEqual(p.amounts, { approved: 0.3, paid: 0.25 }); // 0.1 + 0.2 = 0.30 exactly; equal CP figure is no conflict
  assert.deepEqual(p.breakdown, [{ by: 'chapter', id: '4000', name: 'Subsidios', amounts: { approved: 0.3 } }]);
  assert.deepEqual(
    problems.map((x) => [x.kind, x.severity, x.params?.found]),
    [['amount-conflict', 'error', '0.30 (shcp-lines) ≠ 0.31 (cp-programatica#2)']],
  );
});

test('merge: annex parts of one layout add up; other fields are taken once and conflicts flagged', () => {
  const cc = (approved: number) => ({
    annex: 'gender',
    category: 'Igualdad',
    amounts: { approved },
    periods: [{ period: '2021-01', amounts: { approved } }],
  });
  const { feed, problems } = mergeResults(
    [
      result('cp', [{ key: '20-S176', name: 'P', amounts: { approved: 1 } }]),
      result('cross-cutting', [
        {
          key: '20-S176',
          crossCutting: [cc(0.1)],
          population: { served: { women: 1 } },
          performance: [{ year: 2018, scale: 'MSD (1–5)', value: 4.7 }],
        },
      ]),
      result('cross-cutting', [
        {
          key: '20-S176',
          crossCutting: [cc(0.2)],
          population: { served: { women: 2 } },
          performance: [{ year: 2018, scale: 'MSD (1–5)', value: 4.7 }],
        },
      ]),
      result('other-annex', [{ key: '20-S176', crossCutting: [cc(5)], performance: [{ year: 2018, scale: 'MSD (1–5)', value: 3 }] }]),
    ],
    META,
  );
  const p = feed.programs[0]!;
  assert.deepEqual(p.crossCutting, [
    { annex: 'gender', category: 'Igualdad', amounts: { approved: 0.3 }, periods: [{ period: '2021-01', amounts: { approved: 0.3 } }] },
  ]);
  assert.deepEqual(p.population, { served: { women: 1 } });
  assert.deepEqual(p.performance, [{ year: 2018, scale: 'MSD (1–5)', value: 4.7 }]);
  assert.deepEqual(
    problems.map((x) => [x.kind, x.path]),
    [
      ['conflict', 'population.served'],
      ['amount-conflict', 'crossCutting.gender'],
      ['conflict', 'performance'],
    ],
  );
});

test('merge: moments in LGCG order with extras where their source puts them', () => {
  const src = (moments: string[]) => result('x', [], { moments });
  assert.deepEqual(orderMoments([src(['approved', 'modified', 'ministered', 'committed', 'accrued', 'exercised', 'paid'])], []), [
    'approved',
    'modified',
    'ministered',
    'committed',
    'accrued',
    'exercised',
    'paid',
  ]);
  assert.deepEqual(orderMoments([src(['paid', 'approved', 'adefas'])], []), [
    'approved',
    'modified',
    'committed',
    'accrued',
    'exercised',
    'paid',
    'adefas',
  ]);
  assert.deepEqual(orderMoments([src(['raised', 'approved'])], []), [
    'raised',
    'approved',
    'modified',
    'committed',
    'accrued',
    'exercised',
    'paid',
  ]);
});

test('merge: ASM groups attach to the matching evaluation, else stay synthetic; plans nearest the cycle win', () => {
  const { feed } = mergeResults(
    [
      result('cp', [{ key: '20-S176', name: 'P', amounts: { approved: 1 } }]),
      result('evaluations', [
        { key: '20-S176', evaluations: [{ id: '20s176pccr11', year: 2012, type: 'Consistencia y Resultados', programme: 'PAE2011' }] },
      ]),
      result('asm', [
        {
          key: '20-S176',
          evaluations: [
            {
              year: 2011,
              type: 'Evaluación de Consistencia y Resultados',
              synthetic: true,
              asm: [{ id: '20s176pcr11_01', commitment: 'A' }],
            },
            { year: 2014, type: 'Otros Informes Externos', synthetic: true, asm: [{ id: '20s176cie14_01', commitment: 'B' }] },
          ],
        },
      ]),
      result('pnd', [{ key: '20-S176', plan: { national: { axis: 'Política Social', year: 2021 } } }]),
      result('pnd', [{ key: '20-S176', plan: { national: { axis: 'México Incluyente', year: 2018 } } }]),
      result('pnd', [{ key: '20-S176', plan: { national: { axis: 'Futuro', year: 2025 } } }]),
    ],
    META,
  );
  const p = feed.programs[0]!;
  assert.deepEqual(
    p.evaluations!.map((e) => [e.id ?? null, !!e.synthetic, e.asm?.map((a) => a.commitment)]),
    [
      ['20s176pccr11', false, ['A']],
      [null, true, ['B']],
    ],
  );
  assert.equal(p.plan!.national!.axis, 'Política Social');
});

test('merge: with no amounts source every program is kept, amounts empty; missing cycle is an error', () => {
  const { feed, problems } = mergeResults([result('sdg', [{ key: '47-S010', name: 'X', sdg: [{ goal: 5, contribution: 'direct' }] }])], {
    publisher: META.publisher,
  });
  assert.deepEqual(
    feed.programs.map((p) => [p.key, p.amounts]),
    [['47-S010', {}]],
  );
  assert.deepEqual(feed.sources, [{ title: 'sdg' }]);
  assert.ok(problems.some((p) => p.kind === 'missing-field' && p.severity === 'error' && p.path === 'cycle'));
});

test(
  'merge (real files): Cuenta Pública 2023 + MIR + SDG + Anexo 13 + populations + PND + evaluations + ASM + MSD + ISeD',
  { skip: skipWithoutData },
  () => {
    const run = (a: typeof mirAdapter, file: string) => a.adapt(inputFor(file));
    const results = [
      run(cpProgramatica, 'cp-programatica-2023/cp2023_programatica.csv'),
      run(mirAdapter, 'mir-2022-indicadores/mir2022_ramos_12_16_20_47.csv'),
      run(sdgAlignmentAdapter, 'ods-pp-vinculacion-2021/Vinculacion_ODS-Pp_PEF2021.csv'),
      run(crossCuttingAdapter, 'anexo13-igualdad-pef2021/anexos_transversales_pef2021_id4_igualdad_sin_ramo50.csv'),
      run(populationsAdapter, 'poblaciones-programas-2017/poblaciones_potencial_objetivo_atendida_2017.csv'),
      run(pndAdapter, 'pnd-alineacion-programas/alineacion_2018_ramos_12_16_20_47.csv'),
      run(pndAdapter, 'pnd-alineacion-programas/alineacion_2021_ramos_12_16_20_47.csv'),
      run(evaluationsAdapter, 'evaluaciones-externas-pae/evaluaciones_pae_ramos_12_16_20_47.csv'),
      run(asmAdapter, 'asm-aspectos-susceptibles-mejora/asm_ramos_12_16_20_47.csv'),
      run(msdAdapter, 'msd-desempeno-2013-2018/msd_2013_2018_ramos_12_16_20_47.csv'),
      run(isedAdapter, 'ised-desempeno-2019-2020/ised_2019_2020_ramos_12_16_20_47.csv'),
    ];
    const { feed, problems } = mergeResults(results, {
      publisher: { name: 'SHCP', jurisdiction: 'MX' },
      sources: results.map((r) => ({ title: r.layout })),
    });
    assert.equal(feed.cycle, 2023);
    assert.equal(feed.sources.length, 11);
    assert.equal(problems.filter((p) => p.kind === 'ambiguous-key' || p.kind === 'amount-conflict').length, 0);
    const checked = validateFeed(feed);
    assert.deepEqual(
      checked.problems.filter((p) => p.severity === 'error' || p.severity === 'fatal'),
      [],
    );
    assert.equal(checked.ok, true);

    const p = feed.programs.find((x) => x.key === '20-S176')!;
    // Cuenta Pública 2023 amounts, to the cent (adapters-A's figures, unchanged by the merge)
    assert.equal(cents(p.amounts.approved), 33934135580400);
    assert.equal(cents(p.amounts.modified), 33061324706845);
    assert.equal(cents(p.amounts.accrued), 33061321595029);
    assert.equal(cents(p.amounts.exercised), 33061321595029);
    assert.equal(p.amounts.paid, undefined); // not reported: absent, not 0
    // plan: the 2021 alignment (nearest the 2023 cycle)
    assert.deepEqual(
      [
        p.plan!.national!.axis,
        p.plan!.national!.sectoral,
        p.plan!.national!.sectoralObjective,
        p.plan!.national!.sectoralStrategy,
        p.plan!.national!.year,
      ],
      ['Política Social', 'Programa Sectorial de Bienestar 2020-2024', '1', '2', 2021],
    );
    // 12 evaluations, 33 ASM, some in synthetic entries that are not evaluations
    const real = p.evaluations!.filter((e) => !e.synthetic);
    assert.equal(real.length, 12);
    assert.ok(real.some((e) => e.type === 'Consistencia y Resultados' && e.programme === 'PAE2017' && e.year === 2018));
    assert.equal(p.evaluations!.flatMap((e) => e.asm ?? []).length, 33);
    assert.equal(real.find((e) => e.id === '20s176pcpr15')!.asm!.length, 16);
    // MSD 2013–2018 ending in 4.7 (ALTO), ISeD 0.88 (Alto)
    const msd = p.performance!.filter((r) => r.scale === 'MSD (1–5)');
    assert.deepEqual(
      msd.map((r) => r.year),
      [2013, 2014, 2015, 2016, 2017, 2018],
    );
    assert.deepEqual([msd.at(-1)!.value, msd.at(-1)!.level], [4.7, 'ALTO']);
    const ised = p.performance!.find((r) => r.scale === 'ISeD')!;
    assert.deepEqual([ised.value!.toFixed(2), ised.level], ['0.88', 'Alto']);
    // gender annex 2021 and SDG links attached
    assert.equal(
      p.crossCutting!.reduce((s, c) => s + cents(c.amounts.approved), 0),
      5946097892603,
    );
    assert.ok(p.sdg!.length > 0);
    // indicator 169710 of INMUJERES' S010
    const s010 = feed.programs.find((x) => x.key === '47-S010')!;
    const i = s010.indicators!.find((x) => x.id === '169710')!;
    assert.deepEqual([i.target, i.numerator, i.denominator, i.history!.at(-1)], [100, 32, 32, { year: 2021, value: 30 }]);
  },
);

test('layouts: every shared data file is recognised by exactly one adapter, the right one', { skip: skipWithoutData }, () => {
  const mine = [
    mirAdapter,
    sdgAlignmentAdapter,
    crossCuttingAdapter,
    populationsAdapter,
    pndAdapter,
    evaluationsAdapter,
    asmAdapter,
    msdAdapter,
    isedAdapter,
  ];
  const all = [...adapters, ...mine.filter((a) => !adapters.some((b) => b.name === a.name))];
  const want: Record<string, string> = {
    'mir-2022-indicadores/mir2022_ramos_12_16_20_47.csv': 'mir',
    'ods-pp-vinculacion-2021/Vinculacion_ODS-Pp_PEF2021.csv': 'sdg-alignment',
    'anexo13-igualdad-pef2021/anexos_transversales_pef2021_id4_igualdad_sin_ramo50.csv': 'cross-cutting',
    'poblaciones-programas-2017/poblaciones_potencial_objetivo_atendida_2017.csv': 'populations',
    'pnd-alineacion-programas/alineacion_2014_ramos_12_16_20_47.csv': 'pnd',
    'pnd-alineacion-programas/alineacion_2018_ramos_12_16_20_47.csv': 'pnd',
    'pnd-alineacion-programas/alineacion_2019_ramos_12_16_20_47.csv': 'pnd',
    'pnd-alineacion-programas/alineacion_2020_ramos_12_16_20_47.csv': 'pnd',
    'pnd-alineacion-programas/alineacion_2021_ramos_12_16_20_47.csv': 'pnd',
    'evaluaciones-externas-pae/evaluaciones_pae_ramos_12_16_20_47.csv': 'evaluations',
    'asm-aspectos-susceptibles-mejora/asm_ramos_12_16_20_47.csv': 'asm',
    'msd-desempeno-2013-2018/msd_2013_2018_ramos_12_16_20_47.csv': 'msd',
    'ised-desempeno-2019-2020/ised_2019_2020_ramos_12_16_20_47.csv': 'ised',
    'cp-programatica-2023/cp2023_programatica.csv': 'cp-programatica',
    'pef2021-aprobado/pef2021_ramos_20_47.csv': 'shcp-lines',
  };
  for (const [file, name] of Object.entries(want)) {
    const { header } = readData(file);
    assert.deepEqual(
      all.filter((a) => a.detect(header)).map((a) => a.name),
      [name],
      file,
    );
  }
  // data dictionaries are no layout
  for (const file of ['msd-desempeno-2013-2018/diccionario_msd.csv', 'ised-desempeno-2019-2020/diccionario_ised_2019_2020.csv'])
    assert.deepEqual(
      all.filter((a) => a.detect(readData(file).header)).map((a) => a.name),
      [],
      file,
    );
});
