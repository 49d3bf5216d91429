import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { feedContext } from '../../../src/feed/context.js';
import type { FeedContextValue } from '../../../src/feed/context.js';
import type { LoadedFeed } from '../../../src/feed/load.js';
import type { Feed, Program } from '../../../src/feed/types.js';
import { truncateRatio } from '../../../src/components/program-card/program-card.model.js';
import { formatPercent } from '../../../src/i18n/format.js';
import '../../../src/define/program-card.js';
import { registerLocalePack, unregisterLocalePack } from '../../../src/i18n/registry.js';
import { loadProblemWording } from '../../../src/feed/problems.js';
import type { TpProgramCard } from '../../../src/components/program-card/program-card.js';
import { openTables } from '../../helpers/open-tables.js';

/** A made-up feed given through a context provider, to drive every state. */
class TestFeedProvider extends LitElement {
  provider = new ContextProvider(this, { context: feedContext });
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('test-feed-provider', TestFeedProvider);

const SAMPLE = '/demo/data/sample-feed.json';
const nb = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const sr = (el: Element) => el.shadowRoot!;
const text = (el: Element, sel: string) => nb(sr(el).querySelector(sel)?.textContent);
const settled = (el: TpProgramCard) => waitUntil(() => el.state !== 'loading', `state stayed ${el.state}`, { timeout: 10000 });

function program(key: string, extra: Partial<Program> = {}): Program {
  return { key, name: `Programa ${key}`, amounts: { approved: 1000, modified: 1000, paid: 812 }, ...extra };
}
function loaded(programs: Program[], stale = false): LoadedFeed {
  const feed: Feed = {
    version: 1,
    publisher: { name: 'Secretaría de prueba', url: 'https://example.org/', jurisdiction: 'MX-ROO' },
    cycle: 2024,
    currency: 'MXN',
    asOf: '2024-09-30',
    sources: [{ title: 'Fuente de prueba', url: 'javascript:alert(1)', license: 'CC-BY-4.0' }],
    moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'],
    programs,
  };
  return { url: 'https://example.org/feed.json', feed, problems: [], stale, format: 'json', loadedAt: 0 };
}

async function inProvider(value: FeedContextValue | undefined, card: string, lang = 'es') {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const provider = document.createElement('test-feed-provider') as TestFeedProvider;
  provider.provider.setValue(value);
  const el = document.createElement('tp-program-card');
  el.setAttribute('program', card);
  provider.append(el);
  wrap.append(provider);
  return { el, provider, wrap };
}

describe('<tp-program-card>', () => {
  it('loading: a skeleton, busy, announced politely, accessible', async () => {
    const { el } = await inProvider({ src: 'x', state: 'loading' }, 'E001');
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('state')).to.equal('loading');
    expect(sr(el).querySelector('[part~=base]')!.getAttribute('aria-busy')).to.equal('true');
    const status = sr(el).querySelector('[part~=status]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(nb(status.textContent)).to.equal('Cargando datos…');
    await expect(el).to.be.accessible();
  });

  it('ready: from its own src, fires tp-load, shows heading, money, bar, indicator, badges; accessible', async () => {
    const el = await fixture<TpProgramCard>(html`<tp-program-card src=${SAMPLE} program="e 001"></tp-program-card>`);
    const ev = await oneEvent(el, 'tp-load');
    expect(ev.detail.program).to.equal('E001');
    expect(ev.detail.src).to.match(/sample-feed\.json$/);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(text(el, '[part~=title]')).to.equal('Atención médica de primer nivel');
    expect(sr(el).querySelector('[part~=title]')!.getAttribute('role')).to.equal('heading');
    expect(text(el, '[data-moment=approved]')).to.equal('$1,285.4 millones');
    expect(text(el, '[data-moment=modified]')).to.equal('$1,339.4 millones +4.2% frente al aprobado');
    const v = el.view!;
    const rate = truncateRatio(v.money.execution!.rate);
    expect(text(el, '[data-rate]')).to.equal(nb(formatPercent(rate, 'es')));
    const meter = sr(el).querySelector('[role=meter]')!;
    expect(meter.getAttribute('aria-valuenow')).to.equal(String(Math.round(rate * 1000) / 10));
    expect(meter.getAttribute('aria-valuetext')).to.contain('pagado del modificado');
    expect(text(el, '[part~=summary]')).to.match(/^Ya se pagó el \d+(\.\d)?% de su presupuesto\./);
    expect(sr(el).querySelector('.light[data-light]')).to.exist;
    expect(text(el, '.light')).to.match(/Semáforo (verde|amarillo|rojo)/);
    const sdg = sr(el).querySelector<HTMLElement>('.sdg')!;
    expect(sdg).to.exist;
    expect(getComputedStyle(sdg).getPropertyValue('--_sdg-bg').trim()).to.match(/^#[0-9A-F]{6}$/);
    expect(text(el, '[data-badge=gender]')).to.contain('Perspectiva de género');
    expect(text(el, '[data-badge=served]')).to.contain('331,045 mujeres');
    expect(sr(el).querySelector('table'), 'the table is built when the disclosure opens').to.equal(null);
    await openTables(el);
    expect(sr(el).querySelector('table caption')).to.exist;
    expect(sr(el).querySelectorAll('th[scope=col]').length).to.equal(3);
    expect(sr(el).querySelectorAll('th[scope=row]').length).to.equal(7);
    expect(text(el, '[part~=source]')).to.contain('datos al 30 de septiembre de 2024');
    await expect(el).to.be.accessible();
  });

  it('dark theme, English, compact and full: accessible (contrast included)', async () => {
    for (const variant of ['full', 'compact'] as const) {
      const el = await fixture<TpProgramCard>(
        html`<tp-program-card src=${SAMPLE} program="E001" theme="dark" lang="en" variant=${variant}></tp-program-card>`,
      );
      await settled(el);
      expect(el.getAttribute('theme')).to.equal('dark');
      const bg = getComputedStyle(sr(el).querySelector('[part~=base]')!).backgroundColor;
      expect(bg).to.equal('rgb(13, 17, 23)');
      expect(text(el, '[data-moment=approved]')).to.equal('MXN 1.3 billion');
      await expect(el).to.be.accessible();
    }
  });

  it('empty: a found program with no amounts and no indicators', async () => {
    const { el } = await inProvider({ src: 'x', state: 'ready', loaded: loaded([program('E001', { amounts: {} })]) }, 'E001');
    await settled(el);
    expect(el.getAttribute('state')).to.equal('empty');
    expect(sr(el).querySelector('[part~=status][role=status]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('error: an unknown key names the key and the closest keys (role=alert, tp-error)', async () => {
    const el = document.createElement('tp-program-card');
    el.src = SAMPLE;
    el.program = 'E0011';
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const got = oneEvent(el, 'tp-error');
    wrap.append(el);
    const ev = await got;
    expect(ev.detail.code).to.equal('unknown-program');
    expect(ev.detail.message).to.contain('«E0011»');
    expect(ev.detail.message).to.contain('E001');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('error');
    const alert = sr(el).querySelector('[role=alert]')!;
    expect(nb(alert.textContent)).to.contain('Claves parecidas');
    await expect(el).to.be.accessible();
  });

  it('error: an ambiguous key lists every candidate', async () => {
    const { el } = await inProvider(
      { src: 'x', state: 'ready', loaded: loaded([program('11-E023'), program('12-E023'), program('K027')]) },
      'E023',
    );
    await settled(el);
    expect(el.state).to.equal('error');
    expect(text(el, '[role=alert]')).to.contain('11-E023 y 12-E023');
    await expect(el).to.be.accessible();
  });

  it('error: a feed that cannot be loaded, and a missing program attribute', async () => {
    const el = await fixture<TpProgramCard>(html`<tp-program-card src="/no/such/feed.json" program="E001"></tp-program-card>`);
    await settled(el);
    expect(el.state).to.equal('error');
    expect(sr(el).querySelector('[role=alert]')).to.exist;
    await expect(el).to.be.accessible();
    const none = await fixture<TpProgramCard>(html`<tp-program-card src=${SAMPLE}></tp-program-card>`);
    await settled(none);
    expect(none.state).to.equal('error');
    expect(text(none, '[role=alert]')).to.contain('Falta la clave del programa');
  });

  it('stale: shows the data with a "datos al" notice', async () => {
    const { el } = await inProvider({ src: 'x', state: 'stale', loaded: loaded([program('E001')], true) }, 'E001');
    await settled(el);
    expect(el.getAttribute('state')).to.equal('stale');
    expect(text(el, '[part~=status][data-kind=stale]')).to.contain('datos al 30 de septiembre de 2024');
    expect(text(el, '[part~=title]')).to.equal('Programa E001');
    await expect(el).to.be.accessible();
  });

  it('takes the feed from a surrounding provider and follows its updates', async () => {
    const { el, provider } = await inProvider({ src: 'x', state: 'ready', loaded: loaded([program('E001')]) }, 'E001');
    await settled(el);
    expect(text(el, '[data-moment=approved]')).to.equal('$1,000');
    provider.provider.setValue({ src: 'x', state: 'ready', loaded: loaded([program('E001', { amounts: { approved: 2e6 } })]) });
    await waitUntil(() => text(el, '[data-moment=approved]') === '$2.0 millones');
  });

  it('switches language when lang changes on an ancestor or on itself', async () => {
    const { el, wrap } = await inProvider({ src: 'x', state: 'ready', loaded: loaded([program('E001')]) }, 'E001');
    await settled(el);
    expect(text(el, 'details.tp-data-table > summary')).to.equal('Ver tabla de datos');
    wrap.setAttribute('lang', 'en');
    await waitUntil(() => text(el, 'details.tp-data-table > summary') === 'Show data table', 'did not switch to English');
    expect(text(el, '[data-moment=approved]')).to.equal('MXN 1,000');
    expect(text(el, '[part~=summary]')).to.match(/^So far, \d+(\.\d)?% of its /);
    el.setAttribute('lang', 'es-MX');
    await waitUntil(() => text(el, 'details.tp-data-table > summary') === 'Ver tabla de datos', 'own lang did not win');
    el.removeAttribute('lang');
    await waitUntil(() => text(el, 'details.tp-data-table > summary') === 'Show data table');
    await expect(el).to.be.accessible();
  });

  it('inside a <tp-feed> defined after the card (separate scripts), it still gets the feed', async () => {
    expect(customElements.get('tp-feed'), 'this test needs tp-feed undefined at first').to.equal(undefined);
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <tp-feed src=${SAMPLE}><tp-program-card program="E002"></tp-program-card><tp-program-card program="S010"></tp-program-card></tp-feed>
    </div>`);
    const cards = [...wrap.querySelectorAll('tp-program-card')];
    await cards[0]!.updateComplete;
    expect(cards.map((c) => c.state)).to.deep.equal(['loading', 'loading']);
    await import('../../../src/define/feed.js');
    await waitUntil(() => cards.every((c) => c.state === 'ready'), `states: ${cards.map((c) => c.state)}`, { timeout: 10000 });
    expect(text(cards[1]!, '[part~=title]')).to.not.equal('');
    await expect(cards[0]!).to.be.accessible();
  });

  it('a locale pack registered at run time re-renders the card, falling back to Spanish string by string', async () => {
    const { el } = await inProvider({ src: 'x', state: 'ready', loaded: loaded([program('E001')]) }, 'E001', 'xx-pack');
    await settled(el);
    expect(text(el, 'details.tp-data-table > summary')).to.equal('Ver tabla de datos');
    registerLocalePack({
      lang: 'xx-pack',
      name: 'prueba',
      strings: { showTable: 'TABLA-XX', 'card.execution': 'AVANCE-XX' },
      glossary: { approved: { term: 'APROBADO-XX' } },
    });
    try {
      await waitUntil(() => text(el, 'details.tp-data-table > summary') === 'TABLA-XX', 'pack did not apply');
      expect(sr(el).querySelector('[role=meter]')!.getAttribute('aria-label')).to.equal('AVANCE-XX');
      expect(text(el, '.tp-term[data-term=approved] > button')).to.equal('APROBADO-XX');
      expect(text(el, '.tp-term[data-term=modified] > button')).to.equal('Modificado');
      expect(text(el, '[data-moment=approved]')).to.equal('$1,000');
    } finally {
      unregisterLocalePack('xx-pack');
    }
    await waitUntil(() => text(el, 'details.tp-data-table > summary') === 'Ver tabla de datos');
  });

  it('re-renders in the new language when moved to another container', async () => {
    const { el, provider } = await inProvider({ src: 'x', state: 'ready', loaded: loaded([program('E001')]) }, 'E001');
    await settled(el);
    expect(text(el, 'details.tp-data-table > summary')).to.equal('Ver tabla de datos');
    const other = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    other.append(provider);
    await waitUntil(() => text(el, 'details.tp-data-table > summary') === 'Show data table', 'did not follow the move');
  });

  it('resolves lang through shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const host = document.createElement('div');
    outer.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const provider = document.createElement('test-feed-provider') as TestFeedProvider;
    provider.provider.setValue({ src: 'x', state: 'ready', loaded: loaded([program('E001')]) });
    const el = document.createElement('tp-program-card');
    el.program = 'E001';
    provider.append(el);
    root.append(provider);
    await settled(el);
    expect(text(el, 'details.tp-data-table > summary')).to.equal('Show data table');
    outer.setAttribute('lang', 'es');
    await waitUntil(() => text(el, 'details.tp-data-table > summary') === 'Ver tabla de datos');
    provider.setAttribute('lang', 'en-GB');
    await waitUntil(() => text(el, 'details.tp-data-table > summary') === 'Show data table', 'lang inside the shadow root not seen');
  });

  it('glossary terms open with Enter or Space, close with Escape, and focus returns', async () => {
    const { el } = await inProvider({ src: 'x', state: 'ready', loaded: loaded([program('E001')]) }, 'E001');
    await settled(el);
    const term = sr(el).querySelector<HTMLElement>('.tp-term[data-term=approved]')!;
    const button = term.querySelector('button')!;
    const def = term.querySelector<HTMLElement>('.tp-term-def')!;
    expect(def.hidden).to.equal(true);
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(def.hidden).to.equal(false);
    expect(nb(def.textContent)).to.contain('Congreso');
    await sendKeys({ press: 'Escape' });
    expect(def.hidden).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(sr(el).activeElement).to.equal(button);
    await sendKeys({ press: 'Space' });
    expect(def.hidden).to.equal(false);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    expect(def.hidden).to.equal(true);
  });

  it('has no horizontal overflow at 280 px, with long words and badges', async () => {
    const long = 'Programa presupuestario de fortalecimiento institucional interinstitucionalmente coordinado '.repeat(3);
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 280px"></div>`);
    const provider = document.createElement('test-feed-provider') as TestFeedProvider;
    provider.provider.setValue({
      src: 'x',
      state: 'ready',
      loaded: loaded([
        program('20-S176', {
          name: long,
          objective: long.repeat(3),
          ramo: { id: '20', name: 'Bienestar' },
          unit: { id: '211', name: 'Dirección General de Políticas de Envejecimiento' },
          modality: { id: 'S', name: 'Sujetos a Reglas de Operación' },
          amounts: { approved: 339341355804, modified: 330613247068.45, exercised: 330613215950.29 },
          sdg: [
            { goal: 1, contribution: 'direct' },
            { goal: 10, contribution: 'indirect' },
            { goal: 16, contribution: 'indirect' },
          ],
          crossCutting: [
            { annex: 'gender', category: 'Acciones que promuevan la igualdad entre mujeres y hombres', amounts: { approved: 1e9 } },
          ],
        }),
      ]),
    });
    const el = document.createElement('tp-program-card');
    el.program = 'S176';
    provider.append(el);
    wrap.append(provider);
    await settled(el);
    for (const d of sr(el).querySelectorAll('details')) d.open = true;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(280);
    const base = sr(el).querySelector<HTMLElement>('[part~=base]')!;
    expect(base.scrollWidth, 'card box overflows').to.be.at.most(base.clientWidth);
    const right = el.getBoundingClientRect().right;
    for (const node of sr(el).querySelectorAll<HTMLElement>('*')) {
      if (node.closest('.tp-table-wrap') && node.localName !== 'div') continue; // the table scrolls inside its own region
      const r = node.getBoundingClientRect();
      if (r.width === 0) continue;
      expect(r.right, `${node.localName}.${node.className} sticks out`).to.be.at.most(right + 0.5);
    }
  });

  it('keeps a usable width as an item of a flex row (an inline-size container has no intrinsic width)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="display: flex; width: 600px"></div>`);
    const provider = document.createElement('test-feed-provider') as TestFeedProvider;
    provider.style.display = 'contents';
    provider.provider.setValue({ src: 'x', state: 'ready', loaded: loaded([program('E001')]) });
    const el = document.createElement('tp-program-card');
    el.program = 'E001';
    provider.append(el);
    wrap.append(provider);
    await settled(el);
    expect(el.getBoundingClientRect().width).to.be.at.least(280);
  });

  it('compact variant: heading, summary, money and table; no objective, badges or actions', async () => {
    const el = await fixture<TpProgramCard>(html`<tp-program-card src=${SAMPLE} program="E001" variant="compact"></tp-program-card>`);
    await settled(el);
    expect(sr(el).querySelector('[part~=title]')).to.exist;
    expect(sr(el).querySelector('[part~=summary]')).to.exist;
    expect(sr(el).querySelector('[role=meter]')).to.exist;
    expect(sr(el).querySelector('.objective')).to.equal(null);
    expect(sr(el).querySelector('[part~=badges]')).to.equal(null);
    expect(sr(el).querySelector('[part~=actions]')).to.equal(null);
    await openTables(el);
    expect(sr(el).querySelector('[part~=table]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('href-template makes a safe link; unsafe sources are text, not links', async () => {
    const { el } = await inProvider({ src: 'x', state: 'ready', loaded: loaded([program('20-S176')]) }, 'S176');
    el.hrefTemplate = '/programas/{key}?anio={cycle}';
    await settled(el);
    await el.updateComplete;
    expect(sr(el).querySelector('a[part~=link]')!.getAttribute('href')).to.equal('/programas/20-S176?anio=2024');
    el.hrefTemplate = 'javascript:alert("{key}")';
    await el.updateComplete;
    expect(sr(el).querySelector('a[part~=link]')).to.equal(null);
    for (const a of sr(el).querySelectorAll('a')) expect(a.getAttribute('href')).to.not.match(/^\s*javascript:/i);
    expect(text(el, '[part~=source]')).to.contain('Fuente de prueba');
  });

  it('lists data notes for the program', async () => {
    // The notes' wording is a lazy module: loaded, they render with the card (test/platform/data-notes.test.ts: before it).
    await loadProblemWording();
    const l = loaded([program('E001'), program('E002')]);
    l.problems = [
      { kind: 'order', code: 'amount-order', severity: 'warning', key: 'E001', params: { later: 'paid', earlier: 'exercised' } },
      { kind: 'order', code: 'duplicate-indicator', severity: 'warning', key: 'E002' },
    ];
    const { el } = await inProvider({ src: 'x', state: 'ready', loaded: l }, 'E001');
    await settled(el);
    expect(text(el, '[part~=notes] > summary')).to.equal('1 nota sobre los datos');
    // Reader wording (problemNote): no field path, no empty figure.
    expect(text(el, '[part~=notes] li')).to.equal('El pagado es mayor que el ejercido; se muestran tal como se publicaron.');
  });

  it('copies embed code with the CDN script and its attributes (src from the feed)', async () => {
    const { el } = await inProvider({ src: 'x', state: 'ready', loaded: loaded([program('E001')]) }, 'E001');
    el.setAttribute('variant', 'full');
    await settled(el);
    const details = sr(el).querySelector<HTMLDetailsElement>('[part~=actions]')!;
    details.open = true;
    // The buttons are built when the disclosure opens (whenOpen, on its toggle event).
    await waitUntil(() => sr(el).querySelector('[data-action=embed]'));
    sr(el).querySelector<HTMLButtonElement>('[data-action=embed]')!.click();
    const area = sr(el).querySelector('textarea')!;
    await waitUntil(() => area.value !== '');
    expect(area.value).to.match(/^<script type="module" src="https:\/\/[^"]+\/tp-widgets\.js"><\/script>\n<tp-program-card /);
    expect(area.value).to.contain('src="https://example.org/feed.json"');
    expect(area.value).to.contain('program="E001"');
    expect(area.value).to.not.contain('state=');
  });

  it('never requests the Vega chunk', async () => {
    const el = await fixture<TpProgramCard>(html`<tp-program-card src=${SAMPLE} program="E001"></tp-program-card>`);
    await settled(el);
    const names = performance.getEntriesByType('resource').map((r) => r.name);
    expect(
      names.some((n) => /sample-feed/.test(n)),
      'resource timing sees the feed',
    ).to.equal(true);
    expect(names.filter((n) => /vega/i.test(n))).to.deep.equal([]);
  });

  it('real data: Cuenta Pública 2023, S176 approved and execution rate', async function () {
    const url = '/.tmp/feeds/cp2023.json';
    const head = await fetch(url, { method: 'HEAD' });
    if (!head.ok) {
      console.log(`skip: ${url} not found (run scripts/make-test-feeds.ts with ../shared/data)`);
      this.skip();
    }
    const el = await fixture<TpProgramCard>(html`<tp-program-card src=${url} program="S176"></tp-program-card>`);
    await waitUntil(() => el.state !== 'loading', 'cp2023 did not load', { timeout: 20000 });
    expect(el.state, text(el, '[role=alert]')).to.equal('ready');
    expect(text(el, '[data-moment=approved]')).to.equal('$339,341.4 millones');
    // Check figures from ../shared/data/cp-programatica-2023/README.md: modified and exercised of S176.
    const expected = nb(formatPercent(truncateRatio(330613215950.29 / 330613247068.45), 'es'));
    expect(text(el, '[data-rate]')).to.equal(expected);
    await expect(el).to.be.accessible();
  });
});

describe('tp-program-card: budget cycle and overdue data', () => {
  it('shows the compact seven-phase strip with each status in words', async () => {
    const el = await fixture<TpProgramCard>(html`<tp-program-card src=${SAMPLE} program="E001" today="2024-10-01"></tp-program-card>`);
    await settled(el);
    expect(el.state).to.equal('ready');
    const items = [...sr(el).querySelectorAll('[part~="cycle"] li')];
    expect(items.length).to.equal(7);
    for (const li of items) expect(nb(li.textContent)).to.match(/\S/);
    expect(items.map((li) => li.getAttribute('data-status'))).to.satisfy((s: string[]) =>
      s.every((x) => ['complete', 'partial', 'missing', 'attention'].includes(x)),
    );
    expect(sr(el).querySelector('[part~="overdue"]'), 'not overdue on 2024-10-01').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a polite overdue notice when the promised update date has passed', async () => {
    const el = await fixture<TpProgramCard>(html`<tp-program-card src=${SAMPLE} program="E001" today="2025-01-15"></tp-program-card>`);
    await settled(el);
    const notice = sr(el).querySelector('[part~="overdue"]');
    expect(notice, 'overdue notice').to.exist;
    expect(notice!.getAttribute('role')).to.equal('status');
    expect(nb(notice!.textContent)).to.contain('30 de octubre de 2024');
    expect(nb(notice!.querySelector('summary')!.textContent)).to.contain('Datos atrasados: debieron actualizarse el 30 oct 2024');
    await expect(el).to.be.accessible();
    // The details are one click (or Enter) away.
    const summary = notice!.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(notice!.querySelector('details')!.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('compact variant: the overdue notice sits below the title, not before it', async () => {
    const el = await fixture<TpProgramCard>(
      html`<tp-program-card variant="compact" src=${SAMPLE} program="E001" today="2025-01-15"></tp-program-card>`,
    );
    await settled(el);
    const notices = sr(el).querySelectorAll('[part~="overdue"]');
    expect(notices.length).to.equal(1);
    const title = sr(el).querySelector('[part~="title"]')!;
    expect(title.compareDocumentPosition(notices[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    const full = await fixture<TpProgramCard>(html`<tp-program-card src=${SAMPLE} program="E001" today="2025-01-15"></tp-program-card>`);
    await settled(full);
    const top = sr(full).querySelector('[part~="overdue"]')!;
    expect(top.compareDocumentPosition(sr(full).querySelector('[part~="title"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});

describe('tp-program-card under a strict style-src CSP', () => {
  it('writes no style="" attributes (CSSOM only), so style-src \'self\' pages see no violation', async () => {
    // A CSP blocks style written as markup (setAttribute('style') / parsed attributes), not CSSOM writes.
    const original = Element.prototype.setAttribute;
    const styleWrites: string[] = [];
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name.toLowerCase() === 'style') styleWrites.push(`${this.localName}.${this.className}`);
      return original.call(this, name, value);
    };
    let el: TpProgramCard;
    try {
      el = await fixture<TpProgramCard>(html`<tp-program-card src=${SAMPLE} program="E001"></tp-program-card>`);
      await settled(el);
    } finally {
      Element.prototype.setAttribute = original;
    }
    expect(sr(el).querySelector('.fill'), 'execution bar').to.exist;
    expect(styleWrites).to.deep.equal([]);
    const fill = sr(el).querySelector<HTMLElement>('.fill')!;
    expect(fill.style.getPropertyValue('--_fill')).to.match(/%$/);
  });
  it('"Preguntar": a mailto: with an encoded subject and body, beside the request system; hostile contacts give no link', async () => {
    const unit = { id: '411', name: 'Unidad', contact: { email: 'transparencia@example.org', name: 'Unidad de Transparencia' } };
    const hostileName = 'Programa "x"\r\nBcc: v@c.mx <img src=x onerror=alert(1)>';
    const { el } = await inProvider({ src: 'x', state: 'ready', loaded: loaded([program('E001', { name: hostileName, unit })]) }, 'E001');
    await settled(el);
    const ask = sr(el).querySelector<HTMLAnchorElement>('[part~=ask] a.tp-ask-link')!;
    expect(nb(ask.textContent)).to.equal('Preguntar');
    expect(ask.getAttribute('aria-label')).to.equal('Preguntar a Unidad de Transparencia (abre su programa de correo)');
    const href = ask.getAttribute('href')!;
    expect(href.startsWith('mailto:transparencia@example.org?subject=')).to.equal(true);
    expect(href).not.to.match(/[\s<>"]/);
    const q = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
    expect([...q.keys()]).to.deep.equal(['subject', 'body']);
    expect(q.get('subject')).to.equal('Pregunta sobre el programa E001 Programa "x" Bcc: v@c.mx <img src=x onerror=alert(1)>');
    expect(q.get('body')).to.contain('Se refiere a: Aprobado: $1,000');
    expect(q.get('body')).to.contain('30 de septiembre de 2024');
    expect(sr(el).querySelector('img')).to.equal(null);
    const request = sr(el).querySelector<HTMLAnchorElement>('[part~=ask] a.tp-ask-request')!;
    expect(request.getAttribute('href')).to.equal('https://www.plataformadetransparencia.org.mx/');
    el.setAttribute('request-url', 'javascript:alert(1)');
    await el.updateComplete;
    expect(sr(el).querySelector('[part~=ask] a.tp-ask-request')).to.equal(null);
    el.setAttribute('request-url', 'https://example.org/solicitudes');
    el.setAttribute('lang', 'en');
    await waitUntil(() => text(el, '[part~=ask] a.tp-ask-link') === 'Ask', 'did not switch to English');
    expect(sr(el).querySelector('[part~=ask] a.tp-ask-request')!.getAttribute('href')).to.equal('https://example.org/solicitudes');
    await expect(el).to.be.accessible();

    for (const contact of [
      { url: 'javascript:alert(1)' },
      { email: 'a@b.mx?bcc=v@c.mx' },
      { url: 'data:text/html,x' },
      { email: 'a@b.mx\r\nBcc: v@c.mx' },
    ]) {
      const r = await inProvider({ src: 'x', state: 'ready', loaded: loaded([program('E002', { contact })]) }, 'E002');
      await settled(r.el);
      expect(sr(r.el).querySelector('[part~=ask]'), JSON.stringify(contact)).to.equal(null);
    }
    const page = await inProvider(
      { src: 'x', state: 'ready', loaded: loaded([program('E003', { contact: { url: 'https://example.org/contacto' } })]) },
      'E003',
    );
    await settled(page.el);
    expect(sr(page.el).querySelector('[part~=ask] a.tp-ask-link')!.getAttribute('href')).to.equal('https://example.org/contacto');
  });
});
