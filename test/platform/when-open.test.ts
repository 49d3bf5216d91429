import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import { whenOpen } from '../../src/platform/parts/when-open.js';
import { tablesDisclosure } from '../../src/platform/parts/data-table.js';
import type { TableModel } from '../../src/platform/table-model.js';

const model = (n: number): TableModel => ({
  caption: `Tabla ${n}`,
  columns: [
    { key: 'name', label: 'Momento' },
    { key: 'amount', label: 'Monto', kind: 'money', numeric: true },
  ],
  rows: Array.from({ length: n }, (_, i) => ({ name: `m${i}`, amount: i * 1000.5 })),
});

describe('whenOpen() and the lazy data tables', () => {
  it('builds nothing while closed, renders on open, then follows later renders', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let built = 0;
    const view = (label: string) => html`<details><summary>Ver</summary>${whenOpen(() => (built++, html`<p>${label}</p>`))}</details>`;
    render(view('uno'), host);
    const details = host.querySelector('details')!;
    expect(details.querySelector('p')).to.equal(null);
    expect(built).to.equal(0);
    const toggled = oneEvent(details, 'toggle');
    details.querySelector('summary')!.click();
    await toggled;
    expect(details.querySelector('p')!.textContent).to.equal('uno');
    render(view('dos'), host);
    expect(details.querySelector('p')!.textContent).to.equal('dos');
    // Closing keeps what was built (reopening is instant).
    details.open = false;
    await oneEvent(details, 'toggle');
    render(view('tres'), host);
    expect(details.querySelector('p')!.textContent).to.equal('tres');
  });

  it('inside a hidden element: builds nothing while hidden, renders when shown and told (toggle), follows the language', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let built = 0;
    const view = (label: string) => html`<span hidden>${whenOpen(() => (built++, html`<strong>${label}</strong>`))}</span>`;
    render(view('presupuesto'), host);
    const span = host.querySelector('span')!;
    expect(span.querySelector('strong')).to.equal(null);
    expect(built).to.equal(0);
    span.hidden = false;
    span.dispatchEvent(new Event('toggle'));
    expect(span.querySelector('strong')!.textContent).to.equal('presupuesto');
    render(view('budget'), host);
    expect(span.querySelector('strong')!.textContent).to.equal('budget');
  });

  it('a glossary term builds its definition on first opening and keeps keyboard behaviour', async () => {
    const { glossaryTerm } = await import('../../src/platform/parts/glossary-term.js');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(html`<p>El ${glossaryTerm('approved', 'es')} del año.</p>`, host);
    const def = host.querySelector<HTMLElement>('.tp-term-def')!;
    expect(def.hidden).to.equal(true);
    expect(def.textContent).to.equal('');
    host.querySelector('button')!.click();
    expect(def.hidden).to.equal(false);
    expect(def.querySelector('strong')!.textContent).to.not.equal('');
    expect(def.textContent!.length).to.be.greaterThan(20);
  });

  it('a disclosure that starts open renders at once', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(
      tablesDisclosure(() => [model(3)], 'es', { open: true }),
      host,
    );
    expect(host.querySelectorAll('tbody tr')).to.have.length(3);
  });

  it('the opened tables: labelled regions, every row, no empty table, accessible', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    render(
      tablesDisclosure(() => [model(2), undefined, model(0), model(4)], 'es'),
      host,
    );
    const details = host.querySelector('details')!;
    expect(host.querySelector('table')).to.equal(null);
    const toggled = oneEvent(details, 'toggle');
    details.open = true;
    await toggled;
    const regions = [...host.querySelectorAll('[role=region]')];
    expect(regions.map((r) => r.getAttribute('aria-label'))).to.deep.equal(['Tabla 2', 'Tabla 4']);
    expect(host.querySelectorAll('tbody tr')).to.have.length(6);
    expect(host.querySelector('tbody td')!.textContent).to.equal('$0.00');
    await expect(host).to.be.accessible();
  });
});
