/**
 * The explorer on a shard index made by `tp-feed shard` (scripts/make-test-feeds.ts writes
 * .tmp/feeds/shard/ from the real cp2023-full feed): the SDG and gender filters are offered and give the
 * same programs as on the full feed. Skips with one line when the real-data feeds were not made.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/program-explorer.js';
import type { TpProgramExplorer } from '../../../src/components/program-explorer/program-explorer.js';
import type { Feed } from '../../../src/feed/types.js';

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
    const box = sr(el).querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(box, 'gender filter offered on a shard index').to.exist;
    box!.click();
    await el.updateComplete;
    const wantGender = full.programs
      .filter((p) => (p.crossCutting ?? []).some((c) => c.annex === 'gender'))
      .map((p) => p.key)
      .sort();
    expect(await allKeys(el)).to.deep.equal(wantGender);
  });
});
