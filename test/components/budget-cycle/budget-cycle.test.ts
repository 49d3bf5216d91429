import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/budget-cycle.js';
import '../../../src/define/feed.js';
import type { TpBudgetCycle } from '../../../src/components/budget-cycle/budget-cycle.js';
import { CYCLE_PHASES, cycleView } from '../../../src/components/budget-cycle/budget-cycle.model.js';
import { render } from 'lit';
import { renderCycleStrip } from '../../../src/components/budget-cycle/parts/cycle-strip.js';
import { renderOverdueNotice } from '../../../src/platform/parts/overdue-notice.js';
import { completeProgram } from '../../fixtures/cycle-feeds.js';
import { allCycleFeed, CYCLE_TODAY, feedUrl, overdueFeed, quarterlyOnlyFeed } from '../../fixtures/cycle-feeds.js';

const ALL = feedUrl(allCycleFeed());
const OVERDUE = feedUrl(overdueFeed());
const QUARTERLY = feedUrl(quarterlyOnlyFeed());

async function mount(program: string, opts: { src?: string; lang?: string; compact?: boolean; today?: string } = {}) {
  const el = await fixture<TpBudgetCycle>(html`<tp-budget-cycle
    src=${opts.src ?? ALL}
    program=${program}
    lang=${opts.lang ?? 'es'}
    today=${opts.today ?? CYCLE_TODAY}
    ?compact=${opts.compact ?? false}
  ></tp-budget-cycle>`);
  await waitUntil(() => el.state !== 'loading', 'the element left the loading state', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

const root = (el: TpBudgetCycle) => el.shadowRoot!;
const phases = (el: TpBudgetCycle) => [...root(el).querySelectorAll<HTMLButtonElement>('ol[part~="strip"] .tp-phase')];
const statuses = (el: TpBudgetCycle) => [...root(el).querySelectorAll<HTMLElement>('ol[part~="strip"] li')].map((li) => li.dataset.status);
/** The accessible name of a button = its text content (no aria-label). */
const nameOf = (b: HTMLElement) => b.textContent!.replace(/\s+/g, ' ').trim();

describe('<tp-budget-cycle>', () => {
  it('is accessible while loading', async () => {
    const wrapper = await fixture(html`<tp-feed><tp-budget-cycle program="20-S176"></tp-budget-cycle></tp-feed>`);
    const el = wrapper.querySelector('tp-budget-cycle')!;
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part~="status"][data-kind="loading"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the seven phases in order with names and statuses in words, then the chain sentence', async () => {
    const el = await mount('20-S176');
    expect(el.state).to.equal('ready');
    const items = phases(el);
    expect(items.map((b) => b.dataset.phase)).to.deep.equal([...CYCLE_PHASES]);
    expect(items.every((b) => b.localName === 'button')).to.equal(true);
    expect(statuses(el)).to.deep.equal(Array(7).fill('complete'));
    expect(nameOf(items[0]!)).to.equal('✓ Planeación completa Alineado al PND: Política Social, objetivo 1, estrategia 2');
    expect(nameOf(items[2]!)).to.contain('Presupuestación completa Aprobado: $1,234.5 millones');
    expect(nameOf(items[3]!)).to.contain('Pagado: 81% del modificado');
    expect(nameOf(items[6]!)).to.contain('Cuenta Pública 2023, publicada el 30 de abril de 2024');
    const strip = root(el).querySelector('ol[part~="strip"]')!;
    const summary = root(el).querySelector('[part~="summary"]')!;
    expect(strip.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(summary.textContent).to.equal('Este programa gastó el 81% de su presupuesto. Con los datos que hay, su cadena no se rompe.');
    expect(root(el).textContent).not.to.match(/NaN|undefined|\[object/);
    await expect(el).to.be.accessible();
  });

  it('selecting a phase fires tp-select with ids only and opens its detail', async () => {
    const el = await mount('20-S176');
    const evaluation = phases(el)[5]!;
    setTimeout(() => evaluation.click());
    const ev = await oneEvent(el, 'tp-select');
    expect(ev.detail).to.deep.equal({ program: '20-S176', phase: 'evaluation' });
    expect(ev.bubbles && ev.composed).to.equal(true);
    await el.updateComplete;
    expect(evaluation.getAttribute('aria-pressed')).to.equal('true');
    const detail = root(el).querySelector('[part~="detail"]')!;
    expect(evaluation.getAttribute('aria-controls')).to.equal(detail.id);
    expect(detail.textContent).to.contain('Evaluación de procesos 2021 · 3 ASM, 2 atendidos');
    expect(detail.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/evaluacion-procesos-2021.zip');
    await expect(el).to.be.accessible();
    evaluation.click();
    await el.updateComplete;
    expect(evaluation.getAttribute('aria-pressed')).to.equal('false');
  });

  it('is operable by keyboard: Tab reaches each phase, arrows move, Enter selects', async () => {
    const el = await mount('20-S176');
    const items = phases(el);
    items[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(items[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(root(el).activeElement).to.equal(items[2]);
    await sendKeys({ press: 'End' });
    expect(root(el).activeElement).to.equal(items[6]);
    await sendKeys({ press: 'ArrowRight' });
    expect(root(el).activeElement).to.equal(items[0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(root(el).activeElement).to.equal(items[6]);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const ev = await oneEvent(el, 'tp-select');
    expect(ev.detail).to.deep.equal({ program: '20-S176', phase: 'accountability' });
    await el.updateComplete;
    setTimeout(() => void sendKeys({ press: 'Home' }).then(() => sendKeys({ press: 'Space' })));
    const ev2 = await oneEvent(el, 'tp-select');
    expect(ev2.detail.phase).to.equal('planning');
  });

  it('every phase partial', async () => {
    const el = await mount('20-S072', { src: QUARTERLY });
    expect(statuses(el)).to.deep.equal(Array(7).fill('partial'));
    expect(nameOf(phases(el)[4]!)).to.contain('Seguimiento parcial 2 de 3 indicadores en verde 1 sin avance reportado');
    await expect(el).to.be.accessible();
  });

  it('breaks: attention with the reason in words, and the chain-break sentence', async () => {
    const el = await mount('12-U013');
    expect(statuses(el)).to.deep.equal(['attention', 'complete', 'attention', 'attention', 'attention', 'attention', 'complete']);
    expect(nameOf(phases(el)[3]!)).to.contain('requiere atención');
    expect(nameOf(phases(el)[3]!)).to.contain('El pagado ($243.0 millones) supera al ejercido ($200.0 millones)');
    expect(root(el).querySelector('[part~="summary"]')!.textContent).to.equal(
      'Este programa gastó el 81% de su presupuesto. 2 de sus 4 metas no se cumplieron. Su evaluación le pidió 2 mejoras. Aún no las cumple. 1 ya venció.',
    );
    await expect(el).to.be.accessible();
  });

  it('paid without indicators needs attention in programming', async () => {
    const el = await mount('20-E003');
    expect(statuses(el)[1]).to.equal('attention');
    expect(statuses(el)[4]).to.equal('missing');
    expect(nameOf(phases(el)[1]!)).to.contain('Gastó $810.0 millones sin indicadores');
    await expect(el).to.be.accessible();
  });

  it('only approved amounts: budgeting complete, the rest missing, in English', async () => {
    const el = await mount('16-E005', { lang: 'en' });
    expect(statuses(el)).to.deep.equal(['missing', 'missing', 'complete', 'missing', 'missing', 'missing', 'complete']);
    expect(nameOf(phases(el)[2]!)).to.equal('✓ Budgeting complete Approved: MXN 98.8 million');
    expect(nameOf(phases(el)[1]!)).to.equal('○ Programming no data No indicators (MIR) in the data');
    await expect(el).to.be.accessible();
  });

  it('overdue feed: polite notice and accountability needs attention', async () => {
    const el = await mount('20-S176', { src: OVERDUE, today: '2024-11-02' });
    const notice = root(el).querySelector('[part~="overdue"]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent!.trim()).to.contain('Estos datos debieron actualizarse el 30 de octubre de 2024.');
    expect(statuses(el)[6]).to.equal('attention');
    await expect(el).to.be.accessible();
    el.today = '2024-10-02';
    await waitUntil(() => !root(el).querySelector('[part~="overdue"]'), 'notice gone when not overdue');
    await el.updateComplete;
    expect(statuses(el)[6]).to.equal('complete');
  });

  it('compact: names and statuses, evidence kept in the accessible name', async () => {
    const el = await mount('20-S176', { compact: true });
    expect(el.hasAttribute('compact')).to.equal(true);
    const first = phases(el)[0]!;
    expect(first.querySelector('.tp-phase-evidence')!.classList.contains('visually-hidden')).to.equal(true);
    expect(nameOf(first)).to.contain('Planeación completa Alineado al PND');
    expect(root(el).querySelector('.tp-data-table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('dark theme with every kind of status is accessible', async () => {
    const el = await mount('12-U013');
    el.theme = 'dark';
    await el.updateComplete;
    phases(el)[3]!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('fits 280 px without horizontal overflow', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:280px"><tp-budget-cycle
      src=${ALL} program="12-U013" today=${CYCLE_TODAY}></tp-budget-cycle></div>`);
    const el = wrap.querySelector('tp-budget-cycle')!;
    await waitUntil(() => el.state === 'ready', 'ready', { timeout: 10000 });
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(280);
    await expect(el).to.be.accessible();
  });

  it('empty: a program with no cycle data at all', async () => {
    const el = await mount('99-Z999');
    expect(el.state).to.equal('empty');
    await expect(el).to.be.accessible();
  });

  it('error: unknown program and missing feed', async () => {
    const el = await mount('XX-000');
    expect(el.state).to.equal('error');
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
    const el2 = await mount('20-S176', { src: '/no-such-feed-for-budget-cycle.json' });
    expect(el2.state).to.equal('error');
    await expect(el2).to.be.accessible();
  });

  it('stale: the last good copy stays when a refresh fails', async () => {
    const url = feedUrl(allCycleFeed());
    const wrapper = await fixture<HTMLElement & { reload(): Promise<void> }>(
      html`<tp-feed src=${url}><tp-budget-cycle program="20-S176" today=${CYCLE_TODAY}></tp-budget-cycle></tp-feed>`,
    );
    const el = wrapper.querySelector('tp-budget-cycle')!;
    await waitUntil(() => el.state === 'ready', 'ready first', { timeout: 10000 });
    URL.revokeObjectURL(url);
    await wrapper.reload();
    await waitUntil(() => el.state === 'stale', 'stale after a failed refresh', { timeout: 10000 });
    expect(phases(el as TpBudgetCycle)).to.have.length(7);
    await expect(el).to.be.accessible();
  });
});

describe('renderCycleStrip and renderOverdueNotice (for other widgets)', () => {
  const view = () => {
    const feed = allCycleFeed();
    return cycleView(
      feed,
      feed.programs.find((p) => p.key === completeProgram().key)!,
      { today: CYCLE_TODAY },
    );
  };

  it('with href: an ordered list of links, only safe URLs; arrows move between them', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(
      renderCycleStrip(view(), 'en', {
        compact: true,
        href: (p) => (p === 'budgeting' ? 'javascript:alert(1)' : `/programa/20-S176#${p}`),
      }),
      host,
    );
    const links = [...host.querySelectorAll('ol > li > a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(
      CYCLE_PHASES.filter((p) => p !== 'budgeting').map((p) => `/programa/20-S176#${p}`),
    );
    expect(host.querySelector('li[data-phase="budgeting"] a')).to.equal(null);
    expect(nameOf(links[0] as HTMLElement)).to.contain('Planning complete Aligned with the PND');
    (links[0] as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(document.activeElement).to.equal(links[1]);
    await expect(host).to.be.accessible();
  });

  it('without href or onSelect: plain text items, nothing to operate', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderCycleStrip(view(), 'es'), host);
    expect(host.querySelectorAll('ol > li')).to.have.length(7);
    expect(host.querySelectorAll('button, a')).to.have.length(0);
    await expect(host).to.be.accessible();
  });

  it('overdue notice: polite status in the language, nothing when not overdue', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderOverdueNotice({ due: '2024-10-30' }, 'en'), host);
    const notice = host.querySelector('[part~="overdue"]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    // One compact line (icon + words, never colour alone); the full date and its meaning one click away.
    const summary = notice.querySelector('details > summary')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('!Data out of date: due for update on Oct 30, 2024');
    const details = notice.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('p')!.textContent).to.contain('This data should have been updated by October 30, 2024.');
    render(renderOverdueNotice({ due: '2024-10-30' }, 'es'), host);
    expect(host.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '!Datos atrasados: debieron actualizarse el 30 oct 2024',
    );
    render(renderOverdueNotice(null, 'en'), host);
    expect(host.querySelector('[part~="overdue"]')).to.equal(null);
  });
});

describe('<tp-budget-cycle> on real data (cp2023-full)', () => {
  let src: string | undefined;
  before(async function () {
    const res = await fetch('/.tmp/feeds/cp2023-full.json', { method: 'HEAD' }).catch(() => undefined);
    if (!res?.ok) {
      console.log('budget-cycle: /.tmp/feeds/cp2023-full.json not found (run scripts/make-test-feeds.ts); real-data tests skipped');
      this.skip();
    }
    src = '/.tmp/feeds/cp2023-full.json';
  });

  it('20-S176: alignment, 12 evaluations, 33 ASM, MSD 2013–2018 and ISeD', async () => {
    const el = await mount('20-S176', { src });
    expect(el.state).to.be.oneOf(['ready', 'stale']);
    const more = root(el).querySelector<HTMLDetailsElement>('details.tp-more')!;
    const tables = [...more.querySelectorAll('table')];
    const byCaption = (start: string) => tables.find((t) => t.caption!.textContent!.startsWith(start))!;
    const rows = (t: HTMLTableElement) => [...t.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));

    const plan = rows(byCaption('Alineación'));
    const pnd = plan.find((r) => r[0]!.startsWith('Plan Nacional'))!;
    // Columns: plan, axis, objective, strategy, sectoral program, its objective, its strategy, year.
    expect(pnd[1]).to.equal('Política Social');
    expect(pnd[4]).to.equal('Programa Sectorial de Bienestar 2020-2024');
    expect(pnd[5]).to.match(/^1(\.|$)/);
    expect(pnd[6]).to.match(/^2(\.|$)/);
    expect(pnd[7]).to.equal('2021');
    expect(nameOf(phases(el)[0]!)).to.contain('Política Social · Programa Sectorial de Bienestar 2020-2024, objetivo 1, estrategia 2');

    const evals = byCaption('Evaluaciones externas');
    expect(evals.caption!.textContent).to.equal('Evaluaciones externas (12)');
    expect(rows(evals).some((r) => r[0] === '2018' && r[1] === 'Evaluación de consistencia y resultados' && r[2] === 'PAE2017')).to.equal(
      true,
    );

    expect(byCaption('Aspectos susceptibles').caption!.textContent).to.equal('Aspectos susceptibles de mejora (ASM) (33)');

    const perf = rows(byCaption('Valoración del desempeño'));
    const msd = perf.filter((r) => r[1]!.startsWith('MSD'));
    expect(msd.map((r) => r[0])).to.deep.equal(['2013', '2014', '2015', '2016', '2017', '2018']);
    expect(msd[5]!.slice(2)).to.deep.equal(['4.7', 'ALTO']);
    const ised = perf.find((r) => r[1]!.startsWith('ISeD'))!;
    expect(ised.slice(2)).to.deep.equal(['0.88', 'Alto']);

    await expect(el).to.be.accessible();
  });
});
