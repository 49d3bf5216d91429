/**
 * The explorer on a shard index made by `tp-feed shard` (scripts/make-test-feeds.ts writes
 * .tmp/feeds/shard/ from the real cp2023-full feed): the SDG, gender and "Con puntos a revisar" filters
 * are offered and give the same programs as on the full feed (signals counted here by the engine on the
 * full feed), and the sort by points to review follows those counts. Skips with one line when the
 * real-data feeds were not made.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/program-explorer.js';
import type { TpProgramExplorer } from '../../../src/components/program-explorer/program-explorer.js';
import type { Feed } from '../../../src/feed/types.js';
import { signalCounts, signals } from '../../../src/signals/engine.js';

const INDEX = '/.tmp/feeds/shard/index.json';
const FULL = '/.tmp/feeds/cp2023-full.json';
const sr = (el: Element) => el.shadowRoot!;
const rows = (el: TpProgramExplorer) =>
  [...sr(el).querySelectorAll<HTMLElement>('[part~="row"], tbody tr[data-key]')].map((r) => r.dataset.key!);

async function allKeys(el: TpProgramExplorer): Promise<string[]> {
  // Every page of results (page-size 200 keeps this short).
  const out = new Set<string>();
  for (let page = 1; ; page++) {
    el.query = { ...el.query, page };
    await el.updateComplete;
    const before = out.size;
    for (const k of rows(el)) out.add(k);
    if (out.size === before) break;
  }
  return [...out].sort();
}

describe('<tp-program-explorer> on a shard index', () => {
  it('offers the SDG and gender filters and they match the full feed', async function () {
    const head = await fetch(INDEX);
    if (!head.ok) {
      console.log(`skip: ${INDEX} not found (run scripts/make-test-feeds.ts with ../shared/data)`);
      this.skip();
    }
    const index = (await head.json()) as Feed;
    const full = (await (await fetch(FULL)).json()) as Feed;
    expect(index.programs.every((p) => typeof p.signals === 'number')).to.equal(true);
    const el = await fixture<TpProgramExplorer>(
      html`<tp-program-explorer src=${INDEX} url-state="off" page-size="200"></tp-program-explorer>`,
    );
    await waitUntil(() => el.state !== 'loading', 'settled', { timeout: 20000 });
    expect(el.state).to.equal('ready');
    const sdg = sr(el).querySelector<HTMLSelectElement>('select[id$="-sdg"]');
    expect(sdg, 'SDG filter offered on a shard index').to.exist;
    sdg!.value = '5';
    sdg!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const want5 = full.programs
      .filter((p) => (p.sdg ?? []).some((s) => s.goal === 5))
      .map((p) => p.key)
      .sort();
    expect(want5.length).to.be.greaterThan(0);
    expect(await allKeys(el)).to.deep.equal(want5);
    sdg!.value = '';
    sdg!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const box = sr(el).querySelector<HTMLInputElement>('input[type="checkbox"][id$="-gender"]');
    expect(box, 'gender filter offered on a shard index').to.exist;
    box!.click();
    await el.updateComplete;
    const wantGender = full.programs
      .filter((p) => (p.crossCutting ?? []).some((c) => c.annex === 'gender'))
      .map((p) => p.key)
      .sort();
    expect(await allKeys(el)).to.deep.equal(wantGender);
    box!.click();
    await el.updateComplete;

    // "Con puntos a revisar": from the index rows; the same programs as the engine finds on the full feed.
    const counts = signalCounts(signals(full));
    const wantSignals = [...counts.keys()].sort();
    expect(wantSignals.length).to.be.greaterThan(0);
    const sig = sr(el).querySelector<HTMLInputElement>('input[type="checkbox"][id$="-signals"]');
    expect(sig, 'signals filter offered on a shard index').to.exist;
    expect(sig!.labels![0]!.textContent).to.contain(`(${wantSignals.length.toLocaleString('en-US')})`);
    sig!.click();
    await el.updateComplete;
    expect(await allKeys(el)).to.deep.equal(wantSignals);
    expect(location.search, 'url-state="off" leaves the URL alone').not.to.contain('puntos');

    // Combined with SDG 5 and with the gender annex.
    sdg!.value = '5';
    sdg!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(await allKeys(el)).to.deep.equal(want5.filter((k) => counts.has(k)));
    sdg!.value = '';
    sdg!.dispatchEvent(new Event('change'));
    box!.click();
    await el.updateComplete;
    expect(await allKeys(el)).to.deep.equal(wantGender.filter((k) => counts.has(k)));
    box!.click();
    await el.updateComplete;

    // Sort by points to review, most first: the counts on screen never increase down the list.
    const sort = sr(el).querySelector<HTMLSelectElement>('select[id$="-sort"]')!;
    sort.value = 'signals';
    sort.dispatchEvent(new Event('change'));
    el.query = { ...el.query, page: 1 };
    await el.updateComplete;
    const shown = [...sr(el).querySelectorAll<HTMLElement>('[part~="row"]')].map((r) => counts.get(r.dataset.key!) ?? 0);
    expect(shown.length).to.be.greaterThan(1);
    expect(shown[0]).to.equal(Math.max(...counts.values()));
    for (let i = 1; i < shown.length; i++) expect(shown[i]!).to.be.at.most(shown[i - 1]!);
    const firstTag = sr(el).querySelector<HTMLElement>('[part~="row"] .tag.signals');
    expect(firstTag!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${shown[0]} puntos a revisar`);
    await expect(el).to.be.accessible();
  });
});
