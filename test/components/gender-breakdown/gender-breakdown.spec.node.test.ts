import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from 'vega-lite';
import { parse, View } from 'vega';
import { annexCalendarSpec, hasCalendarChart, periodLabel } from '../../../src/components/gender-breakdown/gender-breakdown.spec.js';

test('calendar spec: months in order with written amounts; none under two months', async () => {
  const cal = [
    { period: '2021-01', cents: 100_000_000, amount: 1_000_000 },
    { period: '2021-02', cents: 250_000_000, amount: 2_500_000 },
    { period: '2021-03', cents: 50, amount: 0.5 },
  ];
  assert.equal(hasCalendarChart({ calendar: cal.slice(0, 1) }), false);
  assert.equal(annexCalendarSpec({ calendar: cal.slice(0, 1), calendarPartial: false, moment: 'approved' }, { lang: 'es' }), null);
  assert.equal(periodLabel('2021-01', 'es'), 'ene 2021');
  assert.equal(periodLabel('2021-01', 'en'), 'Jan 2021');
  assert.equal(periodLabel('2021-Q1', 'en'), '2021-Q1');
  const spec = annexCalendarSpec({ calendar: cal, calendarPartial: false, moment: 'approved' }, { lang: 'es', width: 300 })!;
  const values = (spec.data as any).values;
  assert.deepEqual(
    values.map((d: any) => d.label),
    ['ene 2021', 'feb 2021', 'mar 2021'],
  );
  assert.deepEqual(
    values.map((d: any) => d.text.replace(/\u00a0/g, ' ')),
    ['$1.0 millones', '$2.5 millones', '$0.50'],
  );
  assert.match(String(spec.description), /^El calendario aprobado reparte/);
  assert.equal((spec.layer as any[]).length, 2, 'text labels when bars are wide enough (300 px / 3)');
  const narrow = annexCalendarSpec({ calendar: cal, calendarPartial: false, moment: 'approved' }, { lang: 'es', width: 150 })!;
  assert.equal((narrow.layer as any[]).length, 1, 'no crowded labels under 64 px per bar');
  assert.equal((spec.layer as any)[0].encoding.y.title, 'Millones de pesos');
  const view = new View(parse(compile(spec as any).spec), { renderer: 'none' });
  await view.runAsync();
  assert.match(await view.toSVG(), /feb 2021/);
  view.finalize();
});
