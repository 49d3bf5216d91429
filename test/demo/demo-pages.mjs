// Browser checks of every demo page, loaded from the built CDN bundle exactly as a real site would,
// served under a strict Content-Security-Policy. Run by `npm run test:browser` (after `npm run build`).
//   node test/demo/demo-pages.mjs            all checks
//   DEMO_ONLY=portal node test/demo/...      only the checks whose name contains "portal"
// Prints one line per check and a final "N passed, N failed"; exits non-zero on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

import { CSP, ROOT, startDemoServer } from './demo-server.mjs';
const WIDGET_TIMEOUT = 30_000;
const SHARD = '/.tmp/feeds/shard/index.json';
const ONLY = process.env.DEMO_ONLY ?? '';

for (const f of ['dist/cdn/tp-widgets.js', 'demo/build/react-host.js', 'demo/build/vue-host.js']) {
  if (!existsSync(resolve(ROOT, f))) {
    console.error(`demo pages: ${f} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}
const chrome = findChrome();
if (!chrome) {
  console.error('demo pages: no Chrome or Chromium found (set CHROME_PATH).');
  process.exit(1);
}

const sample = JSON.parse(readFileSync(resolve(ROOT, 'demo/data/sample-feed.json'), 'utf8'));
const axeSource = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const fold = (s) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const { server, base } = await startDemoServer();
const browser = await chromium.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS, timeout: 60_000 });

/** Strict-CSP violations, per page; reported by one check at the end. */
const cspViolations = [];
const cspCulprits = new Map();
let passed = 0;
let failed = 0;
const failures = [];

/** Opens a page, collecting console errors, uncaught exceptions and feed requests. */
async function open(path, { width = 1280, before } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  if (before) await before(context);
  // Which element caused each CSP violation (the console message does not say).
  await context.addInitScript(() => {
    window.__cspBy = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const t = e.composedPath?.()[0] ?? e.target;
        const host = t?.getRootNode?.()?.host;
        window.__cspBy.push(
          `${host ? `${host.localName} > ` : ''}${t?.localName ?? '?'}${t?.className && typeof t.className === 'string' ? `.${t.className.split(' ')[0]}` : ''} [${e.violatedDirective}]`,
        );
      },
      true,
    );
  });
  const page = await context.newPage();
  page.setDefaultTimeout(WIDGET_TIMEOUT);
  const errors = [];
  const feeds = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (/Content Security Policy/.test(text))
      cspViolations.push(`${path}: ${text.split('.')[0]}${/sha256-[^']+/.exec(text) ? ` (${/sha256-[^']+/.exec(text)[0]})` : ''}`);
    else errors.push(`console: ${text}`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.endsWith('.json') && (u.pathname.startsWith('/data/') || u.pathname.startsWith('/.tmp/'))) feeds.push(u.pathname);
  });
  await page.goto(base + path, { waitUntil: 'load' });
  return { page, context, errors, feeds };
}

/** Waits until no light-DOM tp-* widget (other than tp-feed) is loading; returns tag → states. */
async function settle(page, root = 'body') {
  await page.waitForFunction(
    (sel) => {
      const els = [...document.querySelector(sel).querySelectorAll('*')].filter(
        (e) => e.localName.startsWith('tp-') && e.localName !== 'tp-feed',
      );
      return els.length > 0 && els.every((e) => e.getAttribute('state') && e.getAttribute('state') !== 'loading');
    },
    root,
    { timeout: WIDGET_TIMEOUT },
  );
  return page.evaluate(
    (sel) =>
      [...document.querySelector(sel).querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('tp-') && e.localName !== 'tp-feed')
        .map((e) => ({ tag: e.localName, program: e.getAttribute('program') ?? '', state: e.getAttribute('state') })),
    root,
  );
}

function expectStates(states, allowed = {}) {
  const bad = states.filter((s) => !(allowed[s.tag] ?? ['ready']).includes(s.state));
  if (bad.length) throw new Error(`widgets not in the intended state: ${bad.map((b) => `${b.tag}[${b.program}]=${b.state}`).join(', ')}`);
}

async function overflow(page, width) {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const r = await page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth) return null;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 1)
      .slice(0, 3)
      .map(
        (e) =>
          `${e.localName}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''} (${Math.round(e.getBoundingClientRect().right)} px)`,
      );
    return `${doc.scrollWidth} px wide in ${doc.clientWidth} px: ${wide.join(', ')}`;
  });
  if (r) throw new Error(`horizontal overflow at ${width} px: ${r}`);
}

async function axe(page, label = '') {
  const has = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!has) await page.evaluate(axeSource);
  const v = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (x) =>
        `${x.id} (${x.nodes.length}): ${x.nodes
          .slice(0, 2)
          .map((n) => n.target.join(' > '))
          .join(' | ')}`,
    );
  });
  if (v.length) throw new Error(`axe${label ? ` (${label})` : ''}: ${v.join('; ')}`);
}

function noErrors(errors) {
  if (errors.length) throw new Error(`errors on the page:\n      ${errors.slice(0, 5).join('\n      ')}`);
}

function oneFeed(feeds, expected = ['/data/sample-feed.json']) {
  const got = [...feeds].sort();
  if (JSON.stringify(got) !== JSON.stringify([...expected].sort()))
    throw new Error(`feed requests: expected ${expected.join(', ')}; got ${got.join(', ') || 'none'}`);
}

async function check(name, fn) {
  if (ONLY && !name.includes(ONLY) && !name.startsWith('strict CSP')) return;
  const t0 = Date.now();
  let ctx;
  try {
    await fn((c) => (ctx = c));
    passed++;
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    failures.push(name);
    console.log(
      `  ✗ ${name}\n      ${String(e?.message ?? e)
        .split('\n')
        .join('\n      ')}`,
    );
  } finally {
    for (const p of ctx?.pages() ?? []) {
      const by = await p.evaluate(() => window.__cspBy ?? []).catch(() => []);
      for (const b of by) cspCulprits.set(b, (cspCulprits.get(b) ?? 0) + 1);
    }
    await ctx?.close().catch(() => {});
  }
}

/** The common checks of a page: states, errors, one feed request, no overflow at 1280 and 320, axe. */
async function pageChecks(path, { allowed = {}, feeds, widths = [1280, 320], extra } = {}) {
  await check(`${path}: widgets finish, no errors, one feed request, no overflow at ${widths.join('/')} px, axe`, async (keep) => {
    const o = await open(path);
    keep(o.context);
    expectStates(await settle(o.page), allowed);
    if (extra) await extra(o);
    await axe(o.page);
    for (const w of widths) await overflow(o.page, w);
    oneFeed(o.feeds, feeds);
    noErrors(o.errors);
  });
}

const keysIn = (page) =>
  page.evaluate(() =>
    [...document.querySelector('tp-program-explorer').shadowRoot.querySelectorAll('[part~="row"]')].map((r) => r.dataset.key),
  );
const matching = (word) =>
  sample.programs
    .filter((p) =>
      fold(`${p.key} ${p.key.replace(/[\s-]/g, '')} ${p.name} ${p.ramo?.name ?? ''} ${p.unit?.name ?? ''}`).includes(fold(word)),
    )
    .map((p) => p.key);

console.log(`demo pages on ${base} (CSP: ${CSP})`);
try {
  // The HTML itself: one widget bundle tag, no inline script, no <style>, no style="" (strict CSP).
  await check('demo/**/*.html: one /dist/cdn/tp-widgets.js tag each, no inline <script>, <style> or style=""', async () => {
    const pages = [
      'index.html',
      'article.html',
      'municipio.html',
      'react.html',
      'vue.html',
      'portal/index.html',
      'portal/programa.html',
      'portal/puntos.html',
    ];
    // Host pages that show no widget (the portal's summary of readers' feedback) load no bundle.
    const noWidgets = ['portal/evaluacion.html'];
    const bad = [];
    for (const f of [...pages, ...noWidgets]) {
      const html = readFileSync(resolve(ROOT, 'demo', f), 'utf8');
      const bundle = html.match(/<script\b[^>]*\bsrc="\/dist\/cdn\/tp-widgets\.js"[^>]*><\/script>/g) ?? [];
      if (bundle.length !== (noWidgets.includes(f) ? 0 : 1)) bad.push(`${f}: ${bundle.length} bundle tags`);
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) if (!/\bsrc=/.test(tag)) bad.push(`${f}: inline ${tag}`);
      if (/<style\b/i.test(html)) bad.push(`${f}: <style>`);
      if (/<[a-z][^>]*\sstyle=/i.test(html)) bad.push(`${f}: style attribute`);
      if (/\son[a-z]+=/i.test(html.replace(/<pre[\s\S]*?<\/pre>/g, ''))) bad.push(`${f}: inline event handler`);
    }
    if (bad.length) throw new Error(bad.join('; '));
  });

  // The code every page runs at once carries V8's compile hint as its first line (rollup.config.mjs,
  // compileHint); the lazy chunks (adapters, Vega) do not, so their unused code is not compiled.
  await check('dist/cdn: entry, platform and element chunks start with the compile hint; lazy chunks do not', async () => {
    const HINT = '//# allFunctionsCalledOnLoad\n';
    const dir = resolve(ROOT, 'dist/cdn/chunks');
    const eager = ['../tp-widgets.js', 'platform.js', 'feed.js', 'program-card.js', 'spending-flow.js', 'indicator-gauge.js'];
    const bad = [];
    for (const f of eager) if (!readFileSync(resolve(dir, f), 'utf8').startsWith(HINT)) bad.push(`${f} lacks the hint`);
    const lazy = readdirSync(dir).filter((f) => /^(adapters|vega-render|vega-lite-compile|csv)-.*\.js$/.test(f));
    if (lazy.length < 4) bad.push(`only ${lazy.length} lazy chunks found: ${lazy.join(', ')}`);
    for (const f of lazy) if (readFileSync(resolve(dir, f), 'utf8').includes('allFunctionsCalledOnLoad')) bad.push(`${f} has the hint`);
    if (bad.length) throw new Error(bad.join('; '));
  });

  // The gallery: every element and variant.
  await pageChecks('/', {
    allowed: {},
    extra: async ({ page }) => {
      const tags = await page.evaluate(
        () => new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('tp-'))).size,
      );
      const defined = await page.evaluate(() =>
        [
          'tp-feed',
          'tp-program-card',
          'tp-budget-cycle',
          'tp-spending-flow',
          'tp-indicator-gauge',
          'tp-gender-breakdown',
          'tp-sdg-alignment',
          'tp-program-explorer',
          'tp-signals',
        ].filter((t) => !document.querySelector(t)),
      );
      if (defined.length) throw new Error(`gallery lacks ${defined.join(', ')}`);
      const snippets = await page.evaluate(() => document.querySelectorAll('pre code').length);
      if (snippets < tags) throw new Error(`only ${snippets} snippets for ${tags} elements`);
    },
  });

  // The newspaper article: hostile CSS, ≥5 embeds, a 320 px column.
  await pageChecks('/article.html', {
    extra: async ({ page }) => {
      const n = await page.evaluate(() => document.querySelectorAll('article [state]').length);
      if (n < 5) throw new Error(`only ${n} embeds`);
      await page.setViewportSize({ width: 320, height: 900 });
      const narrow = await page.evaluate(() =>
        [...document.querySelectorAll('article [state]')]
          .map((e) => [e.localName, Math.round(e.getBoundingClientRect().width)])
          .filter(([, w]) => w < 200 || w > 320),
      );
      if (narrow.length) throw new Error(`embeds at 320 px have odd widths: ${JSON.stringify(narrow)}`);
      await page.setViewportSize({ width: 1280, height: 900 });
    },
  });

  // The municipal site: own theme, hidden tabs, host's dark toggle.
  await check(
    '/municipio.html: hidden-tab chart gets a width when its tab opens; dark toggle sets theme; axe in both modes',
    async (keep) => {
      const o = await open('/municipio.html');
      keep(o.context);
      expectStates(await settle(o.page));
      const hiddenWidth = await o.page.evaluate(() => document.querySelector('tp-spending-flow').getBoundingClientRect().width);
      if (hiddenWidth !== 0) throw new Error(`the flow should start in a hidden tab (width ${hiddenWidth})`);
      await o.page.click('#tab-gasto');
      await o.page.waitForFunction(() => {
        const chart = document.querySelector('tp-spending-flow').shadowRoot.querySelector('[part~="chart"]');
        const drawn = chart?.querySelector('svg, canvas');
        return drawn && drawn.getBoundingClientRect().width > 0;
      });
      const w = await o.page.evaluate(
        () =>
          document
            .querySelector('tp-spending-flow')
            .shadowRoot.querySelector('[part~="chart"] svg, [part~="chart"] canvas')
            .getBoundingClientRect().width,
      );
      const panel = await o.page.evaluate(() => document.getElementById('panel-gasto').getBoundingClientRect().width);
      if (w < panel * 0.5) throw new Error(`chart is ${w} px wide in a ${panel} px panel`);
      // Keyboard: arrows move between tabs.
      await o.page.keyboard.press('ArrowRight');
      const selected = await o.page.evaluate(() => document.activeElement?.id);
      if (selected !== 'tab-resultados') throw new Error(`ArrowRight focused ${selected}`);
      // The site's token reached the widget.
      const accent = await o.page.evaluate(() =>
        getComputedStyle(document.querySelector('tp-program-card')).getPropertyValue('--tp-color-accent').trim(),
      );
      if (accent !== '#00705e') throw new Error(`site accent not inherited: ${accent}`);
      await axe(o.page, 'light');
      await o.page.click('#modo-oscuro');
      const themes = await o.page.evaluate(() =>
        [...document.querySelectorAll('[state]:not(tp-feed)')].map((e) => e.getAttribute('theme')),
      );
      if (!themes.every((t) => t === 'dark')) throw new Error(`themes after the toggle: ${themes.join(',')}`);
      for (const tab of ['#tab-resumen', '#tab-gasto', '#tab-resultados', '#tab-genero']) {
        await o.page.click(tab);
        await axe(o.page, `dark ${tab}`);
      }
      for (const w2 of [1280, 320]) await overflow(o.page, w2);
      oneFeed(o.feeds);
      noErrors(o.errors);
    },
  );

  // The portal's explorer.
  await pageChecks('/portal/');
  await check(
    '/portal/: search finds the right programs; filters and URL state survive a reload; a result opens its page',
    async (keep) => {
      const o = await open('/portal/');
      keep(o.context);
      await settle(o.page);
      const input = o.page.locator('tp-program-explorer input[type="search"]');
      await input.fill('educacion');
      const want = matching('educacion').sort();
      let got = (await keysIn(o.page)).sort();
      if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`"educacion": got ${got}, expected ${want}`);
      if (!got.length) throw new Error('"educacion" found nothing');
      const ramo = sample.programs.find((p) => p.key === want[0]).ramo.id;
      await o.page.locator('tp-program-explorer select[id$="-ramo"]').selectOption(ramo);
      const filtered = (await keysIn(o.page)).sort();
      const wantFiltered = want.filter((k) => sample.programs.find((p) => p.key === k).ramo?.id === ramo);
      if (JSON.stringify(filtered) !== JSON.stringify(wantFiltered))
        throw new Error(`ramo ${ramo}: got ${filtered}, expected ${wantFiltered}`);
      const search = new URL(o.page.url()).searchParams;
      if (search.get('q') !== 'educacion' || search.get('ramo') !== ramo) throw new Error(`URL not updated: ${o.page.url()}`);
      await o.page.reload({ waitUntil: 'load' });
      await settle(o.page);
      got = (await keysIn(o.page)).sort();
      if (JSON.stringify(got) !== JSON.stringify(wantFiltered)) throw new Error(`after reload: ${got}`);
      if ((await input.inputValue()) !== 'educacion') throw new Error('search box empty after reload');
      await o.page.locator(`tp-program-explorer a[data-key="${got[0]}"]`).click();
      await o.page.waitForURL(/programa\.html\?program=/);
      await settle(o.page);
      const title = await o.page.title();
      const name = sample.programs.find((p) => p.key === got[0]).name;
      if (!title.includes(name)) throw new Error(`program page title "${title}"`);
      noErrors(o.errors);
    },
  );

  // The portal's program page, for every program of the sample feed.
  const programAllowed = {
    'tp-budget-cycle': ['ready', 'empty'],
    'tp-spending-flow': ['ready', 'empty'],
    'tp-indicator-gauge': ['ready', 'empty'],
    'tp-gender-breakdown': ['ready', 'empty'],
  };

  // Readers' feedback: the portal (<tp-feed feedback>) keeps each tp-feedback in localStorage (the host
  // does; the widgets send and store nothing) and evaluacion.html summarises them, texts as text.
  await check(
    '/portal/evaluacion.html: answers given on a program page are counted per widget and program; texts stay text; axe',
    async (keep) => {
      const o = await open(`/portal/programa.html?program=${encodeURIComponent(sample.programs[0].key)}`);
      keep(o.context);
      expectStates(await settle(o.page), programAllowed);
      // Code chunks of the bundle (/dist/) may load as widgets scroll into view; anything else is a request.
      const requests = () =>
        o.page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((e) => !new URL(e.name).pathname.startsWith('/dist/'))
            .map((e) => e.name),
        );
      const before = await requests();
      await o.page.locator('tp-program-card [part~="feedback"] button[data-answer="no"]').click();
      const area = o.page.locator('tp-program-card [part~="feedback"] textarea');
      await area.fill('<img src=x onerror=alert(1)> No entendí el avance.');
      await o.page.locator('tp-program-card [part~="feedback"] .tp-feedback-send').click();
      await o.page.locator('tp-spending-flow [part~="feedback"] button[data-answer="yes"]').click();
      const after = await requests();
      if (after.length !== before.length) throw new Error(`answering made requests: ${after.slice(before.length).join(', ')}`);
      await o.page.goto(`${base}/portal/evaluacion.html`, { waitUntil: 'load' });
      await o.page.waitForSelector('#resumen:not([hidden])');
      const rows = await o.page.evaluate(() =>
        [...document.querySelectorAll('#por-widget tbody tr, #por-programa tbody tr')].map((r) =>
          [...r.cells].map((c) => c.textContent.replace(/\s+/g, ' ').trim()).join('|'),
        ),
      );
      const key = sample.programs[0].key;
      const want = ['Ficha del programa (tp-program-card)|0|1|0%', 'Avance del gasto (tp-spending-flow)|1|0|100%', `${key}|1|1|50%`];
      for (const w of want) if (!rows.includes(w)) throw new Error(`rows ${JSON.stringify(rows)} lack ${w}`);
      const quote = await o.page.evaluate(() => ({
        text: document.querySelector('#textos blockquote')?.textContent,
        imgs: document.querySelectorAll('main img').length,
      }));
      if (quote.text !== '<img src=x onerror=alert(1)> No entendí el avance.' || quote.imgs)
        throw new Error(`texts: ${JSON.stringify(quote)}`);
      await axe(o.page);
      await overflow(o.page, 320);
      await o.page.click('#borrar');
      await o.page.waitForSelector('#vacio:not([hidden])');
      noErrors(o.errors);
    },
  );
  for (const [i, p] of sample.programs.entries()) {
    await check(
      `/portal/programa.html?program=${p.key}: card ready, title and description from the data, one feed request${i === 0 ? ', 320 px, axe' : ''}`,
      async (keep) => {
        const o = await open(`/portal/programa.html?program=${encodeURIComponent(p.key)}`);
        keep(o.context);
        const states = await settle(o.page);
        expectStates(states, programAllowed);
        if (states.length !== 5 || states.some((s) => s.program !== p.key)) throw new Error(`widgets: ${JSON.stringify(states)}`);
        const order = states.map((s) => s.tag);
        if (order[0] !== 'tp-budget-cycle') throw new Error(`the cycle strip should come first: ${order}`);
        await o.page.waitForFunction((name) => document.title.includes(name), p.name);
        const desc = await o.page.evaluate(() => document.querySelector('meta[name="description"]').content);
        if (!desc.includes(p.name) || !desc.includes(p.key)) throw new Error(`description: ${desc}`);
        if (i === 0) {
          await axe(o.page);
          await overflow(o.page, 320);
        }
        await overflow(o.page, 1280);
        oneFeed(o.feeds);
        noErrors(o.errors);
      },
    );
  }
  await check('/portal/programa.html without a program: says so, no errors', async (keep) => {
    const o = await open('/portal/programa.html');
    keep(o.context);
    await o.page.waitForSelector('#sin-programa:not([hidden])');
    await axe(o.page);
    noErrors(o.errors);
  });

  // The portal's "Puntos a revisar" page: the real federal feed by default, the sample feed when that fails.
  const federal = JSON.parse(readFileSync(resolve(ROOT, 'demo/data/real-federal-2023.json'), 'utf8'));
  await pageChecks('/portal/puntos.html', { feeds: ['/data/real-federal-2023.json'] });
  await check('/portal/puntos.html: real federal feed by default; every program links to its portal page with that feed', async (keep) => {
    const o = await open('/portal/puntos.html');
    keep(o.context);
    expectStates(await settle(o.page));
    await o.page.waitForFunction((who) => document.querySelector('[data-feed-note]').textContent.includes(who), federal.publisher.name);
    const current = await o.page.evaluate(() => document.querySelector('.feed-switcher a[aria-current]')?.dataset.feed);
    if (current !== '/data/real-federal-2023.json') throw new Error(`switcher marks ${current}`);
    const links = await o.page.evaluate(() =>
      [...document.querySelector('tp-signals').shadowRoot.querySelectorAll('[part~="groups"] a[href]')].map((a) => a.getAttribute('href')),
    );
    if (!links.length) throw new Error('no program links');
    const bad = links.filter((h) => !/^programa\.html\?program=[^&]+&feed=%2Fdata%2Freal-federal-2023\.json$/.test(h));
    if (bad.length) throw new Error(`links: ${bad.slice(0, 3).join(', ')}`);
    noErrors(o.errors);
  });
  await check('/portal/puntos.html: when the real feed cannot be loaded, the sample feed and a line that says so', async (keep) => {
    const o = await open('/portal/puntos.html', {
      before: (context) => context.route('**/data/real-federal-2023.json', (route) => route.fulfill({ status: 404, body: 'no' })),
    });
    keep(o.context);
    await o.page.waitForFunction(() => document.querySelector('tp-feed').getAttribute('src') === '/data/sample-feed.json');
    expectStates(await settle(o.page));
    const text = await o.page.evaluate(() => document.getElementById('respaldo').textContent);
    if (!text.includes('datos de ejemplo')) throw new Error(`fallback line: ${text}`);
    await axe(o.page);
    // The failed request is the point of this check: only errors other than that 404 count.
    noErrors(o.errors.filter((e) => !/404|Failed to load resource/.test(e)));
  });
  await check('/portal/puntos.html?program=E050&feed=sample: one program, its signal, link back to all', async (keep) => {
    const o = await open(`/portal/puntos.html?program=E050&feed=${encodeURIComponent('/data/sample-feed.json')}`);
    keep(o.context);
    expectStates(await settle(o.page));
    const text = await o.page.evaluate(() => document.querySelector('tp-signals').shadowRoot.textContent.replace(/\s+/g, ' '));
    if (!text.includes('1 punto a revisar') || !text.includes('38.0%')) throw new Error(`signals say: ${text.slice(0, 300)}`);
    const back = await o.page.evaluate(() => document.querySelector('#migas:not([hidden]) a')?.getAttribute('href'));
    if (back !== 'puntos.html?feed=%2Fdata%2Fsample-feed.json') throw new Error(`back link: ${back}`);
    await axe(o.page);
    oneFeed(o.feeds);
    noErrors(o.errors);
  });

  // The real feeds committed under demo/data (npm run demo:data): the portal's switcher, whose data
  // it is, the explorer and a program page on each.
  for (const name of ['real-federal-2023.json', 'real-inaeba-gto-2022q4.json', 'real-tanhuato-mich-2019q1.json']) {
    const path = `/data/${name}`;
    const feed = JSON.parse(readFileSync(resolve(ROOT, 'demo/data', name), 'utf8'));
    const q = encodeURIComponent(path);
    await check(`/portal/?feed=${path}: switcher marks it, the page says whose data it is, the explorer works, axe`, async (keep) => {
      const o = await open(`/portal/?feed=${q}`);
      keep(o.context);
      const states = await settle(o.page);
      expectStates(states, { 'tp-program-explorer': feed.programs.length ? ['ready'] : ['empty'] });
      const current = await o.page.evaluate(() => document.querySelector('.feed-switcher a[aria-current]')?.dataset.feed);
      if (current !== path) throw new Error(`switcher marks ${current}`);
      await o.page.waitForFunction((who) => document.querySelector('[data-feed-note]').textContent.includes(who), feed.publisher.name);
      const note = await o.page.evaluate(() => document.querySelector('[data-feed-note]').textContent);
      if (!note.includes('Datos reales') || !note.includes(String(feed.cycle))) throw new Error(`note: ${note}`);
      const shown = await keysIn(o.page);
      if (feed.programs.length) {
        if (!shown.length) throw new Error('the explorer lists nothing');
        const href = await o.page.evaluate(() =>
          document.querySelector('tp-program-explorer').shadowRoot.querySelector('a[data-key]')?.getAttribute('href'),
        );
        if (!href?.includes(`feed=${q}`)) throw new Error(`links drop the feed: ${href}`);
      } else {
        const text = await o.page.evaluate(() => document.querySelector('tp-program-explorer').shadowRoot.textContent.replace(/\s+/g, ' '));
        if (!text.includes('no traen programas presupuestarios')) throw new Error(`empty explorer says: ${text}`);
      }
      await axe(o.page);
      await overflow(o.page, 320);
      oneFeed(o.feeds, [path]);
      noErrors(o.errors);
    });
    if (!feed.programs.length) {
      await check(`/portal/programa.html?program=X&feed=${path}: a feed without programs says so plainly`, async (keep) => {
        const o = await open(`/portal/programa.html?program=X&feed=${q}`);
        keep(o.context);
        const states = await settle(o.page);
        const card = states.find((x) => x.tag === 'tp-program-card');
        if (card?.state !== 'error') throw new Error(`card: ${card?.state}`);
        const text = await o.page.evaluate(() => document.querySelector('tp-program-card').shadowRoot.textContent.replace(/\s+/g, ' '));
        if (!text.includes('no traen programas presupuestarios')) throw new Error(`card says: ${text}`);
        await o.page.waitForFunction((who) => document.querySelector('[data-feed-note]').textContent.includes(who), feed.publisher.name);
        oneFeed(o.feeds, [path]);
        noErrors(o.errors);
      });
    }
    const p = feed.programs[0];
    if (p) {
      await check(
        `/portal/programa.html?program=${p.key}&feed=${path}: card ready, title from the data, whose data it is`,
        async (keep) => {
          const o = await open(`/portal/programa.html?program=${encodeURIComponent(p.key)}&feed=${q}`);
          keep(o.context);
          expectStates(await settle(o.page), programAllowed);
          await o.page.waitForFunction((n) => document.title.includes(n), p.name);
          await o.page.waitForFunction((who) => document.querySelector('[data-feed-note]').textContent.includes(who), feed.publisher.name);
          await axe(o.page);
          oneFeed(o.feeds, [path]);
          noErrors(o.errors);
        },
      );
    }
  }

  for (const page of ['/index.html', '/municipio.html']) {
    for (const name of ['real-inaeba-gto-2022q4.json', 'real-tanhuato-mich-2019q1.json']) {
      const path = `/data/${name}`;
      const feed = JSON.parse(readFileSync(resolve(ROOT, 'demo/data', name), 'utf8'));
      await check(
        `${page}?feed=${path}: the switcher marks it, the page says whose data it is, widgets finish, no errors`,
        async (keep) => {
          const o = await open(`${page}?feed=${encodeURIComponent(path)}`);
          keep(o.context);
          await settle(o.page);
          const current = await o.page.evaluate(() => document.querySelector('.feed-switcher a[aria-current]')?.dataset.feed);
          if (current !== path) throw new Error(`switcher marks ${current}`);
          await o.page.waitForFunction((who) => document.querySelector('[data-feed-note]').textContent.includes(who), feed.publisher.name);
          const text = await o.page.evaluate(() =>
            [...document.querySelectorAll('[state]')].map((e) => e.shadowRoot?.textContent ?? '').join(' '),
          );
          if (/NaN|\bundefined\b|\[object/.test(text)) throw new Error('a widget shows NaN/undefined');
          noErrors(o.errors);
        },
      );
    }
  }

  // A sharded feed (tp-feed convert + tp-feed shard of the real files, made by scripts/make-test-feeds.ts).
  if (existsSync(resolve(ROOT, `.${SHARD}`))) {
    const index = JSON.parse(readFileSync(resolve(ROOT, `.${SHARD}`), 'utf8'));
    const key = index.programs.find((p) => p.key === '20-S176')?.key ?? index.programs[0].key;
    const file = `/.tmp/feeds/shard/programs/${key}.json`;
    await check(`/portal/programa.html?program=${key}&feed=${SHARD}: sharded feed, index + one program file`, async (keep) => {
      const o = await open(`/portal/programa.html?program=${key}&feed=${encodeURIComponent(SHARD)}`);
      keep(o.context);
      expectStates(await settle(o.page), programAllowed);
      const name = index.programs.find((p) => p.key === key).name;
      await o.page.waitForFunction((n) => document.title.includes(n), name);
      oneFeed(o.feeds, [SHARD, file]);
      noErrors(o.errors);
    });
    await check(`/portal/?feed=${SHARD}: the explorer lists all ${index.programs.length} programs from the index only`, async (keep) => {
      const o = await open(`/portal/?feed=${encodeURIComponent(SHARD)}&q=pension`);
      keep(o.context);
      expectStates(await settle(o.page));
      const count = await o.page.evaluate(
        () => document.querySelector('tp-program-explorer').shadowRoot.querySelector('[part~="count"]').textContent,
      );
      const want = index.programs.filter((p) =>
        fold(`${p.key} ${p.name} ${p.ramo?.name ?? ''} ${p.unit?.name ?? ''}`).includes('pension'),
      ).length;
      // "Hay 11 de los 632 programas." (the plain count sentence) or "11 programas".
      const n = want.toLocaleString('es-MX');
      const said = count.replace(/\s+/g, ' ');
      if (!said.includes(`${n} de los`) && !said.includes(`${n} programa`)) throw new Error(`count "${count}", expected ${want}`);
      const href = await o.page.evaluate(() =>
        document.querySelector('tp-program-explorer').shadowRoot.querySelector('a[data-key]')?.getAttribute('href'),
      );
      if (!href?.includes(`feed=${encodeURIComponent(SHARD)}`)) throw new Error(`links drop the feed: ${href}`);
      oneFeed(o.feeds, [SHARD]);
      noErrors(o.errors);
    });
  } else {
    console.log(`  - sharded feed checks skipped: ${SHARD} not found (run: node --import tsx scripts/make-test-feeds.ts)`);
  }

  // Framework hosts.
  for (const [fw, first, other] of [
    ['react', 'E001', 'tp-spending-flow'],
    ['vue', 'S010', 'tp-indicator-gauge'],
  ]) {
    await pageChecks(`/${fw}.html`);
    await check(
      `/${fw}.html: properties and attributes reach the widgets; swapping programs re-renders; tp-select received`,
      async (keep) => {
        const o = await open(`/${fw}.html`);
        keep(o.context);
        await settle(o.page);
        const card = o.page.locator('tp-program-card');
        const info = await card.evaluate((el) => ({ program: el.program, level: el.getAttribute('heading-level'), key: el.view?.key }));
        if (info.program !== first || info.level !== '2' || info.key !== first) throw new Error(`card: ${JSON.stringify(info)}`);
        const size = await o.page.evaluate(() => document.querySelector('tp-program-explorer').pageSize);
        if (size !== 5) throw new Error(`explorer pageSize property: ${size}`);
        if ((await keysIn(o.page)).length !== 5) throw new Error('explorer does not show 5 rows');
        await o.page.click('#otro');
        await o.page.waitForFunction((k) => {
          const c = document.querySelector('tp-program-card');
          return c.program !== k && c.getAttribute('state') === 'ready' && c.view?.key === c.program;
        }, first);
        const swapped = await o.page.evaluate(
          (t) => [document.querySelector('tp-program-card').program, document.querySelector(t).program],
          other,
        );
        if (swapped[0] === first || swapped[0] !== swapped[1]) throw new Error(`after swap: ${swapped}`);
        const target = (await keysIn(o.page)).find((k) => k !== swapped[0]);
        await o.page.locator(`tp-program-explorer button[data-key="${target}"]`).click();
        await o.page.waitForFunction((k) => document.getElementById('seleccion').textContent.includes(k), target);
        await o.page.waitForFunction((k) => {
          const c = document.querySelector('tp-program-card');
          return c.getAttribute('state') === 'ready' && c.view?.key === k;
        }, target);
        await settle(o.page);
        await o.page.click('#idioma');
        await o.page.waitForFunction(() => document.querySelector('tp-program-card').shadowRoot.textContent.includes('Approved'));
        noErrors(o.errors);
        oneFeed(o.feeds);
      },
    );
  }
  // The CDN build minifies the html`` templates (rollup.config.mjs `minifyTemplates`); a minifier that
  // trimmed a meaningful space would glue words ("(aprobado)·", "potencial(personas)"). Each page is
  // loaded twice, with the build and with the same build made without the minifier, every disclosure
  // opened, and what a reader sees of each widget (its rendered text) compared.
  await check(
    'CDN build: minified templates show readers the same text as an unminified build, every widget, disclosures open',
    async (keep) => {
      const plainDir = resolve(ROOT, '.tmp/cdn-plain');
      const { rollup } = await import('rollup');
      const cdn = (await import('../../rollup.config.mjs')).default.find((c) => c.output?.dir === 'dist/cdn');
      const bundle = await rollup({ ...cdn, plugins: cdn.plugins.filter((p) => !['minify-html-literals', 'clean-cdn'].includes(p.name)) });
      await bundle.write({ ...cdn.output, dir: plainDir, sourcemap: false });
      await bundle.close();
      const plain = (context) =>
        context.route('**/dist/cdn/**', (r) =>
          r.fulfill({ path: resolve(plainDir, new URL(r.request().url()).pathname.replace(/^\/dist\/cdn\//, '')) }),
        );
      const readerText = (page) =>
        page.evaluate(async () => {
          // Rendered widgets only: a widget in a hidden tab has no layout, and its innerText is its
          // textContent, indentation included.
          const widgets = [...document.querySelectorAll('*')].filter(
            (e) => e.localName.startsWith('tp-') && e.localName !== 'tp-feed' && e.checkVisibility(),
          );
          for (let round = 0; round < 3; round++) {
            for (const w of widgets) for (const d of w.shadowRoot?.querySelectorAll('details:not([open])') ?? []) d.open = true;
            await new Promise((r) => setTimeout(r, 300));
          }
          return widgets.map(
            (w) =>
              `${w.localName}[${w.getAttribute('program') ?? ''}]: ${[...(w.shadowRoot?.children ?? [])]
                .map((c) => c.innerText ?? '')
                .join(' ')
                .replace(/\s+/g, ' ')
                .trim()}`,
          );
        });
      const pages = [
        '/',
        '/article.html',
        '/municipio.html',
        `/portal/programa.html?program=${encodeURIComponent(sample.programs[0].key)}`,
      ];
      let widgets = 0;
      for (const path of pages) {
        const seen = [];
        for (const before of [undefined, plain]) {
          const o = await open(path, { before });
          keep(o.context);
          await settle(o.page);
          seen.push(await readerText(o.page));
          await o.context.close();
        }
        const [min, full] = seen;
        if (min.length !== full.length)
          throw new Error(`${path}: ${min.length} widgets with the build, ${full.length} without the minifier`);
        min.forEach((t, i) => {
          if (t === full[i]) return;
          let k = 0;
          while (t[k] === full[i][k]) k++;
          throw new Error(
            `${path}, widget ${i + 1}: the text differs\n      minified:   …${t.slice(Math.max(0, k - 60), k + 40)}\n      unminified: …${full[i].slice(Math.max(0, k - 60), k + 40)}`,
          );
        });
        widgets += min.length;
      }
      if (widgets < 20) throw new Error(`only ${widgets} widgets compared`);
    },
  );
  await check(`strict CSP (${CSP}): no violations on any page above`, async () => {
    if (!cspViolations.length) return;
    const pages = new Map();
    for (const v of cspViolations) pages.set(v.split(':')[0], (pages.get(v.split(':')[0]) ?? 0) + 1);
    throw new Error(
      `${cspViolations.length} violations on ${pages.size} pages (${[...pages].map(([p, n]) => `${p} ×${n}`).join(', ')}); first: ${cspViolations[0]}\n      by element: ${[...cspCulprits].map(([k, n]) => `${k} ×${n}`).join('; ')}`,
    );
  });
} finally {
  await browser.close().catch(() => {});
  await server.stop().catch(() => {});
}

console.log(`demo pages: ${passed} passed, ${failed} failed`);
if (failed) console.log(`failed: ${failures.join('; ')}`);
process.exit(failed ? 1 : 0);
