import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/indicator-gauge.js';
import '../../../src/define/feed.js';
import type { TpIndicatorGauge } from '../../../src/components/indicator-gauge/indicator-gauge.js';
import { feedUrl, indicatorFeed } from '../../fixtures/indicator-feeds.js';
import { openDetails, openTables } from '../../helpers/open-tables.js';

const SRC = feedUrl(indicatorFeed());

type Attrs = { program?: string; indicator?: string; lang?: string; src?: string; thresholds?: string; theme?: string };

async function settle(el: TpIndicatorGauge): Promise<TpIndicatorGauge> {
  await waitUntil(() => el.state !== 'loading', 'the element left the loading state', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

async function gauge(a: Attrs = {}): Promise<TpIndicatorGauge> {
  const el = await fixture<TpIndicatorGauge>(html`<tp-indicator-gauge
    src=${a.src ?? SRC}
    program=${a.program ?? ''}
    indicator=${a.indicator ?? ''}
    thresholds=${a.thresholds ?? ''}
    theme=${a.theme ?? 'auto'}
    lang=${a.lang ?? 'es'}
  ></tp-indicator-gauge>`);
  return settle(el);
}

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const card = (el: Element, id: string) => root(el).querySelector<HTMLElement>(`[data-indicator="${id}"]`)!;
const meterOf = (el: ParentNode) => el.querySelector<HTMLElement>('[role="meter"]');
const lightOf = (el: Element) => el.querySelector<HTMLElement>('.light')!.dataset.light;
/** The <dd> of the fact whose <dt> starts with `label` (a glossary term's button text counts, not its definition). */
const fact = (el: Element, label: string) => {
  const dt = [...root(el).querySelectorAll('.facts dt')].find((d) => (d.querySelector('button') ?? d).textContent!.trim() === label);
  return dt?.nextElementSibling?.textContent!.trim();
};
const levelsIn = (section: Element) => [...section.querySelectorAll<HTMLElement>('.level')].map((s) => s.dataset.level);

describe('<tp-indicator-gauge>', () => {
  it('is accessible while loading', async () => {
    const wrapper = await fixture(html`<tp-feed><tp-indicator-gauge program="E101"></tp-indicator-gauge></tp-feed>`);
    const el = wrapper.querySelector('tp-indicator-gauge')!;
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    await expect(el).to.be.accessible();
  });

  it('program mode: strategic indicators by level first, management one click away', async () => {
    const el = await gauge({ program: 'E101' });
    expect(el.state).to.equal('ready');
    const [strategic, management] = [...root(el).querySelectorAll<HTMLElement>('section.group')];
    expect(levelsIn(strategic!)).to.deep.equal(['fin', 'purpose']);
    // Each level carries its plain meaning from the glossary.
    expect(strategic!.querySelector('[data-level="purpose"] .level-meaning')!.textContent).to.contain('cambio directo');
    expect(management!.hidden).to.equal(true);
    const toggle = root(el).querySelector<HTMLButtonElement>('button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(management!.id);
    expect(toggle.textContent!.trim()).to.equal('Mostrar los 5 indicadores de gestión');
    await expect(el).to.be.accessible();

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(management!.hidden).to.equal(false);
    expect(levelsIn(management!)).to.deep.equal(['component', 'activity']);
    expect(toggle.textContent!.trim()).to.equal('Ocultar los 5 indicadores de gestión');
    expect(root(el).querySelector('[part~="summary"]')!.textContent).to.equal(
      'Este programa tiene 9 metas. 3 van bien, 2 piden atención, 2 van mal, 1 aún no tiene datos y 1 no tiene cifra fijada.',
    );
    await expect(el).to.be.accessible();
  });

  it('works by keyboard: the management toggle and a history disclosure', async () => {
    const el = await gauge({ program: 'E101' });
    const toggle = root(el).querySelector<HTMLButtonElement>('button.toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const summary = card(el, 'F1').querySelector<HTMLElement>('.history-block > summary')!;
    expect(summary.textContent).to.contain('Valores de años anteriores (2019–2021)');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
  });

  it('each direction gets its own light, with words and an icon, and an exact meter', async () => {
    const el = await gauge({ program: 'E101' });
    root(el).querySelector<HTMLButtonElement>('button.toggle')!.click();
    await el.updateComplete;
    const cases: [string, string, string, string][] = [
      // id, light, aria-valuenow, aria-valuetext
      ['F1', 'green', '95', '95 de 100 por ciento de la meta; en verde'],
      ['P1', 'yellow', '85', '85 de 100 por ciento de la meta; en amarillo'],
      ['P2', 'red', '130', '130 de 100 por ciento de la meta; en rojo'],
      ['P3', 'green', '104', '104 de 100 por ciento de la meta; en verde'],
      ['C2', 'yellow', '107.5', '107.5 de 100 por ciento de la meta; en amarillo'],
      ['A2', 'red', '70', '70 de 100 por ciento de la meta; en rojo'],
    ];
    for (const [id, light, now, valuetext] of cases) {
      const c = card(el, id);
      const m = meterOf(c)!;
      expect(m, id).to.exist;
      expect(m.getAttribute('aria-valuenow'), id).to.equal(now);
      expect(m.getAttribute('aria-valuemin'), id).to.equal('0');
      expect(Number(m.getAttribute('aria-valuemax')), id).to.be.at.least(Math.max(100, Number(now)));
      expect(m.getAttribute('aria-valuetext'), id).to.equal(valuetext);
      expect(root(el).getElementById(m.getAttribute('aria-labelledby')!)!.textContent, id).to.equal(c.querySelector('.name')!.textContent);
      expect(lightOf(c), id).to.equal(light);
      // Never colour alone: a word and an icon shape.
      expect(c.querySelector('.light')!.textContent, id).to.contain(`en ${{ green: 'verde', yellow: 'amarillo', red: 'rojo' }[light]}`);
      expect(c.querySelector(`.light svg.icon-${light}`), id).to.exist;
    }
    // The descending indicator explains its thresholds the other way round.
    await openDetails(card(el, 'P2'));
    expect(card(el, 'P2').textContent).to.contain('Verde hasta 110 % de la meta; rojo por encima de 120 %');
    // The indicator's own thresholds are said to be its own.
    await openDetails(card(el, 'C2'));
    expect(card(el, 'C2').textContent).to.contain('(umbrales del indicador)');
  });

  it('no result yet: the target and "sin avance reportado", never 0 %; target zero: no division', async () => {
    const el = await gauge({ program: 'E101' });
    root(el).querySelector<HTMLButtonElement>('button.toggle')!.click();
    await el.updateComplete;
    const c1 = card(el, 'C1');
    expect(meterOf(c1)).to.equal(null);
    expect(c1.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal(
      'La meta es 100 (Porcentaje). Aún no hay datos de avance.',
    );
    expect(c1.querySelector('.light')!.textContent!.trim()).to.equal('sin avance reportado');
    expect(c1.querySelector('.brief')!.textContent).to.equal('Meta: 100');
    expect(c1.textContent).to.not.match(/\b0\s?%/);
    const a1 = card(el, 'A1');
    expect(meterOf(a1)).to.equal(null);
    expect(a1.querySelector('.readout')!.textContent).to.contain('meta de 0: sin porcentaje');
    expect(lightOf(a1)).to.equal('green');
    const a3 = card(el, 'A3');
    expect(a3.querySelector('.light')!.textContent!.trim()).to.equal('sin meta');
    expect(text(el)).to.not.match(/NaN|undefined|null|\[object Object\]|Infinity/);
    await expect(el).to.be.accessible();
  });

  it('single-indicator mode: one large gauge before any chart, then its history chart', async function () {
    this.timeout(60000); // the first chart on a page downloads Vega (unbundled in the dev server: slow)
    const el = await gauge({ indicator: 'F1' });
    expect(el.state).to.equal('ready');
    const meters = root(el).querySelectorAll('[role="meter"]');
    expect(meters.length).to.equal(1);
    expect(meters[0]!.getAttribute('aria-valuenow')).to.equal('95');
    // The gauge is on screen while the chart container is still empty (Vega not yet drawn).
    const chart = root(el).querySelector<HTMLElement>('[part~="chart"]')!;
    expect(chart.querySelector('svg')).to.equal(null);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Tasa de alfabetización de personas adultas');
    expect(root(el).querySelector('[part~="summary"]')!.textContent).to.equal(
      'La meta es 100 (Porcentaje). Se logró 95. Es el 95 % de la meta. Semáforo en verde: va bien.',
    );
    expect(text(el)).to.contain('88 (2019)');
    expect(text(el)).to.contain('(Personas adultas que saben leer / Personas adultas) × 100');
    await el.chartsRendered();
    const svg = chart.querySelector('svg')!;
    expect(svg, 'history chart drawn').to.exist;
    expect(svg.getAttribute('aria-label')).to.match(/^Valores de años anteriores: 2019: 88; 2020: 91; 2021: 93\. Meta: 100\./);
    expect(chart.querySelectorAll('[aria-roledescription="point"]').length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('English', async () => {
    const el = await gauge({ indicator: 'P2', lang: 'en' });
    expect(meterOf(root(el))!.getAttribute('aria-valuetext')).to.equal('130 of 100 percent of the target; red');
    expect(text(el)).to.contain('Descending: less is better');
    expect(text(el)).to.contain('Traffic light red: off track');
    await expect(el).to.be.accessible();
  });

  it('the thresholds attribute overrides the defaults, not the indicator’s own; bad values are said', async () => {
    const el = await gauge({ program: 'E101', thresholds: '80,70' });
    expect(lightOf(card(el, 'P1'))).to.equal('green'); // 85 % ≥ 80
    await openDetails(card(el, 'P1'));
    expect(card(el, 'P1').textContent).to.contain('(umbrales de esta página)');
    el.thresholds = 'noventa';
    await waitUntil(() => root(el).querySelector('[data-kind="thresholds"]'), 'bad thresholds note', { timeout: 5000 });
    expect(root(el).querySelector('[data-kind="thresholds"]')!.textContent).to.contain('thresholds="noventa"');
    expect(lightOf(card(el, 'P1'))).to.equal('yellow'); // back to the defaults
    await expect(el).to.be.accessible();
  });

  it('a feed that repeats an indicator id still has unique DOM ids', async () => {
    const feed = indicatorFeed();
    const twice = feed.programs[0]!.indicators!.slice(0, 1);
    feed.programs = [{ key: 'D001', name: 'Duplicado', amounts: {}, indicators: [...twice, ...twice] }];
    const el = await gauge({ src: feedUrl(feed), program: 'D001' });
    expect(root(el).querySelectorAll('[data-indicator="F1"]').length).to.equal(2);
    const ids = [...root(el).querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    await expect(el).to.be.accessible();
  });

  it('a program with no indicators is empty, and says so', async () => {
    const el = await gauge({ program: 'E102' });
    expect(el.state).to.equal('empty');
    expect(text(el)).to.contain('Estos datos no tienen metas del programa E102.');
    await expect(el).to.be.accessible();
  });

  it('a program with only management indicators says it has no strategic ones', async () => {
    const el = await gauge({ program: 'E104' });
    expect(text(el)).to.contain('Este programa no tiene indicadores estratégicos en estos datos.');
    expect(root(el).querySelector('button.toggle')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('24 indicators: all reachable, table lists them all', async () => {
    const el = await gauge({ program: 'E103', theme: 'dark' });
    root(el).querySelector<HTMLButtonElement>('button.toggle')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.indicator').length).to.equal(24);
    await openTables(el);
    expect(root(el).querySelectorAll('[part~="table"] tbody tr').length).to.equal(24);
    await expect(el).to.be.accessible();
  });

  it('errors: unknown indicator, unknown program, no program', async () => {
    for (const a of [{ indicator: 'X999' }, { program: 'Z999' }, {}] as Attrs[]) {
      const codes: string[] = [];
      const el =
        await fixture<TpIndicatorGauge>(html`<tp-indicator-gauge src=${SRC} program=${a.program ?? ''} indicator=${a.indicator ?? ''}
        @tp-error=${(e: CustomEvent<{ code: string }>) => codes.push(e.detail.code)}></tp-indicator-gauge>`);
      await settle(el);
      expect(el.state).to.equal('error');
      await waitUntil(() => codes.length > 0, 'tp-error fired');
      if (a.indicator) expect(codes).to.deep.equal(['unknown-indicator']);
      expect(root(el).querySelector('[role="alert"]')).to.exist;
      await expect(el).to.be.accessible();
    }
    const el = await gauge({ indicator: 'X999' });
    expect(text(el)).to.contain('No hay un indicador con la clave X999 en estos datos.');
  });

  it('stale: the last good copy stays when a refresh fails', async () => {
    const url = feedUrl(indicatorFeed());
    const wrapper = await fixture<HTMLElement & { reload(): Promise<void> }>(
      html`<tp-feed src=${url}><tp-indicator-gauge program="E101"></tp-indicator-gauge></tp-feed>`,
    );
    const el = wrapper.querySelector('tp-indicator-gauge')!;
    await waitUntil(() => el.state === 'ready', 'ready first', { timeout: 10000 });
    URL.revokeObjectURL(url);
    await wrapper.reload();
    await waitUntil(() => el.state === 'stale', 'stale after a failed refresh', { timeout: 10000 });
    expect(root(el).querySelectorAll('[role="meter"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});

describe('<tp-indicator-gauge> on real data (CP 2023 + MIR 2022)', () => {
  const SRC_REAL = '/.tmp/feeds/cp2023-full.json';
  before(async function () {
    const res = await fetch(SRC_REAL, { method: 'HEAD' }).catch(() => undefined);
    if (!res?.ok) {
      console.log(`indicator-gauge: ${SRC_REAL} not found (run scripts/make-test-feeds.ts); real-data tests skipped`);
      this.skip();
    }
  });

  it('program S010 (ramo 47) shows its indicators grouped by level', async () => {
    const el = await gauge({ src: SRC_REAL, program: '47-S010' });
    expect(el.state).to.be.oneOf(['ready', 'stale']);
    const [strategic, management] = [...root(el).querySelectorAll<HTMLElement>('section.group')];
    expect(levelsIn(strategic!)).to.deep.equal(['fin', 'purpose']);
    root(el).querySelector<HTMLButtonElement>('button.toggle')!.click();
    await el.updateComplete;
    expect(levelsIn(management!)).to.deep.equal(['component', 'activity']);
    // 14 MIR rows for S 010 in the source; FID rows are not MIR levels (the adapter leaves them out).
    expect(root(el).querySelectorAll('.indicator').length).to.equal(14);
    const c = card(el, '169710');
    expect(c.closest('.level')!.getAttribute('data-level')).to.equal('purpose');
    expect(meterOf(c)!.getAttribute('aria-valuenow')).to.equal('30');
    expect(c.querySelector('.brief')!.textContent).to.equal('Meta: 100 (32 de 32) · Último valor reportado (2021): 30');
    await expect(el).to.be.accessible();
  });

  it('indicator 169710: target 100 (32/32) and its 2021 value 30', async () => {
    const el = await gauge({ src: SRC_REAL, program: '47-S010', indicator: '169710' });
    const m = meterOf(root(el))!;
    expect(m.getAttribute('aria-valuenow')).to.equal('30');
    expect(m.getAttribute('aria-valuemin')).to.equal('0');
    expect(m.getAttribute('aria-valuemax')).to.equal('100');
    expect(m.getAttribute('aria-valuetext')).to.equal('30 de 100 por ciento de la meta (valor de 2021); en rojo');
    expect(root(el).querySelector('[part~="summary"]')!.textContent).to.equal(
      'La meta es 100 (Porcentaje). En 2021 se logró 30. Es el 30 % de la meta. Semáforo en rojo: va mal.',
    );
    expect(fact(el, 'Dimensión')).to.equal('Eficacia');
    expect(fact(el, 'Línea base')).to.equal('0 (2021)');
    expect(fact(el, 'Meta')).to.equal('100 (32 de 32)');
    expect(fact(el, 'Último valor reportado (2021)')).to.equal('30');
    expect(fact(el, 'Semáforo')).to.equal(
      'Verde desde 90 % de la meta; rojo por debajo de 80 %; amarillo en medio (umbrales del indicador).',
    );
    await expect(el).to.be.accessible();
  });
});
