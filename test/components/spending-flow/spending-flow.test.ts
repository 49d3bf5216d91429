import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/spending-flow.js';
import '../../../src/define/feed.js';
import type { TpSpendingFlow } from '../../../src/components/spending-flow/spending-flow.js';
import { openTables } from '../../helpers/open-tables.js';
import { liveChartViews } from '../../../src/platform/charts/chart-controller.js';
import { formatMoney } from '../../../src/i18n/format.js';
import type { Feed, Program } from '../../../src/feed/types.js';

const SAMPLE = '/demo/data/sample-feed.json';

async function mount(program: string | undefined, opts: { src?: string; lang?: string; theme?: string } = {}) {
  const el = await fixture<TpSpendingFlow>(html`<tp-spending-flow
    src=${opts.src ?? SAMPLE}
    program=${program ?? ''}
    lang=${opts.lang ?? 'es'}
    theme=${opts.theme ?? 'auto'}
  ></tp-spending-flow>`);
  if (!program) el.removeAttribute('program');
  await waitUntil(() => el.state !== 'loading', 'the element left the loading state', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

const root = (el: TpSpendingFlow) => el.shadowRoot!;
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const steps = (el: TpSpendingFlow) => [...root(el).querySelectorAll<HTMLLIElement>('ol.ladder > li')];
const stepMoments = (el: TpSpendingFlow) => steps(el).map((li) => li.dataset.moment);
const stepValue = (el: TpSpendingFlow, m: string) => text(root(el).querySelector(`ol.ladder > li[data-moment="${m}"] [part~="value"]`));
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
/** Rows of the table whose caption starts with `caption`, as cell texts. */
async function tableRows(el: TpSpendingFlow, caption: string): Promise<string[][]> {
  await openTables(el);
  const t = [...root(el).querySelectorAll('table')].find((x) => text(x.caption).startsWith(caption));
  expect(t, `table "${caption}"`).to.exist;
  return [...t!.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => nbsp(text(c))));
}

let sample: Feed;
const program = (key: string): Program => sample.programs.find((p) => p.key === key)!;
const blobFeed = (feed: unknown) => URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));

before(async () => {
  sample = await (await fetch(SAMPLE)).json();
});

describe('<tp-spending-flow> states', () => {
  it('loading: inside a <tp-feed> that has not loaded yet, announced and accessible', async () => {
    const wrapper = await fixture(html`<tp-feed><tp-spending-flow program="E001"></tp-spending-flow></tp-feed>`);
    const el = wrapper.querySelector('tp-spending-flow')!;
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(root(el).querySelector('[aria-busy="true"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('error: an unknown key names the closest keys; accessible', async () => {
    const el = await mount('E002X');
    expect(el.state).to.equal('error');
    expect(text(root(el))).to.contain('E002X');
    await expect(el).to.be.accessible();
  });

  it('empty: a feed without programs', async () => {
    const url = blobFeed({ ...sample, programs: [], totals: undefined, breakdowns: undefined });
    const el = await mount(undefined, { src: url });
    expect(el.state).to.equal('empty');
    expect(root(el).querySelector('[part~="status"]')).to.exist;
    expect(root(el).querySelector('ol.ladder')).to.equal(null);
    expect(text(root(el))).not.to.match(/NaN|undefined|\[object/);
    await expect(el).to.be.accessible();
  });

  it('stale: the last good copy stays when a refresh fails', async () => {
    const url = blobFeed(sample);
    const wrapper = await fixture<HTMLElement & { reload(): Promise<void> }>(
      html`<tp-feed src=${url}><tp-spending-flow program="E001"></tp-spending-flow></tp-feed>`,
    );
    const el = wrapper.querySelector('tp-spending-flow')!;
    await waitUntil(() => el.state === 'ready', 'ready first', { timeout: 10000 });
    URL.revokeObjectURL(url);
    await wrapper.reload();
    await waitUntil(() => el.state === 'stale', 'stale after a failed refresh', { timeout: 10000 });
    expect(steps(el)).to.have.length(7);
    await expect(el).to.be.accessible();
  });
});

describe('<tp-spending-flow> program mode (sample feed)', () => {
  it('E001: all seven moments in feed order with ministered third, the amounts and shares of modified', async () => {
    const el = await mount('E001');
    expect(el.state).to.equal('ready');
    expect(stepMoments(el)).to.deep.equal(sample.moments);
    expect(stepMoments(el)[2]).to.equal('ministered');
    const p = program('E001');
    for (const m of sample.moments) expect(stepValue(el, m), m).to.equal(formatMoney(p.amounts[m], 'es'));
    // Shares are of modified; modified itself is 100 %.
    expect(text(root(el).querySelector('li[data-moment="modified"] .share'))).to.match(/^100%/);
    const paidShare = Math.round((p.amounts.paid! / p.amounts.modified!) * 1000) / 10;
    expect(text(root(el).querySelector('li[data-moment="paid"] .share'))).to.equal(`${paidShare.toFixed(1)}% del modificado`);
    const summary = text(root(el).querySelector('[part~="summary"]'));
    expect(summary).to.match(/De cada 100 pesos de su presupuesto, \d+ ya se pagaron\./);
    expect(summary).to.match(/creció \d/);
    // The ladder table has the exact amounts.
    const rows = await tableRows(el, 'Momentos del gasto');
    expect(rows.map((r) => r[1])).to.deep.equal(
      sample.moments.map((m) =>
        nbsp(
          new Intl.NumberFormat('es-MX', {
            style: 'currency',
            currency: 'MXN',
            currencyDisplay: 'narrowSymbol',
            minimumFractionDigits: 2,
          }).format(p.amounts[m]!),
        ),
      ),
    );
    expect(text(root(el))).not.to.match(/NaN|undefined|null|\[object/);
    await expect(el).to.be.accessible();
  });

  it('the numbers of the split add up to 100', async () => {
    const el = await mount('E001');
    const sentence = text(root(el).querySelectorAll('[part~="summary"] p')[1]);
    const nums = [...sentence.replace(/^De cada 100 pesos/, '').matchAll(/\b(\d+)\b/g)].map((m) => Number(m[1]));
    expect(
      nums.reduce((a, b) => a + b, 0),
      sentence,
    ).to.equal(100);
  });

  it('E001: the breakdown selector switches kinds; top rows + the table with every row', async () => {
    const el = await mount('E001');
    const select = root(el).querySelector('select')!;
    expect(select).to.exist;
    const label = root(el).querySelector(`label[for="${select.id}"]`);
    expect(text(label)).to.equal('Ver desglose por');
    const kinds = [...new Set(program('E001').breakdown!.map((b) => b.by))];
    expect([...select.options].map((o) => o.value)).to.deep.equal(['chapter', 'unit', 'entity', 'item'].filter((k) => kinds.includes(k)));
    const firstNames = () => [...root(el).querySelectorAll('ol.rows .name')].map(text);
    const chapters = program('E001').breakdown!.filter((b) => b.by === 'chapter');
    const byModified = [...chapters].sort((a, b) => b.amounts.modified! - a.amounts.modified!).map((b) => b.name);
    expect(firstNames()).to.deep.equal(byModified.slice(0, 11));
    select.focus();
    select.value = 'unit';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const units = program('E001')
      .breakdown!.filter((b) => b.by === 'unit')
      .map((b) => b.name);
    expect(firstNames().sort()).to.deep.equal(units.slice(0, 11).sort());
    expect(await tableRows(el, 'Desglose: unidad responsable')).to.have.length(units.length);
    await expect(el).to.be.accessible();
  });

  it("U090 (the sample feed's problem program): the order break is flagged and explained, data unchanged", async () => {
    const el = await mount('U090');
    expect(el.state).to.equal('ready');
    const items = [...root(el).querySelectorAll('.anomalies li')];
    expect(items.map((li) => (li as HTMLElement).dataset.break)).to.deep.equal(['exercised>paid']);
    expect(text(items[0])).to.equal(
      'El pagado ($31.9 millones) es mayor que el ejercido ($30.2 millones). No debería ocurrir: solo se paga lo que antes se ordenó pagar (lo ejercido).',
    );
    // Not reordered or fixed: paid still shows its own amount.
    expect(stepValue(el, 'paid')).to.equal('$31.9 millones');
    // modified is a string in the feed: dropped by validation, shown as not reported, base falls back to approved.
    expect(stepValue(el, 'modified')).to.equal('no reportado');
    expect(text(root(el).querySelector('li[data-moment="approved"] .share'))).to.match(/^100%/);
    // paid ≤ accrued, so the split itself is still sound: it is taken of approved.
    expect(text(root(el).querySelector('[part~="summary"]'))).to.match(/De cada 100 pesos de su presupuesto aprobado, \d+ ya se pagaron\./);
    await expect(el).to.be.accessible();
  });

  it('K012 (approved only): the other moments read "no reportado", never 0', async () => {
    const el = await mount('K012');
    const p = program('K012');
    expect(stepValue(el, 'approved')).to.equal(formatMoney(p.amounts.approved, 'es'));
    for (const m of sample.moments.filter((x) => x !== 'approved')) expect(stepValue(el, m), m).to.equal('no reportado');
    expect(root(el).querySelector('li[data-moment="paid"] rect.missing')).to.exist;
    expect(root(el).querySelector('li[data-moment="paid"] rect.fill')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('English and dark theme', async () => {
    const el = await mount('E001', { lang: 'en', theme: 'dark' });
    expect(text(root(el).querySelector('[part~="summary"]'))).to.match(/Of every 100 pesos in its budget, \d+ have been paid\./);
    expect(nbsp(stepValue(el, 'approved'))).to.equal(nbsp(formatMoney(program('E001').amounts.approved, 'en')));
    // Switching the language live re-renders in Spanish.
    el.setAttribute('lang', 'es');
    await waitUntil(() => /De cada 100 pesos/.test(text(root(el).querySelector('[part~="summary"]'))), 'switched to Spanish');
    expect(stepValue(el, 'paid')).to.equal(formatMoney(program('E001').amounts.paid, 'es'));
    el.setAttribute('lang', 'en');
    await waitUntil(() => /Of every 100 pesos/.test(text(root(el).querySelector('[part~="summary"]'))), 'back to English');
    expect(text(root(el).querySelector('.breakdown-controls label'))).to.equal('Break down by');
    await expect(el).to.be.accessible();
  });

  it('periods: the ladder is on screen before the chart; the chart renders near the viewport and is finalized on disconnect', async () => {
    const before = liveChartViews();
    const wrap = await fixture<HTMLDivElement>(
      html`<div><div style="height: 500vh"></div><tp-spending-flow src=${SAMPLE} program="E001" lang="es"></tp-spending-flow></div>`,
    );
    const el = wrap.querySelector<TpSpendingFlow>('tp-spending-flow')!;
    await waitUntil(() => el.state === 'ready', 'ready', { timeout: 15000 });
    await el.updateComplete;
    // Far below the viewport: the ladder and the sentences are there, no chart has been drawn.
    expect(steps(el)).to.have.length(7);
    expect(text(root(el).querySelector('[part~="summary"]'))).to.contain('De cada 100 pesos');
    const container = root(el).querySelector('[part~="chart"]')!;
    expect(container.querySelector('svg')).to.equal(null);
    expect(liveChartViews()).to.equal(before);
    const rendered = el.chart.rendered();
    el.scrollIntoView();
    await rendered;
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).to.contain('La línea vertical marca la fecha de corte: 30 de septiembre de 2024');
    expect(text(svg)).to.contain('Corte: 30 de septiembre de 2024');
    expect(liveChartViews()).to.equal(before + 1);
    await expect(el).to.be.accessible();
    wrap.remove();
    expect(liveChartViews()).to.equal(before);
  });
});

describe('<tp-spending-flow> at 280 px', () => {
  for (const program of ['E001', '']) {
    it(`${program || 'whole feed'}: no horizontal overflow in a phone's article column`, async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 280px"><tp-spending-flow src=${SAMPLE} program=${program}></tp-spending-flow></div>`,
      );
      const el = wrap.querySelector<TpSpendingFlow>('tp-spending-flow')!;
      if (!program) el.removeAttribute('program');
      await waitUntil(() => el.state === 'ready', 'ready', { timeout: 15000 });
      await el.updateComplete;
      const base = root(el).querySelector<HTMLElement>('[part~="base"]')!;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      for (const details of root(el).querySelectorAll('details')) details.open = true;
      expect(base.scrollWidth, 'open disclosures scroll inside their own region').to.be.at.most(base.clientWidth);
    });
  }
});

describe('<tp-spending-flow> whole-feed mode', () => {
  it('shows the feed totals and the top programs; a program button fires tp-select by click and keyboard', async () => {
    // Programs only: the feed has no statement of its own (no totals, no breakdowns).
    const el = await mount(undefined, { src: blobFeed({ ...sample, totals: undefined, breakdowns: undefined }) });
    expect(el.state).to.equal('ready');
    expect(text(root(el).querySelector('[part~="title"]'))).to.contain('todos los programas');
    const summary = text(root(el).querySelector('[part~="summary"]'));
    // K012 reports only approved and U090's modified was dropped: 10 of 12 programs are compared.
    expect(summary).to.contain('los 10 que reportan el presupuesto modificado suman');
    expect(summary).to.contain(
      'Solo 10 de los 12 programas reportan todos estos momentos. Las cifras que siguen son de ellos. De cada 100 pesos',
    );
    expect(summary).to.contain('1 programa tiene datos fuera del orden esperado: U090.');
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('ol.rows button.name')];
    expect(buttons.length).to.be.greaterThan(0);
    expect(buttons.length).to.be.at.most(11);
    let ev = oneEvent(el, 'tp-select');
    buttons[0]!.click();
    let e = await ev;
    const key = buttons[0]!.closest('li')!.dataset.id!;
    expect(e.detail).to.deep.equal({ program: key });
    expect(e.bubbles && e.composed).to.equal(true);
    ev = oneEvent(el, 'tp-select');
    buttons[1]!.focus();
    await sendKeys({ press: 'Enter' });
    e = await ev;
    expect(e.detail.program).to.equal(buttons[1]!.closest('li')!.dataset.id);
    // Every program is in the table.
    expect(await tableRows(el, 'Desglose: programa')).to.have.length(sample.programs.length);
    await expect(el).to.be.accessible();
  });
});

describe("<tp-spending-flow> statement mode (a publisher's own totals and breakdowns)", () => {
  const TANHUATO = '/demo/data/real-tanhuato-mich-2019q1.json';
  it('Tanhuato 2019 Q1: totals as published, chapters, drill down by click and keyboard, back; the table has every row of the level', async () => {
    const feed: Feed = await (await fetch(TANHUATO)).json();
    const el = await mount(undefined, { src: TANHUATO });
    expect(el.state).to.equal('ready');
    expect(text(root(el).querySelector('[part~="title"]'))).to.contain('todo el presupuesto');
    const ladder = text(root(el).querySelector('ol.ladder'));
    expect(nbsp(ladder)).to.contain(nbsp(formatMoney(feed.totals!.approved!, 'es')));
    const chapters = feed.breakdowns!.filter((r) => r.by === 'chapter');
    expect(await tableRows(el, 'Desglose: capítulo de gasto')).to.have.length(chapters.length);
    const first = root(el).querySelector<HTMLButtonElement>('ol.rows li[data-id="1000"] button.name')!;
    expect(first).to.exist;
    first.click();
    await waitUntil(() => root(el).querySelector('.drill-where'), 'opened chapter 1000');
    const concepts = feed.breakdowns!.filter((r) => r.by === 'concept' && r.parent === '1000');
    expect(await tableRows(el, 'Desglose: concepto de gasto')).to.have.length(concepts.length);
    const next = root(el).querySelector<HTMLButtonElement>('ol.rows button.name')!;
    next.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => /partida/.test(text(root(el).querySelector('h3[id$="-bd"]'))), 'opened a concept by keyboard');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.drill-nav button')!.click();
    await waitUntil(() => !root(el).querySelector('.drill-where'), 'back to the chapters');
    expect(text(root(el))).not.to.match(/NaN|undefined|\[object/);
  });

  it('by="unit" on the Guanajuato agency: the kind is chosen by attribute; programs are the last kind and fire tp-select', async () => {
    const el = await fixture<TpSpendingFlow>(
      html`<tp-spending-flow src="/demo/data/real-inaeba-gto-2022q4.json" by="unit"></tp-spending-flow>`,
    );
    await waitUntil(() => el.state === 'ready', 'ready', { timeout: 5000 });
    expect(text(root(el).querySelector('h3[id$="-bd"]'))).to.contain('unidad responsable');
    const select = root(el).querySelector<HTMLSelectElement>('.breakdown-controls select')!;
    select.value = 'program';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const ev = oneEvent(el, 'tp-select');
    root(el).querySelector<HTMLButtonElement>('ol.rows button.name')!.click();
    expect((await ev).detail.program).to.be.a('string');
  });
});

describe('<tp-spending-flow> on real data', () => {
  async function feedOrSkip(ctx: Mocha.Context, name: string): Promise<string> {
    const url = `/.tmp/feeds/${name}`;
    const res = await fetch(url, { method: 'HEAD' }).catch(() => undefined);
    if (!res?.ok) {
      console.log(`spending-flow: ${url} not found (run scripts/make-test-feeds.ts); real-data test skipped`);
      ctx.skip();
    }
    return url;
  }

  it('Puebla 2016 Q1, I016: all seven moments with the amounts of its program-total row', async function () {
    const src = await feedOrSkip(this, 'puebla2016.json');
    const el = await mount('I016', { src });
    expect(el.state).to.be.oneOf(['ready', 'stale']);
    // ../shared/data/gasto-federalizado-puebla-2016t1/README.md, check figures: the I016 programme row
    // ('2016', Aprobado '523734308', Comprometido '523734308', Pagado '88109514.46'); the other four
    // are the same row of puebla_avance_financiero_2016t1.csv (Modificado 523734308, Recaudado
    // (Ministrado) 130985951, Devengado 88109514.46, Ejercido 88109514.46).
    const expected: Record<string, string> = {
      approved: '$523,734,308.00',
      modified: '$523,734,308.00',
      ministered: '$130,985,951.00',
      committed: '$523,734,308.00',
      accrued: '$88,109,514.46',
      exercised: '$88,109,514.46',
      paid: '$88,109,514.46',
    };
    expect([...stepMoments(el)].sort()).to.deep.equal(Object.keys(expected).sort());
    for (const li of steps(el)) expect(text(li.querySelector('[part~="value"]'))).not.to.equal('no reportado');
    const rows = await tableRows(el, 'Momentos del gasto');
    const byMoment = Object.fromEntries(stepMoments(el).map((m, i) => [m, rows[i]![1]]));
    expect(byMoment).to.deep.equal(expected);
    expect(text(root(el).querySelector('[part~="summary"]'))).to.contain(
      '17 ya se pagaron. 83 están en contratos, pero lo comprado aún no llega.',
    );
    await expect(el).to.be.accessible();
  });

  it('Cuenta Pública 2023, S176: four moments, committed and paid "no reportado"', async function () {
    const src = await feedOrSkip(this, 'cp2023.json');
    const el = await mount('20-S176', { src });
    expect(el.state).to.be.oneOf(['ready', 'stale']);
    // ../shared/data/cp-programatica-2023/README.md check figures for S176.
    const rows = await tableRows(el, 'Momentos del gasto');
    const byMoment = Object.fromEntries(stepMoments(el).map((m, i) => [m, rows[i]![1]]));
    expect(byMoment.approved).to.equal('$339,341,355,804.00');
    expect(byMoment.modified).to.equal('$330,613,247,068.45');
    expect(byMoment.accrued).to.equal('$330,613,215,950.29');
    expect(byMoment.exercised).to.equal('$330,613,215,950.29');
    expect(stepValue(el, 'approved')).to.equal('$339,341.4 millones');
    expect(stepValue(el, 'committed')).to.equal('no reportado');
    expect(stepValue(el, 'paid')).to.equal('no reportado');
    expect(steps(el).filter((li) => !li.classList.contains('not-reported'))).to.have.length(4);
    expect(text(root(el).querySelector('[part~="summary"]'))).to.contain('No hay datos de lo comprometido ni lo pagado.');
    // 31,118.16 pesos were not accrued: the split never says 100 of 100 when it is not all.
    expect(text(root(el).querySelector('[part~="summary"]'))).to.contain(
      'casi 100 son de bienes y servicios que ya llegaron. Menos de 1 aún no se usa en bienes ni servicios.',
    );
    expect(text(root(el).querySelector('li[data-moment="modified"] .change'))).to.equal('(bajó 2.6%)');
    // 330,613,215,950.29 of 330,613,247,068.45 is not all of it: never "100.0%".
    expect(text(root(el).querySelector('li[data-moment="accrued"] .share'))).to.equal('99.9% del modificado');
    // Issue 18: the 5 types of spending whose amounts are all 0 are one line, not five rows of "$0".
    expect(text(root(el).querySelector('ol.rows li.zero'))).to.equal('5 tipos de gasto: todos sus montos son 0.');
    expect(root(el).querySelectorAll('ol.rows li.row:not(.zero)')).to.have.length(3);
    await expect(el).to.be.accessible();
  });
});

describe('<tp-spending-flow> under a strict CSP', () => {
  it('renders the periods chart with no securitypolicyviolation events', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '700px';
    frame.style.height = '900px';
    frame.srcdoc = `<!doctype html><html lang="es"><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'">
      <title>csp</title></head><body>
      <script type="module" src="${new URL('./spending-flow.csp-fixture.ts', import.meta.url).pathname}"></script></body></html>`;
    document.body.append(frame);
    type R = {
      evalBlocked: boolean;
      violations: string[];
      state: string;
      steps: number;
      svg: boolean;
      marks: number;
      live: number;
      error: string;
    };
    const win = () => frame.contentWindow as unknown as { __flowCsp?: R };
    await waitUntil(() => win()?.__flowCsp, 'the flow did not render inside the CSP page', { timeout: 20000 });
    const r = win().__flowCsp!;
    frame.remove();
    expect(r.evalBlocked, 'the CSP must block eval, else this test proves nothing').to.equal(true);
    expect(r.state).to.equal('ready');
    expect(r.steps).to.equal(7);
    expect(r.error).to.equal('');
    expect(r.svg).to.equal(true);
    expect(r.marks).to.be.greaterThan(0);
    expect(r.live).to.equal(0, 'the view is finalized once the element is removed');
    expect(r.violations).to.deep.equal([]);
  });
});
