/**
 * The card's count of points to review: on the sample feed (engine), on the real shard index (the
 * row's count, never recomputed), as a link (`signals-href`, safe URLs only) or an in-page list.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/program-card.js';
import type { TpProgramCard } from '../../../src/components/program-card/program-card.js';
import type { Feed } from '../../../src/feed/types.js';

const SAMPLE = '/demo/data/sample-feed.json';
const INDEX = '/.tmp/feeds/shard/index.json';
const nb = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const part = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="signals"]');
const settled = (el: TpProgramCard) => waitUntil(() => el.state !== 'loading', `state stayed ${el.state}`, { timeout: 20000 });

describe('<tp-program-card> points to review', () => {
  it('shows the count as a disclosure listing the sentences (no signals-href), text and icon, axe clean', async () => {
    const el = await fixture<TpProgramCard>(html`<tp-program-card src=${SAMPLE} program="E050"></tp-program-card>`);
    await settled(el);
    const p = part(el)!;
    expect(p.tagName).to.equal('DETAILS');
    expect(p.dataset.count).to.equal('1');
    expect(nb(p.querySelector('summary')!.textContent)).to.equal('1 punto a revisar');
    expect(p.querySelector('summary svg[aria-hidden="true"]'), 'an icon beside the words').to.exist;
    (p as HTMLDetailsElement).open = true;
    expect(nb(p.textContent)).to.contain('38.0% mayor que el aprobado');
    expect(nb(p.textContent)).to.contain('no significa que haya una irregularidad');
    await expect(el).to.be.accessible();
  });

  it('links to signals-href with the key; an unsafe template gives the disclosure instead', async () => {
    const el = await fixture<TpProgramCard>(
      html`<tp-program-card src=${SAMPLE} program="U090" signals-href=${'puntos.html?program={key}&ciclo={cycle}'}></tp-program-card>`,
    );
    await settled(el);
    const a = part(el)!.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('puntos.html?program=U090&ciclo=2024');
    expect(nb(a.textContent)).to.match(/^1 punto a revisar: Apoyo a pescadores/);
    await expect(el).to.be.accessible();
    const bad = await fixture<TpProgramCard>(
      html`<tp-program-card src=${SAMPLE} program="U090" signals-href="javascript:alert(1)//{key}"></tp-program-card>`,
    );
    await settled(bad);
    expect(part(bad)!.tagName).to.equal('DETAILS');
    expect(bad.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('English plural, and nothing at all for a program without points to review', async () => {
    const en = await fixture<TpProgramCard>(html`<tp-program-card src=${SAMPLE} program="E050" lang="en"></tp-program-card>`);
    await settled(en);
    expect(nb(part(en)!.querySelector('summary')!.textContent)).to.equal('1 point to review');
    const none = await fixture<TpProgramCard>(html`<tp-program-card src=${SAMPLE} program="E040"></tp-program-card>`);
    await settled(none);
    expect(none.state).to.equal('ready');
    expect(part(none)).to.equal(null);
  });

  it('on a shard index, shows the index row count (skips without the real-data feeds)', async function () {
    const res = await fetch(INDEX);
    if (!res.ok) {
      console.log(`skip: ${INDEX} not found (run scripts/make-test-feeds.ts with ../shared/data)`);
      this.skip();
    }
    const index = (await res.json()) as Feed;
    const row = index.programs.find((p) => (p.signals ?? 0) > 1)!;
    expect(row, 'a program with two or more points to review').to.exist;
    const el = await fixture<TpProgramCard>(
      html`<tp-program-card src=${INDEX} program=${row.key} variant="compact" signals-href="/puntos.html?programa={key}"></tp-program-card>`,
    );
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(part(el)!.dataset.count).to.equal(String(row.signals));
    expect(nb(part(el)!.textContent)).to.contain(`${row.signals} puntos a revisar`);
  });
});
