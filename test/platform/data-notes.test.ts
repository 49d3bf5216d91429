// The wording of data problems is a lazy module (loadProblemWording): a widget is ready and shows its
// notes count without it, and the notes fill in when it arrives.
// The first test must run before anything in this page loads the wording.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import type { Problem } from '../../src/feed/types.js';
import { problemWordingIfLoaded } from '../../src/feed/problems.js';
import { dataNotes } from '../../src/platform/parts/data-notes.js';
import '../../src/define/program-card.js';
import type { TpProgramCard } from '../../src/components/program-card/program-card.js';
import { loadedFeed, readyValue, testProgram, type TestFeedProvider } from '../fixtures/context-feed.js';

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
    const provider = document.createElement('test-feed-provider') as TestFeedProvider;
    provider.provider.setValue(readyValue(loadedFeed([testProgram('E001')], [ORDER])));
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
