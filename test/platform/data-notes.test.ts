// The wording of data problems is a lazy module (loadProblemWording): a widget is ready and shows its
// notes count without it, and the notes fill in when it arrives.
// The first test must run before anything in this page loads the wording.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { feedContext } from '../../src/feed/context.js';
import type { FeedContextValue } from '../../src/feed/context.js';
import type { LoadedFeed } from '../../src/feed/load.js';
import type { Feed, Problem } from '../../src/feed/types.js';
import { problemWordingIfLoaded } from '../../src/feed/problems.js';
import { dataNotes } from '../../src/platform/parts/data-notes.js';
import '../../src/define/program-card.js';
import type { TpProgramCard } from '../../src/components/program-card/program-card.js';

class NotesFeedProvider extends LitElement {
  provider = new ContextProvider(this, { context: feedContext });
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('notes-feed-provider', NotesFeedProvider);

const nb = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const items = (root: ParentNode) => [...root.querySelectorAll('[part~=notes] li')].map((li) => nb(li.textContent));

const ORDER: Problem = {
  kind: 'order',
  code: 'amount-order',
  severity: 'warning',
  key: 'E001',
  params: { later: 'paid', earlier: 'exercised' },
};
const ORDER_NOTE = 'El pagado es mayor que el ejercido; se muestran tal como se publicaron.';

function loaded(problems: Problem[]): LoadedFeed {
  const feed: Feed = {
    version: 1,
    publisher: { name: 'Secretaría de prueba', url: 'https://example.org/', jurisdiction: 'MX-ROO' },
    cycle: 2024,
    currency: 'MXN',
    asOf: '2024-09-30',
    sources: [{ title: 'Fuente de prueba', url: 'https://example.org/datos.json' }],
    moments: ['approved', 'modified', 'paid'],
    programs: [{ key: 'E001', name: 'Programa E001', amounts: { approved: 1000, modified: 1000, paid: 812 } }],
  };
  return { url: 'https://example.org/feed.json', feed, problems, stale: false, format: 'json', loadedAt: 0 };
}

describe('data notes: the wording loads when needed', () => {
  it('the count renders at once; the list fills in when the wording arrives (never "undefined", no empty bullet)', async () => {
    expect(problemWordingIfLoaded(), 'nothing in this page has loaded the wording yet').to.equal(undefined);
    const box = document.createElement('div');
    document.body.append(box);
    const problems = [ORDER, { ...ORDER, key: 'E002' }];
    render(dataNotes(problems, 'es', 1), box);
    expect(nb(box.querySelector('[part~=notes] > summary')?.textContent)).to.equal('2 notas sobre los datos');
    expect(box.querySelectorAll('[part~=notes] li')).to.have.length(0);
    await waitUntil(() => items(box).length > 0, 'the notes never filled in', { timeout: 10000 });
    expect(items(box)).to.deep.equal([ORDER_NOTE, '…']);
    const wording = problemWordingIfLoaded()!;
    expect(wording.problemNote(ORDER, 'es')).to.equal(ORDER_NOTE);
    // Loaded: the next render is synchronous.
    const again = document.createElement('div');
    render(dataNotes(problems, 'en', 5), again);
    const en = wording.problemNote(ORDER, 'en');
    expect(en).to.match(/^The paid amount /);
    expect(items(again)).to.deep.equal([en, en]);
    box.remove();
  });

  it('a widget whose feed has problems is ready with its notes count, and its notes read in plain words', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const provider = document.createElement('notes-feed-provider') as NotesFeedProvider;
    provider.provider.setValue({ src: 'x', state: 'ready', loaded: loaded([ORDER]) } satisfies FeedContextValue);
    const el = document.createElement('tp-program-card') as TpProgramCard;
    el.setAttribute('program', 'E001');
    provider.append(el);
    wrap.append(provider);
    await waitUntil(() => el.state === 'ready', `state stayed ${el.state}`, { timeout: 10000 });
    expect(nb(el.shadowRoot!.querySelector('[part~=notes] > summary')?.textContent)).to.equal('1 nota sobre los datos');
    await waitUntil(() => items(el.shadowRoot!).length === 1, 'the notes never filled in', { timeout: 10000 });
    expect(items(el.shadowRoot!)).to.deep.equal([ORDER_NOTE]);
  });
});
