// Locale packs loaded by URL, in Chromium: <tp-feed locale-pack> and the attribute on a widget.
// A broken pack (404, bad JSON, wrong shape) leaves the widget in Spanish with one console note.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/feed.js';
import '../../src/define/program-card.js';
import { loadLocalePack } from '../../src/i18n/load-locale-pack.js';
import { isKnownLang, translate, unregisterLocalePack } from '../../src/i18n/registry.js';
import type { TpProgramCard } from '../../src/components/program-card/program-card.js';

const SAMPLE = '/demo/data/sample-feed.json';
const PACKS = '/test/fixtures/locale-packs';
const nb = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const text = (el: Element, sel: string) => nb(el.shadowRoot!.querySelector(sel)?.textContent);
const tableSummary = (el: Element) => text(el, 'details.tp-data-table > summary');
const ready = (el: TpProgramCard) => waitUntil(() => el.state === 'ready', `state stayed ${el.state}`, { timeout: 20000 });

describe('locale packs loaded by URL', () => {
  const pageErrors: unknown[] = [];
  const onError = (e: ErrorEvent) => pageErrors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(e.reason);
  let warn: sinon.SinonStub;
  /** Console notes about locale packs (the sample feed's own data notes are warned too). */
  const packNotes = () =>
    warn
      .getCalls()
      .map((c) => String(c.args[0]))
      .filter((m) => m.includes('locale pack'));

  beforeEach(() => {
    pageErrors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    warn.restore();
  });

  it('<tp-feed locale-pack> loads a JSON pack and the widgets inside show its strings, Spanish for the rest', async () => {
    const feed = await fixture(html`
      <tp-feed src=${SAMPLE} locale-pack=${`${PACKS}/xx-feed.json`} lang="xx-feed">
        <tp-program-card program="E001"></tp-program-card>
      </tp-feed>`);
    const card = feed.querySelector('tp-program-card') as TpProgramCard;
    try {
      await ready(card);
      await waitUntil(() => tableSummary(card) === 'TABLA-URL', `pack strings not shown: "${tableSummary(card)}"`, { timeout: 20000 });
      expect(card.resolvedLang).to.equal('xx-feed');
      expect(card.shadowRoot!.querySelector('[role=meter]')?.getAttribute('aria-label')).to.equal('AVANCE-URL');
      expect(text(card, '.tp-term[data-term=approved] > button')).to.equal('APROBADO-URL');
      // Not in the pack (or left ""): Spanish.
      expect(text(card, '.tp-term[data-term=modified] > button')).to.equal('Modificado');
      expect(translate('xx-feed', 'dataNotesNone')).to.equal('Sin notas sobre los datos');
      expect(packNotes()).to.deep.equal([]);
      expect(pageErrors).to.deep.equal([]);
    } finally {
      unregisterLocalePack('xx-feed');
    }
  });

  it("<tp-feed locale-pack> with no lang of its own takes the pack's language; a lang the page wrote wins", async () => {
    const root = await fixture(html`
      <div>
        <tp-feed src=${SAMPLE} locale-pack=${`${PACKS}/xx-auto.json`}>
          <tp-program-card program="E001"></tp-program-card>
        </tp-feed>
        <tp-feed src=${SAMPLE} locale-pack=${`${PACKS}/xx-auto.json`} lang="en">
          <tp-program-card program="E001"></tp-program-card>
        </tp-feed>
      </div>`);
    const [auto, english] = [...root.querySelectorAll('tp-program-card')] as TpProgramCard[];
    try {
      await ready(auto!);
      await ready(english!);
      await waitUntil(() => tableSummary(auto!) === 'TABLA-AUTO', `pack strings not shown: "${tableSummary(auto!)}"`, { timeout: 20000 });
      expect(root.querySelector('tp-feed')!.getAttribute('lang')).to.equal('xx-auto');
      expect(english!.resolvedLang).to.equal('en');
      expect(tableSummary(english!)).to.equal('Show data table');
      expect(pageErrors).to.deep.equal([]);
    } finally {
      unregisterLocalePack('xx-auto');
    }
  });

  it('the locale-pack attribute works on a widget by itself', async () => {
    const card = await fixture<TpProgramCard>(html`
      <tp-program-card src=${SAMPLE} program="E001" locale-pack=${`${PACKS}/xx-widget.json`} lang="xx-widget"></tp-program-card>`);
    try {
      await ready(card);
      await waitUntil(() => tableSummary(card) === 'TABLA-WIDGET', `pack strings not shown: "${tableSummary(card)}"`, { timeout: 20000 });
      expect(pageErrors).to.deep.equal([]);
    } finally {
      unregisterLocalePack('xx-widget');
    }
  });

  it('the example pack generated from the Spanish strings loads and validates in the browser', async () => {
    const result = await loadLocalePack('/schema/examples/locale-pack-example.json');
    try {
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      expect(isKnownLang('es-x-example')).to.equal(true);
      expect(translate('es-x-example', 'showTable')).to.equal('Ver tabla de datos');
    } finally {
      unregisterLocalePack('es-x-example');
    }
  });

  const broken: Array<[string, string, string, RegExp]> = [
    ['a pack that is not there (404)', `${PACKS}/missing.json`, 'xx-missing', /HTTP 404/],
    ['a pack that is not JSON', `${PACKS}/truncated.json.txt`, 'xx-truncated', /not valid JSON/],
    ['a pack of the wrong shape', `${PACKS}/wrong-shape.json`, 'xx-wrong', /must be a string/],
    ['a pack URL that is not http(s)', 'javascript:alert(1)', 'xx-script', /only http/],
  ];
  for (const [label, url, lang, why] of broken) {
    it(`${label} leaves the widget in Spanish, with one console note and no page error`, async () => {
      // No lang on the element: a pack that loaded would have set it.
      const card = await fixture<TpProgramCard>(html`
        <tp-program-card src=${SAMPLE} program="E001" locale-pack=${url}></tp-program-card>`);
      await ready(card);
      // The same URL is fetched once: this waits for the element's own load to finish.
      const result = await loadLocalePack(url);
      expect(result.ok).to.equal(false);
      await card.updateComplete;
      expect(isKnownLang(lang)).to.equal(false);
      expect(card.hasAttribute('lang')).to.equal(false);
      expect(card.resolvedLang).to.equal('es');
      expect(tableSummary(card)).to.equal('Ver tabla de datos');
      expect(text(card, '[part~=title]')).to.not.equal('');
      const notes = packNotes();
      expect(notes.length, notes.join('\n')).to.equal(1);
      expect(notes[0]).to.match(why);
      expect(pageErrors).to.deep.equal([]);
    });
  }
});
