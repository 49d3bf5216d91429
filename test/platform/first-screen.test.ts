// The first screen first (src/platform/first-screen.ts): when the data arrives, the widgets the reader
// can see draw at once, one after the other, each looking again at where it is once the one above has
// drawn; those off screen draw in the task after the next frame, without scrolling (also when the data
// arrives before the observer has reported: where each widget is is then read at once).
// A loading widget holds 20rem; every drawn widget is laid out and in the accessibility tree.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, setViewport } from '@web/test-runner-commands';
import { resetFirstScreen } from '../../src/platform/first-screen.js';
import '../../src/define/program-card.js';
import { TpProgramCard as TpProgramCardClass } from '../../src/components/program-card/program-card.js';
import type { TpProgramCard } from '../../src/components/program-card/program-card.js';
import { loadedFeed, readyValue, testProgram, type TestFeedProvider } from '../fixtures/context-feed.js';

const loaded = () => loadedFeed([testProgram('E001'), testProgram('E002')]);

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (k: number) => (k === 0 ? resolve() : requestAnimationFrame(() => step(k - 1)));
    step(n);
  });

/** A provider with a card at the top and one far below the viewport; the data is not given yet. */
async function page(): Promise<{ provider: TestFeedProvider; near: TpProgramCard; far: TpProgramCard }> {
  const wrap = await fixture<HTMLDivElement>(html`
    <div lang="es">
      <test-feed-provider>
        <tp-program-card id="near" program="E001"></tp-program-card>
        <div style="height: 5000px"></div>
        <tp-program-card id="far" program="E002"></tp-program-card>
      </test-feed-provider>
    </div>
  `);
  window.scrollTo(0, 0);
  const provider = wrap.querySelector('test-feed-provider') as TestFeedProvider;
  const near = wrap.querySelector('#near') as TpProgramCard;
  const far = wrap.querySelector('#far') as TpProgramCard;
  // The observer reports each host after a frame.
  await frames(3);
  return { provider, near, far };
}

/**
 * Two cards one under the other, both on screen while loading (a 700 px viewport, 20rem each). With
 * `grow`, the first becomes 3,000 px tall when it draws, as a long widget on a phone does.
 */
async function stacked(grow: boolean): Promise<{ provider: TestFeedProvider; near: TpProgramCard; far: TpProgramCard }> {
  await setViewport({ width: 800, height: 700 });
  const wrap = await fixture<HTMLDivElement>(html`
    <div lang="es">
      <style>
        #near.grow:not([state='loading']) {
          min-height: 3000px;
        }
      </style>
      <test-feed-provider>
        <tp-program-card id="near" class=${grow ? 'grow' : ''} program="E001"></tp-program-card>
        <tp-program-card id="far" program="E002"></tp-program-card>
      </test-feed-provider>
    </div>
  `);
  window.scrollTo(0, 0);
  await frames(3);
  const near = wrap.querySelector('#near') as TpProgramCard;
  const far = wrap.querySelector('#far') as TpProgramCard;
  expect(far.getBoundingClientRect().top, 'the second card starts on screen').to.be.below(700);
  return { provider: wrap.querySelector('test-feed-provider') as TestFeedProvider, near, far };
}

/** The order of the two cards' `tp-load` events, with the far card's state and the frames in between. */
function loadOrder(near: TpProgramCard, far: TpProgramCard): string[] {
  const order: string[] = [];
  let framesSinceNear = 0;
  near.addEventListener('tp-load', () => {
    order.push(`near (far ${far.state})`);
    requestAnimationFrame(() => (framesSinceNear += 1));
  });
  far.addEventListener('tp-load', () => order.push(`far (frames since near ${framesSinceNear})`));
  return order;
}

describe('the first screen first', () => {
  beforeEach(() => resetFirstScreen());

  it('the widget on screen draws when the data arrives; the one far below draws a frame later, without scrolling', async () => {
    const { provider, near, far } = await page();
    expect(near.state).to.equal('loading');
    expect(far.state).to.equal('loading');
    const order = loadOrder(near, far);
    provider.provider.setValue(readyValue(loaded()));
    await waitUntil(() => far.state === 'ready', `far stayed ${far.state}`, { timeout: 10000 });
    expect(order).to.deep.equal(['near (far loading)', 'far (frames since near 1)']);
    expect(window.scrollY, 'nobody scrolled').to.equal(0);
    expect(near.shadowRoot!.textContent).to.include('Programa E001');
    expect(far.shadowRoot!.textContent).to.include('Programa E002');
  });

  it('a widget drawn off screen is laid out and in the accessibility tree (a screen reader finds its heading)', async () => {
    const { provider, near, far } = await page();
    provider.provider.setValue(readyValue(loaded()));
    await waitUntil(() => far.state === 'ready' && near.state === 'ready', 'not ready', { timeout: 10000 });
    await frames(2);
    const base = far.shadowRoot!.querySelector<HTMLElement>('[part~=base]')!;
    expect(getComputedStyle(far).contentVisibility).to.equal('visible');
    expect(base.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    type AxNode = { name?: string; role?: string; children: AxNode[] };
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const heading = (key: string) =>
      findAccessibilityNode<AxNode>(tree, (n) => n.role === 'heading' && (n.name ?? '').includes(`Programa ${key}`));
    expect(heading('E001'), 'the card on screen').to.not.equal(null);
    expect(heading('E002'), 'the card far below').to.not.equal(null);
  });

  it('a widget on screen while loading that the one above pushes off screen when it draws waits for the frame', async () => {
    const { provider, near, far } = await stacked(true);
    const order = loadOrder(near, far);
    provider.provider.setValue(readyValue(loaded()));
    await waitUntil(() => far.state === 'ready', `far stayed ${far.state}`, { timeout: 10000 });
    expect(order).to.deep.equal(['near (far loading)', 'far (frames since near 1)']);
    expect(far.getBoundingClientRect().top).to.be.at.least(3000);
  });

  it('widgets take their turns in document order, whatever order they subscribed in', async () => {
    const { provider, near, far } = await stacked(true);
    // Connected again, the card above subscribes after the one below it.
    near.remove();
    provider.prepend(near);
    await frames(3);
    const order = loadOrder(near, far);
    provider.provider.setValue(readyValue(loaded()));
    await waitUntil(() => far.state === 'ready', `far stayed ${far.state}`, { timeout: 10000 });
    expect(order).to.deep.equal(['near (far loading)', 'far (frames since near 1)']);
  });

  it('widgets still on screen after the ones above them drew draw before the frame', async () => {
    const { provider, near, far } = await stacked(false);
    const order = loadOrder(near, far);
    provider.provider.setValue(readyValue(loaded()));
    await waitUntil(() => far.state === 'ready', `far stayed ${far.state}`, { timeout: 10000 });
    expect(order).to.deep.equal(['near (far loading)', 'far (frames since near 0)']);
  });

  it('a loading widget holds 20rem, so the first screen has few widgets to lay out when the data arrives', async () => {
    const { near } = await page();
    expect(near.state).to.equal('loading');
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(near.getBoundingClientRect().height).to.be.at.least(20 * rem - 1);
  });

  it('a widget removed while it waits for the first screen fires nothing, and draws when it comes back', async () => {
    const { provider, near, far } = await page();
    let events = 0;
    far.addEventListener('tp-load', () => (events += 1));
    far.addEventListener('tp-error', () => (events += 1));
    near.addEventListener('tp-load', () => far.remove(), { once: true });
    provider.provider.setValue(readyValue(loaded()));
    await waitUntil(() => near.state === 'ready', `near stayed ${near.state}`, { timeout: 10000 });
    await frames(3);
    expect(far.isConnected).to.equal(false);
    expect(events).to.equal(0);
    provider.append(far);
    await waitUntil(() => far.state === 'ready', `far stayed ${far.state}`, { timeout: 10000 });
    expect(events).to.equal(1);
  });

  it('when the code and the data come together (before the observer reported), where each widget is is read at once: the one on screen still draws first', async () => {
    const wrap = document.createElement('div');
    wrap.lang = 'es';
    const provider = document.createElement('test-feed-provider') as TestFeedProvider;
    provider.provider.setValue(readyValue(loaded()));
    const near = document.createElement('tp-program-card') as TpProgramCard;
    near.setAttribute('program', 'E001');
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const far = document.createElement('tp-program-card') as TpProgramCard;
    far.setAttribute('program', 'E002');
    const order = loadOrder(near, far);
    provider.append(near, spacer, far);
    wrap.append(provider);
    document.body.append(wrap);
    try {
      await waitUntil(() => far.state === 'ready', `far stayed ${far.state}`, { timeout: 10000 });
      expect(order).to.deep.equal(['near (far loading)', 'far (frames since near 1)']);
    } finally {
      wrap.remove();
    }
  });

  it('when the data is there before the widgets are upgraded (their <tp-feed> came first), where each is is read from its loading placeholder: only those on screen draw before the frame', async () => {
    await setViewport({ width: 800, height: 700 });
    const wrap = document.createElement('div');
    wrap.lang = 'es';
    const provider = document.createElement('test-feed-provider') as TestFeedProvider;
    provider.provider.setValue(readyValue(loadedFeed(['E001', 'E002', 'E003', 'E004', 'E005', 'E006'].map(testProgram))));
    wrap.append(provider);
    document.body.append(wrap);
    // Two element types alternating in the page, not yet defined, then registered in one task, the
    // second type first, as the CDN entry does: the hosts are upgraded out of document order.
    const id = Math.random().toString(36).slice(2, 8);
    const [a, b] = [`x-first-screen-a-${id}`, `x-first-screen-b-${id}`];
    const cards = [1, 2, 3, 4, 5, 6].map((k) => {
      const c = document.createElement(k % 2 ? a : b) as TpProgramCard;
      c.setAttribute('program', `E00${k}`);
      return c;
    });
    provider.append(...cards);
    // No margin above the first host (as on a page whose body has none): read while 0 px tall, every host
    // counted as off screen, and all drew after the first frame.
    const margin = document.body.style.margin;
    document.body.style.margin = '0';
    let frame = 0;
    const tick = () => requestAnimationFrame(() => ((frame += 1), frame < 50 && tick()));
    const drewAt: Record<string, number> = {};
    for (const c of cards) c.addEventListener('tp-load', () => (drewAt[c.getAttribute('program')!] ??= frame));
    customElements.define(b, class extends TpProgramCardClass {});
    customElements.define(a, class extends TpProgramCardClass {});
    tick();
    try {
      await waitUntil(() => cards.every((c) => c.state === 'ready'), 'not all ready', { timeout: 10000 });
      // As loading placeholders (20rem each) in a 700 px viewport, the first two or three are on screen;
      // the last ones are not. (A host with nothing in it yet is 0 px tall: read then, all were on screen.)
      expect(drewAt['E001'], 'the first card draws before the first frame').to.equal(0);
      for (const k of ['E004', 'E005', 'E006']) expect(drewAt[k], `${k} waits for the frame (${JSON.stringify(drewAt)})`).to.be.at.least(1);
    } finally {
      document.body.style.margin = margin;
      wrap.remove();
    }
  });

  it('a widget added after the page drew its first screen draws at once, wherever it is', async () => {
    const { provider, near } = await page();
    provider.provider.setValue(readyValue(loaded()));
    await waitUntil(() => near.state === 'ready', `near stayed ${near.state}`, { timeout: 10000 });
    await frames(2);
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const late = document.createElement('tp-program-card') as TpProgramCard;
    late.setAttribute('program', 'E002');
    let frame = false;
    let frameAtLoad: boolean | undefined;
    late.addEventListener('tp-load', () => (frameAtLoad = frame));
    requestAnimationFrame(() => (frame = true));
    provider.append(spacer, late);
    await waitUntil(() => late.state === 'ready', `late stayed ${late.state}`, { timeout: 10000 });
    expect(frameAtLoad, 'it did not wait for a frame').to.equal(false);
  });
});
