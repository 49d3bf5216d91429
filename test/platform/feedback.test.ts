/**
 * Readers' feedback (issue 19, item 3), in the browser: shown only with `feedback` (on the widget or its
 * <tp-feed>), operated by keyboard alone, `tp-feedback` heard on document (composed), the thank-you
 * announced politely, the focus kept, axe clean in every state, hostile text kept as text, and no
 * request, cookie or storage made by the library.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { TpFeedbackDetail } from '../../src/platform/events.js';
import { loadProblemWording } from '../../src/feed/problems.js';

const SAMPLE = '/demo/data/sample-feed.json';
const KEY = 'S010';
/** Sets `feedback="false"` on `el` (lit-analyzer types the attribute in a template as the property's boolean). */
const off = (el: Element | null) => el?.setAttribute('feedback', 'false');

type El = HTMLElement & { state?: string; updateComplete: Promise<unknown>; feedback?: boolean };

const ready = (el: El) =>
  waitUntil(() => el.state === 'ready' || el.state === 'stale', `${el.localName} stayed ${el.state}`, { timeout: 20000 }).then(
    () => el.updateComplete,
  );
const root = (el: Element) => el.shadowRoot!;
const box = (el: Element) => root(el).querySelector<HTMLElement>('[part~="feedback"]');
const q = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel);
const nb = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Presses Tab until `target` has the focus (at most `max` times); fails otherwise. */
async function tabTo(target: Element, max = 250): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await sendKeys({ press: 'Tab' });
    if (deepActive() === target) return i;
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

/** Every `tp-feedback` heard on document. */
function listen(): { events: TpFeedbackDetail[]; stop: () => void } {
  const events: TpFeedbackDetail[] = [];
  const on = (e: Event) => {
    expect(e.composed, 'composed').to.equal(true);
    expect(e.bubbles, 'bubbles').to.equal(true);
    events.push((e as CustomEvent<TpFeedbackDetail>).detail);
  };
  document.addEventListener('tp-feedback', on);
  return { events, stop: () => document.removeEventListener('tp-feedback', on) };
}

/** Spies on every way a page could send or store something; `check()` asserts that nothing happened. */
function noSendNoStore() {
  const calls: string[] = [];
  const origFetch = window.fetch;
  const origOpen = XMLHttpRequest.prototype.open;
  const origBeacon = navigator.sendBeacon;
  const origIdb = indexedDB.open;
  window.fetch = (...args: Parameters<typeof fetch>) => {
    calls.push(`fetch ${String(args[0])}`);
    return origFetch.apply(window, args);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    calls.push(`xhr ${String(args[1])}`);
    return (origOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof XMLHttpRequest.prototype.open;
  navigator.sendBeacon = (url: string | URL) => {
    calls.push(`beacon ${String(url)}`);
    return false;
  };
  indexedDB.open = ((name: string) => {
    calls.push(`indexedDB ${name}`);
    return origIdb.call(indexedDB, name);
  }) as typeof indexedDB.open;
  performance.setResourceTimingBufferSize(100000);
  const snapshot = () => ({
    resources: performance.getEntriesByType('resource').map((e) => e.name),
    cookie: document.cookie,
    local: JSON.stringify(Object.entries(localStorage)),
    session: JSON.stringify(Object.entries(sessionStorage)),
  });
  const before = snapshot();
  return {
    check() {
      window.fetch = origFetch;
      XMLHttpRequest.prototype.open = origOpen;
      navigator.sendBeacon = origBeacon;
      indexedDB.open = origIdb;
      expect(calls, 'requests made').to.deep.equal([]);
      const after = snapshot();
      expect(after.resources.length, `resource entries: ${after.resources.slice(before.resources.length).join(', ')}`).to.equal(
        before.resources.length,
      );
      expect(after.cookie, 'cookie').to.equal(before.cookie);
      expect(after.local, 'localStorage').to.equal(before.local);
      expect(after.session, 'sessionStorage').to.equal(before.session);
    },
  };
}

describe('readers feedback (feedback attribute, tp-feedback)', function () {
  this.timeout(40000);
  // axe, and the wording of data notes (a lazy chunk the card fetches after it draws: the sample feed
  // has notes), are loaded on first use: load them before any request is counted.
  before(async () => {
    const probe = await fixture(html`<p>axe</p>`);
    await expect(probe).to.be.accessible();
    await loadProblemWording();
  });

  it('nothing is drawn without the attribute, nor with feedback="false"', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <tp-program-card src=${SAMPLE} program=${KEY}></tp-program-card>
      <tp-program-card src=${SAMPLE} program=${KEY} class="off"></tp-program-card>
      <tp-program-explorer src=${SAMPLE} url-state="off"></tp-program-explorer>
    </div>`);
    off(wrap.querySelector('.off'));
    const els = [...wrap.children] as El[];
    for (const el of els) await ready(el);
    for (const el of els) expect(box(el), el.outerHTML).to.equal(null);
    // Turning it on later draws it.
    els[0]!.setAttribute('feedback', '');
    await els[0]!.updateComplete;
    expect(box(els[0]!)).to.not.equal(null);
  });

  it('program card, by keyboard alone: Tab to No, Enter, type, Tab to Enviar, Space; two events, thanks, focus kept; axe in each state; nothing sent or stored', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es">
      <button id="before">antes</button>
      <tp-program-card src=${SAMPLE} program=${KEY} feedback></tp-program-card>
    </div>`);
    const card = wrap.querySelector('tp-program-card') as El;
    await ready(card);
    const guard = noSendNoStore();
    const heard = listen();
    try {
      const fb = box(card)!;
      expect(fb).to.not.equal(null);
      // A real group named by the question; two toggle buttons, none pressed.
      const group = fb.querySelector('[role="group"]')!;
      const label = root(card).getElementById(group.getAttribute('aria-labelledby')!);
      expect(nb(label?.textContent)).to.equal('¿Te sirvió esta información?');
      const yes = fb.querySelector<HTMLButtonElement>('button[data-answer="yes"]')!;
      const no = fb.querySelector<HTMLButtonElement>('button[data-answer="no"]')!;
      expect([nb(yes.textContent), nb(no.textContent)]).to.deep.equal(['Sí', 'No']);
      expect([yes.getAttribute('aria-pressed'), no.getAttribute('aria-pressed')]).to.deep.equal(['false', 'false']);
      expect(fb.querySelector('textarea')).to.equal(null);
      await expect(card).to.be.accessible();

      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await tabTo(yes);
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === no, 'focus on no').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => heard.events.length === 1, 'no event after Enter on No');
      expect(heard.events[0]).to.deep.equal({
        widget: 'tp-program-card',
        program: KEY,
        answer: 'no',
        text: '',
        lang: 'es',
        asOf: '2024-09-30',
      });
      expect(no.getAttribute('aria-pressed')).to.equal('true');
      expect(yes.getAttribute('aria-disabled')).to.equal('true');
      // Pressed is marked by more than colour: a check mark (hidden from screen readers) and bold text.
      expect(no.querySelector('[aria-hidden="true"]')?.textContent).to.equal('✓');
      expect(getComputedStyle(no).fontWeight).to.equal('700');
      expect(deepActive() === no, 'focus stays on No').to.equal(true);
      // The answer is final: the other button does nothing.
      yes.click();
      expect(heard.events.length).to.equal(1);

      const area = fb.querySelector<HTMLTextAreaElement>('textarea')!;
      expect(nb(root(card).querySelector(`label[for="${area.id}"]`)?.textContent)).to.equal('¿Qué no se entendió? (opcional)');
      await expect(card).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === area, 'focus on area').to.equal(true);
      await sendKeys({ type: '  No entendí el avance.' });
      await card.updateComplete;
      expect(nb(fb.querySelector('.tp-feedback-count')?.textContent)).to.equal('23 de 500 caracteres');
      // The count is not announced on every keystroke; after a pause it is, politely.
      const said = fb.querySelector('[aria-live="polite"]')!;
      await waitUntil(() => nb(said.textContent) === 'Te quedan 477 caracteres.', `said: ${said.textContent}`, { timeout: 5000 });
      const send = fb.querySelector<HTMLButtonElement>('.tp-feedback-send')!;
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === send, 'focus on send').to.equal(true);
      await sendKeys({ press: 'Space' });
      await waitUntil(() => heard.events.length === 2, 'no event after Enviar');
      expect(heard.events[1]).to.deep.equal({
        widget: 'tp-program-card',
        program: KEY,
        answer: 'no',
        text: 'No entendí el avance.',
        lang: 'es',
        asOf: '2024-09-30',
      });
      const thanks = fb.querySelector('.tp-feedback-thanks')!;
      expect(thanks.getAttribute('role')).to.equal('status');
      expect(nb(thanks.textContent)).to.equal('Gracias. Tu respuesta ayuda a mejorar esta información.');
      expect(fb.querySelector('textarea')).to.equal(null);
      expect(deepActive() === no, 'focus moved to the chosen answer, not lost').to.equal(true);
      expect(document.activeElement !== document.body, 'focus not on <body>').to.equal(true);
      await expect(card).to.be.accessible();
    } finally {
      heard.stop();
    }
    guard.check();
  });

  it('a chart widget (tp-spending-flow), in English: Sí by Space, send with no text: one event, thanks', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
      <button id="before">before</button>
      <tp-spending-flow src=${SAMPLE} program=${KEY} feedback></tp-spending-flow>
    </div>`);
    const flow = wrap.querySelector('tp-spending-flow') as El;
    await ready(flow);
    // The chart loads its runtime when it comes into view: draw it before counting requests.
    flow.scrollIntoView();
    await waitUntil(() => root(flow).querySelector('[part~="chart"] svg'), 'the chart was not drawn', { timeout: 30000 });
    const guard = noSendNoStore();
    const heard = listen();
    try {
      const fb = box(flow)!;
      const yes = fb.querySelector<HTMLButtonElement>('button[data-answer="yes"]')!;
      expect(nb(fb.querySelector('[role="group"]')?.textContent)).to.contain('Was this information useful?');
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await tabTo(yes);
      await sendKeys({ press: 'Space' });
      await waitUntil(() => heard.events.length === 1, 'no event after Space on Yes');
      expect(heard.events[0]).to.deep.equal({
        widget: 'tp-spending-flow',
        program: KEY,
        answer: 'yes',
        text: '',
        lang: 'en',
        asOf: '2024-09-30',
      });
      const area = fb.querySelector<HTMLTextAreaElement>('textarea')!;
      expect(nb(root(flow).querySelector(`label[for="${area.id}"]`)?.textContent)).to.equal(
        'Anything else you want to tell us? (optional)',
      );
      // No axe here: axe over the drawn Vega chart did not finish in this runner. The card above and the
      // gauge below are checked by axe in every state of the control.
      // Tab: No (aria-disabled, still reachable), the text box, Send.
      expect(await tabTo(fb.querySelector('.tp-feedback-send')!, 5)).to.equal(3);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => nb(fb.querySelector('.tp-feedback-thanks')?.textContent) !== '', 'no thanks');
      expect(nb(fb.querySelector('.tp-feedback-thanks')?.textContent)).to.equal('Thank you. Your answer helps improve this information.');
      expect(heard.events.length, 'no second event without text').to.equal(1);
      expect(deepActive() === yes, 'focus on yes').to.equal(true);
    } finally {
      heard.stop();
    }
    guard.check();
  });

  it('<tp-feed feedback>: every widget inside gets it, a widget with feedback="false" does not; removing it from <tp-feed> removes it', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <tp-feed src=${SAMPLE} feedback>
        <tp-program-card program=${KEY}></tp-program-card>
        <tp-indicator-gauge program=${KEY}></tp-indicator-gauge>
        <tp-program-explorer url-state="off"></tp-program-explorer>
        <tp-budget-cycle program=${KEY} today="2024-10-15" class="off"></tp-budget-cycle>
      </tp-feed>
    </div>`);
    off(wrap.querySelector('.off'));
    const [card, gauge, explorer, cycle] = [...wrap.querySelectorAll('tp-feed > *')] as El[];
    for (const el of [card!, gauge!, explorer!, cycle!]) await ready(el);
    expect(box(card!)).to.not.equal(null);
    expect(box(gauge!)).to.not.equal(null);
    expect(box(explorer!)).to.not.equal(null);
    expect(box(cycle!)).to.equal(null);
    // The feed-wide explorer: program is null.
    const heard = listen();
    try {
      q<HTMLButtonElement>(explorer!, 'button[data-answer="yes"]')!.click();
      expect(heard.events).to.deep.equal([
        { widget: 'tp-program-explorer', program: null, answer: 'yes', text: '', lang: 'es', asOf: '2024-09-30' },
      ]);
      // axe on the gauge (inherited control) closed, answered with the text box, and thanked.
      await expect(gauge!).to.be.accessible();
      q<HTMLButtonElement>(gauge!, 'button[data-answer="no"]')!.click();
      await gauge!.updateComplete;
      expect(q(gauge!, '.tp-feedback textarea')).to.not.equal(null);
      await expect(gauge!).to.be.accessible();
      q<HTMLButtonElement>(gauge!, '.tp-feedback-send')!.click();
      await gauge!.updateComplete;
      expect(nb(q(gauge!, '.tp-feedback-thanks')?.textContent)).to.equal('Gracias. Tu respuesta ayuda a mejorar esta información.');
      await expect(gauge!).to.be.accessible();
      expect(heard.events.map((d) => `${d.widget}:${d.program}:${d.answer}`)).to.deep.equal([
        'tp-program-explorer:null:yes',
        `tp-indicator-gauge:${KEY}:no`,
      ]);
    } finally {
      heard.stop();
    }
    wrap.querySelector('tp-feed')!.removeAttribute('feedback');
    await waitUntil(() => !box(card!) && !box(gauge!) && !box(explorer!), 'still drawn after removing feedback from <tp-feed>');
  });

  it('hostile text stays text; the count is announced at thresholds and the text is cut at 500 code points', async () => {
    const el = await fixture<El>(html`<tp-program-card src=${SAMPLE} program=${KEY} feedback></tp-program-card>`);
    await ready(el);
    const w = window as unknown as { __fbTripwire?: number; alert: (m?: string) => void };
    const origAlert = window.alert;
    w.__fbTripwire = 0;
    window.alert = () => {
      w.__fbTripwire!++;
    };
    const heard = listen();
    try {
      q<HTMLButtonElement>(el, 'button[data-answer="no"]')!.click();
      await el.updateComplete;
      const area = q<HTMLTextAreaElement>(el, '.tp-feedback textarea')!;
      area.focus();
      const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
      await sendKeys({ type: hostile });
      await el.updateComplete;
      // The threshold announcement: 400 characters leaves 100.
      const said = q(el, '.tp-feedback-said')!;
      area.value = `${hostile}${'a'.repeat(400 - hostile.length)}`;
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await el.updateComplete;
      expect(nb(said.textContent)).to.equal('Te quedan 100 caracteres.');
      // A paste over the limit is cut at 500 code points (emoji count once) and says so.
      area.value = `${hostile}${'😀'.repeat(600)}`;
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await el.updateComplete;
      expect([...area.value].length).to.equal(500);
      expect(nb(said.textContent)).to.equal('Ya llegaste al límite.');
      expect(nb(q(el, '.tp-feedback-count')?.textContent)).to.equal('500 de 500 caracteres');
      q<HTMLButtonElement>(el, '.tp-feedback-send')!.click();
      await el.updateComplete;
      expect(heard.events.length).to.equal(2);
      expect(heard.events[1]!.text.startsWith(hostile)).to.equal(true);
      expect([...heard.events[1]!.text].length).to.equal(500);
      expect(root(el).querySelector('img, script:not([type])')).to.equal(null);
      await new Promise((r) => setTimeout(r, 50));
      expect(w.__fbTripwire).to.equal(0);
    } finally {
      heard.stop();
      window.alert = origAlert;
    }
  });
});
