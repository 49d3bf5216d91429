import { expect, fixture, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define/all.js';
import { sourceLine } from '../../src/platform/parts/source-line.js';
import type { Source } from '../../src/feed/types.js';

const FILE_NAME = /\.(csv|xlsx?|json|zip)\b/i;
const REAL = '/.tmp/feeds/cp2023-full.json';

/** The source line's text with every disclosure in it opened (the list is built on opening: whenOpen). */
async function sourceText(root: ParentNode): Promise<string> {
  const line = root.querySelector<HTMLElement>('[part~="source"]');
  expect(line, 'a source line').to.not.equal(null);
  const closed = [...line!.querySelectorAll('details')].filter((d) => !d.open);
  await Promise.all(
    closed.map((d) => {
      const opened = new Promise((r) => d.addEventListener('toggle', r, { once: true }));
      d.open = true;
      return opened;
    }),
  );
  return line!.textContent!.replace(/\s+/g, ' ').trim();
}

function renderLine(sources: Source[], lang: 'es' | 'en' = 'es'): HTMLDivElement {
  const host = document.body.appendChild(document.createElement('div'));
  render(sourceLine({ publisher: { name: 'SHCP', jurisdiction: 'MX' }, sources, asOf: '2024-04-30' }, lang), host);
  return host;
}

describe('sourceLine() wording', () => {
  const shcp = (title: string): Source => ({ title, publisher: 'SHCP' });

  it('names the first source and counts the others with their common publisher', async () => {
    const text = await sourceText(renderLine([shcp('Cuenta Pública 2023'), ...Array.from({ length: 9 }, (_, i) => shcp(`Dato ${i}`))]));
    expect(text).to.contain('Fuente: Cuenta Pública 2023 y otras 9 fuentes de la SHCP');
    expect(text).to.contain('Dato 8');
  });

  it('is singular for one more source, and drops the publisher when they differ', async () => {
    expect(await sourceText(renderLine([shcp('A'), shcp('B')]))).to.contain('Fuente: A y otra fuente de la SHCP');
    const mixed = await sourceText(renderLine([shcp('A'), { title: 'B', publisher: 'CONEVAL' }, shcp('C')]));
    expect(mixed).to.contain('Fuente: A y otras 2 fuentes');
    expect(mixed).to.not.contain('fuentes de');
    expect(await sourceText(renderLine([shcp('A'), shcp('B'), shcp('C')], 'en'))).to.contain('Source: A and 2 other sources from SHCP');
  });

  it('shows a "data file" word instead of a file name, and counts it', async () => {
    const text = await sourceText(renderLine([{ title: 'CP2023.csv' }, { title: 'mir.XLSX' }]));
    expect(text).to.not.match(FILE_NAME);
    expect(text).to.contain('Fuente: archivo de datos y otra fuente');
  });

  it('links a title only when its URL is safe', async () => {
    const host = renderLine([
      { title: 'Buena', url: 'https://www.transparenciapresupuestaria.gob.mx/' },
      { title: 'Mala', url: 'javascript:alert(1)' },
    ]);
    const hrefs = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.every((h) => h!.startsWith('https:'))).to.equal(true);
    expect(await sourceText(host)).to.contain('Mala');
  });
});

describe('source lines on the real feed (cp2023-full)', () => {
  before(async function () {
    const res = await fetch(REAL, { method: 'HEAD' }).catch(() => undefined);
    if (!res?.ok) {
      console.log('source-line: /.tmp/feeds/cp2023-full.json not found (run scripts/make-test-feeds.ts); real-data tests skipped');
      this.skip();
    }
  });

  for (const tag of ['tp-program-card', 'tp-budget-cycle', 'tp-indicator-gauge', 'tp-sdg-alignment', 'tp-program-explorer']) {
    it(`<${tag}> shows no file name in its source line`, async () => {
      const t = unsafeStatic(tag);
      const el = await fixture<HTMLElement & { state: string; updateComplete: Promise<unknown> }>(
        staticHtml`<${t} src=${REAL} program="20-S176" lang="es"></${t}>`,
      );
      await waitUntil(() => el.state !== 'loading', `${tag} left the loading state`, { timeout: 20000 });
      await el.updateComplete;
      const text = await sourceText(el.shadowRoot!);
      expect(text).to.contain('Fuente: Cuenta Pública 2023');
      expect(text).to.not.match(FILE_NAME);
    });
  }
});
