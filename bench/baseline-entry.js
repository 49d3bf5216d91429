// The baseline of the "many widgets" bench: what a page would do with plain vega-embed. Twenty
// charts showing the numbers of the 20-widget page (bench/pages/many.html), each chart fetching
// the feed on its own and drawn by vega-embed with its defaults. Bundled by bench/run.mjs.
import embed from 'vega-embed';

const FEED = '/demo/data/sample-feed.json';
const CARDS = ['E001', 'E002', 'S010', 'E040', 'S020'];
const FLOWS = ['E001', 'E002', 'S010', 'E040', 'E050'];
const GAUGES = ['E001', 'E002', 'S010', 'E015', 'S020'];
const GENDERS = [
  ['program', 'E001'],
  ['program', 'S010'],
  ['program', 'E030'],
  ['annex', 'gender'],
  ['annex', 'indigenous'],
];

const program = (feed, key) => feed.programs.find((p) => p.key === key);
const bars = (values, x, y, color) => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 600,
  height: 160,
  data: { values },
  mark: 'bar',
  encoding: {
    x: { field: x, type: 'nominal', sort: null },
    y: { field: y, type: 'quantitative' },
    ...(color ? { color: { field: color, type: 'nominal' }, xOffset: { field: color } } : {}),
    tooltip: [{ field: x }, { field: y, format: ',.2f' }],
  },
});

const charts = [];
for (let i = 0; i < 5; i++) {
  charts.push((feed) => {
    const p = program(feed, CARDS[i]);
    return bars(
      Object.entries(p.amounts).map(([moment, amount]) => ({ moment, amount })),
      'moment',
      'amount',
    );
  });
  charts.push((feed) => {
    const p = program(feed, FLOWS[i]);
    const values = (p.periods ?? []).flatMap((r) =>
      Object.entries(r.amounts).map(([moment, amount]) => ({ period: r.period, moment, amount })),
    );
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 600,
      height: 200,
      data: { values },
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'period', type: 'ordinal' },
        y: { field: 'amount', type: 'quantitative' },
        color: { field: 'moment', type: 'nominal' },
        tooltip: [{ field: 'period' }, { field: 'moment' }, { field: 'amount', format: ',.2f' }],
      },
    };
  });
  charts.push((feed) => {
    const p = program(feed, GAUGES[i]);
    const values = (p.indicators ?? [])
      .flatMap((ind) => [
        { indicator: ind.id, kind: 'target', value: ind.target },
        { indicator: ind.id, kind: 'achieved', value: ind.achieved },
      ])
      .filter((v) => typeof v.value === 'number');
    return bars(values, 'indicator', 'value', 'kind');
  });
  charts.push((feed) => {
    const [by, key] = GENDERS[i];
    const values =
      by === 'program'
        ? (program(feed, key).crossCutting ?? [])
            .filter((c) => c.annex === 'gender')
            .flatMap((c) => Object.entries(c.amounts).map(([moment, amount]) => ({ moment, amount })))
        : feed.programs.flatMap((p) =>
            (p.crossCutting ?? [])
              .filter((c) => c.annex === key && typeof c.amounts?.approved === 'number')
              .map((c) => ({ program: p.key, amount: c.amounts.approved })),
          );
    return by === 'program' ? bars(values, 'moment', 'amount') : bars(values, 'program', 'amount');
  });
}

charts.forEach(async (build, i) => {
  const el = document.getElementById(`c${i}`);
  try {
    const feed = await (await fetch(FEED)).json();
    await embed(el, build(feed), { actions: false, renderer: 'svg' });
    el.setAttribute('state', 'ready');
  } catch (e) {
    console.error(e);
    el.setAttribute('state', 'error');
  }
});
