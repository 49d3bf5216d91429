import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { feedContext } from '../../../src/feed/context.js';
import type { LoadedFeed } from '../../../src/feed/load.js';
import type { Feed } from '../../../src/feed/types.js';
import { foldText as fold } from '../../../src/feed/adapters/text-fold.js';
import '../../../src/define/program-explorer.js';
import '../../../src/define/feed.js';
import type { TpProgramExplorer } from '../../../src/components/program-explorer/program-explorer.js';
import { generateFeed } from '../../fixtures/generate.js';

const SAMPLE = '/demo/data/sample-feed.json';
const nb = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const sr = (el: Element) => el.shadowRoot!;
const ready = (el: TpProgramExplorer) => waitUntil(() => el.state !== 'loading', `state stayed ${el.state}`, { timeout: 10000 });
const keys = (el: TpProgramExplorer) =>
  [...sr(el).querySelectorAll<HTMLElement>('[part~="row"], tbody tr[data-key]')].map((r) => r.dataset.key);
const count = (el: TpProgramExplorer) => nb(sr(el).querySelector('[part~="count"]')?.textContent);
const $ = <T extends Element>(el: Element, sel: string) => sr(el).querySelector<T>(sel)!;

async function setSelect(el: TpProgramExplorer, suffix: string, value: string) {
  const s = $<HTMLSelectElement>(el, `select[id$="-${suffix}"]`);
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await el.updateComplete;
}
async function type(el: TpProgramExplorer, value: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]');
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

class TestProvider extends LitElement {
  provider = new ContextProvider(this, { context: feedContext });
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('test-explorer-provider', TestProvider);

const original = `${location.pathname}${location.search}`;
const jsonUrl = (feed: Feed) => URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));

describe('<tp-program-explorer>', () => {
  afterEach(() => history.replaceState(history.state, '', original));

  it('lists every program of the sample feed, announces the count politely and is accessible', async () => {
    const el = await fixture<TpProgramExplorer>(html`<tp-program-explorer src=${SAMPLE}></tp-program-explorer>`);
    await ready(el);
    expect(el.state).to.equal('ready');
    expect(count(el)).to.equal('Están todos los programas: son 12.');
    const live = $<HTMLElement>(el, '[part~="count"]');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(keys(el)).to.have.length(12);
    expect(sr(el).querySelectorAll('[style]'), 'no style attributes (strict CSP)').to.have.length(0);
    // Sorted by approved budget, largest first, by default.
    const feed = (await (await fetch(SAMPLE)).json()) as Feed;
    const approved = [...feed.programs].sort((a, b) => (b.amounts.approved ?? -1) - (a.amounts.approved ?? -1)).map((p) => p.key);
    expect(keys(el)).to.deep.equal(approved);
    // Every control has a label.
    for (const c of sr(el).querySelectorAll('input, select')) {
      expect(sr(el).querySelector(`label[for="${c.id}"]`), c.id).to.exist;
    }
    await expect(el).to.be.accessible();
  });

  it('searches by name without accents, by key and by several words', async () => {
    const el = await fixture<TpProgramExplorer>(html`<tp-program-explorer src=${SAMPLE} url-state="off"></tp-program-explorer>`);
    await ready(el);
    const feed = (await (await fetch(SAMPLE)).json()) as Feed;
    const expected = (word: string) =>
      feed.programs
        .filter((p) => fold(`${p.key} ${p.name} ${p.ramo?.name ?? ''} ${p.unit?.name ?? ''}`).includes(word))
        .map((p) => p.key)
        .sort();
    await type(el, 'educacion');
    expect(keys(el).sort()).to.deep.equal(expected('educacion'));
    expect(keys(el)).to.include('E002');
    await type(el, 'k012');
    expect(keys(el)).to.deep.equal(['K012']);
    await type(el, 'VIOLENCIA mujeres');
    expect(keys(el)).to.deep.equal(['E030']);
    await type(el, 'zzzz');
    expect(keys(el)).to.deep.equal([]);
    expect(count(el)).to.equal('Ninguno de los 12 programas coincide con su búsqueda.');
    await expect(el).to.be.accessible();
  });

  it('filters by ramo, modality, SDG goal, gender tag and execution band; clears them', async () => {
    const el = await fixture<TpProgramExplorer>(html`<tp-program-explorer src=${SAMPLE} url-state="off"></tp-program-explorer>`);
    await ready(el);
    const feed = (await (await fetch(SAMPLE)).json()) as Feed;
    const want = (f: (p: Feed['programs'][number]) => boolean) =>
      feed.programs
        .filter(f)
        .map((p) => p.key)
        .sort();
    await setSelect(el, 'ramo', '11');
    expect(keys(el).sort()).to.deep.equal(want((p) => p.ramo?.id === '11'));
    await setSelect(el, 'ramo', '');
    await setSelect(el, 'mod', 'S');
    expect(keys(el).sort()).to.deep.equal(want((p) => p.modality?.id === 'S'));
    await setSelect(el, 'mod', '');
    await setSelect(el, 'sdg', '5');
    expect(keys(el).sort()).to.deep.equal(want((p) => (p.sdg ?? []).some((s) => s.goal === 5)));
    await setSelect(el, 'sdg', '');
    const box = $<HTMLInputElement>(el, 'input[type="checkbox"]');
    box.click();
    await el.updateComplete;
    expect(keys(el).sort()).to.deep.equal(want((p) => (p.crossCutting ?? []).some((c) => c.annex === 'gender')));
    expect(el.query.gender).to.equal(true);
    $<HTMLButtonElement>(el, 'button.reset').click();
    await el.updateComplete;
    expect(keys(el)).to.have.length(12);
    await setSelect(el, 'band', 'none');
    // K012 reports only the approved budget: no execution rate.
    expect(keys(el)).to.include('K012');
    for (const k of keys(el)) expect(sr(el).querySelector(`[data-key="${k}"]`)!.textContent).to.contain('sin dato de avance');
    await setSelect(el, 'band', '');
    await setSelect(el, 'sort', 'name');
    const names = [...sr(el).querySelectorAll('[part~="program-link"]')].map((a) => nb(a.textContent));
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'es', { sensitivity: 'base' })));
    await expect(el).to.be.accessible();
  });

  it('writes the filters to the query string and reads them back (a reload)', async () => {
    history.replaceState(history.state, '', `${original}${original.includes('?') ? '&' : '?'}keep=1`);
    const el = await fixture<TpProgramExplorer>(html`<tp-program-explorer src=${SAMPLE}></tp-program-explorer>`);
    await ready(el);
    await type(el, 'educación');
    await setSelect(el, 'ramo', '11');
    const params = new URLSearchParams(location.search);
    expect(params.get('q')).to.equal('educación');
    expect(params.get('ramo')).to.equal('11');
    expect(params.get('keep'), 'other parameters of the page are kept').to.equal('1');
    const before = keys(el);
    el.remove();
    const again = await fixture<TpProgramExplorer>(html`<tp-program-explorer src=${SAMPLE}></tp-program-explorer>`);
    await ready(again);
    expect($<HTMLInputElement>(again, 'input[type="search"]').value).to.equal('educación');
    expect($<HTMLSelectElement>(again, 'select[id$="-ramo"]').value).to.equal('11');
    expect(keys(again)).to.deep.equal(before);
  });

  it('a hostile query string falls back to defaults', async () => {
    history.replaceState(history.state, '', `${location.pathname}?q=%3Cimg%20src%3Dx%3E&sort=evil&ods=99&page=-3&band=zzz`);
    const el = await fixture<TpProgramExplorer>(html`<tp-program-explorer src=${SAMPLE}></tp-program-explorer>`);
    await ready(el);
    expect(el.query).to.include({ sort: 'approved', sdg: '', page: 1, band: '' });
    expect(sr(el).querySelector('img')).to.equal(null);
    expect($<HTMLInputElement>(el, 'input[type="search"]').value).to.equal('<img src=x>');
  });

  it('choosing a program fires tp-select with its key (button without href-template)', async () => {
    const el = await fixture<TpProgramExplorer>(html`<tp-program-explorer src=${SAMPLE} url-state="off"></tp-program-explorer>`);
    await ready(el);
    const button = $<HTMLButtonElement>(el, 'button[data-key="E030"]');
    const ev = oneEvent(el, 'tp-select');
    button.click();
    const e = (await ev) as CustomEvent;
    expect(e.detail).to.deep.equal({ program: 'E030' });
    expect(e.bubbles && e.composed).to.equal(true);
  });

  it('follows href-template (URL-encoded key); tp-select can cancel; an unsafe template gives buttons', async () => {
    const el = await fixture<TpProgramExplorer>(
      html`<tp-program-explorer src=${SAMPLE} url-state="off" href-template="programa.html?program={key}"></tp-program-explorer>`,
    );
    await ready(el);
    const link = $<HTMLAnchorElement>(el, 'a[data-key="E001"]');
    expect(link.getAttribute('href')).to.equal('programa.html?program=E001');
    el.addEventListener('tp-select', (e) => e.preventDefault(), { once: true });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
    const bad = await fixture<TpProgramExplorer>(
      html`<tp-program-explorer src=${SAMPLE} url-state="off" href-template="javascript:alert('{key}')"></tp-program-explorer>`,
    );
    await ready(bad);
    expect(sr(bad).querySelector('a[data-key]')).to.equal(null);
    expect(sr(bad).querySelector('button[data-key="E001"]')).to.exist;
  });

  it('is operable by keyboard: Tab to the search box, type, Tab to a result', async () => {
    const el = await fixture<TpProgramExplorer>(html`<tp-program-explorer src=${SAMPLE} url-state="off"></tp-program-explorer>`);
    await ready(el);
    $<HTMLInputElement>(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'agua' });
    await el.updateComplete;
    expect(keys(el)).to.deep.equal(['E040']);
    const ev = oneEvent(el, 'tp-select');
    $<HTMLButtonElement>(el, 'button[data-key="E040"]').focus();
    await sendKeys({ press: 'Enter' });
    expect(((await ev) as CustomEvent).detail.program).to.equal('E040');
  });

  it('pages 1,000 programs; every keystroke is answered in the same frame (time reported)', async () => {
    const feed = generateFeed({ programs: 1000, seed: 7 });
    const el = await fixture<TpProgramExplorer>(html`<tp-program-explorer src=${jsonUrl(feed)} url-state="off"></tp-program-explorer>`);
    await ready(el);
    expect(count(el)).to.equal('Están todos los programas: son 1,000. Se ven del 1 al 20.');
    expect(keys(el)).to.have.length(20);
    $<HTMLButtonElement>(el, 'button.next').click();
    await el.updateComplete;
    expect(count(el)).to.contain('del 21 al 40');
    expect(sr(el).activeElement).to.equal($(el, '[part~="count"]'));
    // Type a word one letter at a time; each letter is a full query + render.
    // The longest word of a program's name, typed letter by letter ("atencion" in "P501 Atención médica").
    const word = fold(feed.programs[500]!.name)
      .split(' ')
      .sort((a, b) => b.length - a.length)[0]!;
    const times: number[] = [];
    for (let i = 1; i <= word.length; i++) {
      const t0 = performance.now();
      await type(el, word.slice(0, i));
      times.push(performance.now() - t0);
    }
    const expected = feed.programs.filter((p) =>
      fold(`${p.key} ${p.key.replace(/[\s-]/g, '')} ${p.name} ${p.ramo?.name ?? ''} ${p.unit?.name ?? ''}`).includes(word),
    ).length;
    expect(el.result!.total).to.equal(expected);
    expect(el.query.page).to.equal(1);
    times.sort((a, b) => a - b);
    console.log(
      `explorer, 1,000 programs: keystroke → rendered, median ${times[times.length >> 1]!.toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms (${times.length} keystrokes)`,
    );
    await expect(el).to.be.accessible();
  });

  it('table view, English and dark theme are accessible', async () => {
    const el = await fixture<TpProgramExplorer>(
      html`<tp-program-explorer src=${SAMPLE} url-state="off" view="table" lang="en" theme="dark"></tp-program-explorer>`,
    );
    await ready(el);
    expect(count(el)).to.equal('All 12 programs are here.');
    expect(sr(el).querySelectorAll('tbody tr')).to.have.length(12);
    expect(nb($(el, 'thead').textContent)).to.contain('Approved');
    await expect(el).to.be.accessible();
  });

  it('error, empty and loading states', async () => {
    const bad = await fixture<TpProgramExplorer>(
      html`<tp-program-explorer src="/no-such-feed.json" url-state="off"></tp-program-explorer>`,
    );
    const err = oneEvent(bad, 'tp-error');
    await err;
    expect(bad.state).to.equal('error');
    await expect(bad).to.be.accessible();

    const waiting = await fixture<HTMLElement>(html`<tp-feed><tp-program-explorer url-state="off"></tp-program-explorer></tp-feed>`);
    const pending = waiting.querySelector('tp-program-explorer')!;
    await pending.updateComplete;
    expect(pending.state).to.equal('loading');
    await expect(pending).to.be.accessible();

    const empty: Feed = { ...generateFeed({ programs: 1 }), programs: [] };
    const loaded: LoadedFeed = {
      url: 'https://example.org/feed.json',
      feed: empty,
      problems: [],
      stale: false,
      format: 'json',
      loadedAt: 0,
    };
    const provider = document.createElement('test-explorer-provider') as TestProvider;
    provider.provider.setValue({ src: 'x', state: 'ready', loaded });
    const el = document.createElement('tp-program-explorer');
    el.setAttribute('url-state', 'off');
    provider.append(el);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(provider);
    await waitUntil(() => el.state === 'empty', `state ${el.state}`);
    await expect(el).to.be.accessible();
  });
});
