import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/signals.js';
import type { TpSignals } from '../../../src/components/signals/signals.js';
import { feedUrl } from '../../fixtures/cycle-feeds.js';
import type { Feed } from '../../../src/feed/types.js';

const FEED: Feed = {
  version: 1,
  publisher: { name: 'Secretaría de prueba', jurisdiction: 'MX' },
  cycle: 2023,
  currency: 'MXN',
  asOf: '2023-12-31',
  sources: [{ title: 'prueba' }],
  moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'],
  programs: [
    {
      key: '20-S001',
      name: 'Uno',
      unit: { id: '411', name: 'Unidad', contact: { email: 'transparencia@example.org' } },
      amounts: { approved: 100, modified: 200, accrued: 150, exercised: 160 },
    },
    {
      key: '20-S002',
      name: 'Dos <img src=x onerror=alert(1)>',
      contact: { url: 'javascript:alert(1)', email: 'a@b.mx?bcc=v@c.mx' },
      amounts: { approved: 100, modified: 100, accrued: 50 },
    },
    { key: '20-S003', name: 'Tres', amounts: { approved: 100, modified: 100, accrued: 100 } },
  ],
};
const SRC = feedUrl(FEED);

async function mount(attrs: { program?: string; lang?: string; rule?: string; level?: string; config?: string; href?: string } = {}) {
  const el = await fixture<TpSignals>(html`<tp-signals
    src=${SRC}
    program=${attrs.program ?? ''}
    lang=${attrs.lang ?? 'es'}
    rule=${attrs.rule ?? ''}
    level=${attrs.level ?? ''}
    config=${attrs.config ?? ''}
    href-template=${attrs.href ?? ''}
  ></tp-signals>`);
  await waitUntil(() => el.state !== 'loading', 'settled', { timeout: 10000 });
  await el.updateComplete;
  return el;
}
const root = (el: TpSignals) => el.shadowRoot!;
const text = (el: TpSignals, sel: string) => root(el).querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<tp-signals>', () => {
  it('lists the feed signals grouped by rule, with the standing line, counts and links', async () => {
    const el = await mount({ href: '/programas/{key}' });
    expect(el.state).to.equal('ready');
    const groups = [...root(el).querySelectorAll<HTMLElement>('.group')].map((g) => g.dataset.rule);
    expect(groups).to.deep.equal(['moment-order', 'modified-change', 'year-end-underspending']);
    expect(text(el, '[part~="summary"]')).to.equal('4 puntos a revisar en 2 programas.');
    expect(text(el, '[part~="disclaimer"]')).to.equal(
      'Un punto a revisar no significa que haya una irregularidad: es una pregunta que los datos permiten hacer.',
    );
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.group a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('/programas/20-S002');
    expect(root(el).querySelector('img')).to.equal(null); // names are text, never HTML
    expect(text(el, '[data-rule="year-end-underspending"] li[data-key="20-S002"]')).to.contain(
      '$50.00 del presupuesto modificado no se había devengado',
    );
    await expect(el).to.be.accessible();
  });

  it('filters by rule and level; the counts stay those of the whole feed', async () => {
    const el = await mount({ level: 'info' });
    expect([...root(el).querySelectorAll<HTMLElement>('.group')].map((g) => g.dataset.rule)).to.deep.equal(['modified-change']);
    expect(text(el, '[part~="summary"]')).to.equal('1 punto a revisar en 1 programa. Se muestran 1 de 4.');
    const rule = root(el).querySelector<HTMLSelectElement>('[part~="filters"] select')!;
    rule.value = 'year-end-underspending';
    rule.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('rule')).to.equal('year-end-underspending');
    expect(text(el, '.groups, [part~="base"] > p:not([part])')).to.contain('Ningún punto a revisar coincide con el filtro.');
    await expect(el).to.be.accessible();
  });

  it('one program, in English; a program with none says so', async () => {
    const el = await mount({ program: '20-S001', lang: 'en' });
    expect(text(el, '[part~="summary"]')).to.equal('3 points to review');
    expect(text(el, '[data-rule="moment-order"] li')).to.equal(
      'In this data, exercised (MXN 160.00) is larger than accrued (MXN 150.00) by MXN 10.00.',
    );
    const none = await mount({ program: '20-S003' });
    expect(text(none, '[part~="summary"]')).to.equal('Sin puntos a revisar');
    expect(root(none).textContent).to.contain('no muestran puntos a revisar para este programa');
  });

  it('"Preguntar" names the program, its signals and the data date in an encoded mailto:; hostile contacts give no link', async () => {
    const el = await mount({ program: '20-S001' });
    const a = root(el).querySelector<HTMLAnchorElement>('[part~="ask"] a.tp-ask-link')!;
    expect(a.textContent?.trim()).to.equal('Preguntar');
    const href = a.getAttribute('href')!;
    expect(href.startsWith('mailto:transparencia@example.org?subject=')).to.equal(true);
    expect(href).not.to.match(/[\s<>"]/);
    const q = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
    expect([...q.keys()]).to.deep.equal(['subject', 'body']);
    expect(q.get('subject')).to.equal('Pregunta sobre el programa 20-S001 Uno');
    expect(q.get('body')).to.contain('el ejercido');
    expect(q.get('body')).to.contain('31 de diciembre de 2023');
    expect(root(el).querySelector('[part~="ask"] a.tp-ask-request')!.getAttribute('href')).to.equal(
      'https://www.plataformadetransparencia.org.mx/',
    );
    await expect(el).to.be.accessible();
    const feed = await mount();
    expect(root(feed).querySelector('[part~="ask"]')).to.equal(null);
    const hostile = await mount({ program: '20-S002' });
    expect(root(hostile).querySelector('[part~="ask"]')).to.equal(null);
    expect(root(hostile).querySelector('img')).to.equal(null);
  });

  it('a bad config keeps the defaults and says so; a good one changes the thresholds', async () => {
    const bad = await mount({ config: '{nope' });
    expect(text(bad, '.config-notes')).to.contain('no se entiende');
    expect(root(bad).querySelectorAll('.group').length).to.equal(3);
    const loose = await mount({ config: '{"modifiedChange": 2}' });
    expect([...root(loose).querySelectorAll<HTMLElement>('.group')].map((g) => g.dataset.rule)).to.not.include('modified-change');
  });
});
