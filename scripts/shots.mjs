// `npm run shots`: screenshots of every demo page, as a reader sees them, to review layout by eye
// (issue 18, item 7). Each page at 320, 768 and 1280 px, light and dark, Spanish and English,
// full page, into shots/ (gitignored). Needs `npm run build` (the pages load dist/cdn/tp-widgets.js).
//   npm run shots                          every page
//   SHOTS_ONLY=portal npm run shots        pages whose path contains "portal"
//   SHOTS_WIDTHS=320 npm run shots         other widths
// Widgets follow the reader's colour scheme (theme="auto") and the page's `lang` (set to "en" on
// <html> after load for English; a widget with its own lang or theme keeps it).
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { ROOT, startDemoServer } from '../test/demo/demo-server.mjs';

const OUT = resolve(ROOT, 'shots');
const PAGES = [
  '/index.html',
  '/article.html',
  '/municipio.html',
  '/react.html',
  '/vue.html',
  '/portal/index.html',
  '/portal/programa.html?program=E001',
];
const WIDTHS = (process.env.SHOTS_WIDTHS ?? '320,768,1280').split(',').map(Number);
const THEMES = ['light', 'dark'];
const LANGS = ['es', 'en'];
const ONLY = process.env.SHOTS_ONLY ?? '';
const SETTLE_TIMEOUT = 30_000;

if (!existsSync(resolve(ROOT, 'dist/cdn/tp-widgets.js'))) {
  console.error('shots: dist/cdn/tp-widgets.js is missing; run `npm run build` first.');
  process.exit(1);
}
const chrome = findChrome();
if (!chrome) {
  console.error('shots: no Chrome or Chromium found (set CHROME_PATH).');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

/** "/portal/programa.html?program=E001" → "portal-programa-E001". */
const slug = (path) =>
  path
    .replace(/^\//, '')
    .replace(/\.html/, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/-+$/, '');

const { server, base } = await startDemoServer();
const browser = await chromium.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS, timeout: 60_000 });
let saved = 0;
const problems = [];
try {
  for (const path of PAGES.filter((p) => p.includes(ONLY))) {
    for (const theme of THEMES) {
      const context = await browser.newContext({
        viewport: { width: WIDTHS[0], height: 900 },
        colorScheme: theme,
        reducedMotion: 'reduce',
      });
      for (const lang of LANGS) {
        const page = await context.newPage();
        page.on('pageerror', (e) => problems.push(`${path} ${theme} ${lang}: ${e.message}`));
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          if (width === WIDTHS[0]) {
            await page.goto(base + path, { waitUntil: 'load' });
            if (lang !== 'es') await page.evaluate((l) => (document.documentElement.lang = l), lang);
          }
          // Every light-DOM widget has left `loading`; then two frames for container queries and charts.
          await page
            .waitForFunction(
              () =>
                [...document.querySelectorAll('*')]
                  .filter((e) => e.localName.startsWith('tp-') && e.localName !== 'tp-feed')
                  .every((e) => e.getAttribute('state') && e.getAttribute('state') !== 'loading'),
              null,
              { timeout: SETTLE_TIMEOUT },
            )
            .catch(() => problems.push(`${path} ${theme} ${lang} ${width}: widgets still loading after ${SETTLE_TIMEOUT} ms`));
          await page.waitForLoadState('networkidle').catch(() => {});
          await page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 300)));
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) problems.push(`${path} ${theme} ${lang} ${width}: page ${overflow} px wider than the viewport`);
          const file = resolve(OUT, `${slug(path)}-${width}-${theme}-${lang}.png`);
          await page.screenshot({ path: file, fullPage: true });
          saved++;
        }
        await page.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`shots: ${saved} screenshots in ${OUT}`);
for (const p of problems) console.log(`  ! ${p}`);
