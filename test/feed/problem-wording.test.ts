// A fatal load error waits for the wording of problems (a lazy module, loadProblemWording): the
// widget's error state and its tp-error read in full, as before the wording was split off. The test
// must run before anything in this page loads the wording.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { problemWordingIfLoaded } from '../../src/feed/problems.js';
import '../../src/define/program-card.js';
import '../../src/define/feed.js';
import type { TpProgramCard } from '../../src/components/program-card/program-card.js';

const nb = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('problem wording on the error path', () => {
  it('a fatal load error reads in full in the widget and in tp-error', async () => {
    expect(problemWordingIfLoaded(), 'nothing in this page has loaded the wording yet').to.equal(undefined);
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const el = document.createElement('tp-program-card') as TpProgramCard;
    el.setAttribute('src', `/__fault/notes-${Date.now()}/404.json`);
    el.setAttribute('program', 'E001');
    const errors: string[] = [];
    el.addEventListener('tp-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
    wrap.append(el);
    await waitUntil(() => el.state === 'error', `state stayed ${el.state}`, { timeout: 15000 });
    await el.updateComplete;
    const status = nb(el.shadowRoot!.querySelector('[data-kind="error"]')?.textContent);
    expect(status).to.contain('No se encontró el archivo de datos');
    expect(status).to.contain('404');
    expect(status).to.not.match(/undefined|código «/);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^No se encontró el archivo de datos "404\.json" \(HTTP 404\)\.$/);
  });

  it('<tp-feed>: its tp-error and the error state of the widgets inside it read in full', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const feed = document.createElement('tp-feed');
    const errors: string[] = [];
    feed.addEventListener('tp-error', (e) => {
      if (e.target === feed) errors.push((e as CustomEvent<{ message: string }>).detail.message);
    });
    const el = document.createElement('tp-program-card') as TpProgramCard;
    el.setAttribute('program', 'E001');
    feed.append(el);
    feed.setAttribute('src', `/__fault/feed-${Date.now()}/500.json`);
    wrap.append(feed);
    await waitUntil(() => el.state === 'error', `state stayed ${el.state}`, { timeout: 30000 });
    await el.updateComplete;
    expect(errors).to.deep.equal(['The data server had an error (HTTP 500).']);
    expect(nb(el.shadowRoot!.querySelector('[data-kind="error"]')?.textContent)).to.contain('The data server had an error (HTTP 500)');
  });
});
