// Browser tests: @web/test-runner + @open-wc/testing in Debian's headless Chromium.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { testMiddleware } from './test/server/middleware.mjs';

const files = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.test.ts'];

export default {
  files: [...files, '!test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // Per test file; the reliability suite's corpus files run a few minutes on 2 loaded cores (part c
  // 120–180 s, with one batch near 75 s: test/reliability/corpus-suite.ts).
  testsFinishTimeout: 480000,
  // Generous: the first chart on a page pulls Vega through the dev server's esbuild transform, slow on 2 busy cores.
  testFramework: { config: { timeout: 60000 } },
  // a11ySnapshot: the accessibility tree (test/platform/first-screen.test.ts: a widget far below the viewport is in it).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), a11ySnapshotPlugin()],
  middleware: testMiddleware,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome() ?? undefined, headless: true, args: CHROME_ARGS },
      // One browser context per test page: with two pages in one context, the one in the background
      // gets no animation frames and no Intersection/ResizeObserver callbacks, so lazy charts never draw.
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        return context.newPage();
      },
    }),
  ],
};
