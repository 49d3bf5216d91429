// Two builds from one config (STYLE.md §11):
//  1. npm: ESM, one file per module, dependencies external → dist/
//  2. CDN: everything bundled → dist/cdn/tp-widgets.js, a small entry that registers each element
//     when its tag appears (src/define/cdn.ts); each element's code, the platform they share and the
//     chart code (Vega, only when a chart nears the viewport) are chunks fetched with import().
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync('./package.json', 'utf8')));
const external = [...Object.keys(pkg.dependencies ?? {}), /^node:/].map((d) =>
  typeof d === 'string' ? new RegExp(`^${d.replace(/[/]/g, '\\/')}(\\/|$)`) : d,
);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return walk(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}
const libInputs = walk('src').filter((p) => !p.startsWith(join('src', 'cli')));
const cliInputs = walk(join('src', 'cli')).filter((p) => p.endsWith('tp-feed.ts'));

// __TP_VERSION__ (src/platform/embed.ts) is the package version, written once, in package.json.
const ts = (minify = false) =>
  esbuild({
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    minify,
    legalComments: 'none',
    define: { __TP_VERSION__: JSON.stringify(pkg.version) },
  });

const onwarn = (warning, warn) => {
  // Vega's d3 dependencies contain harmless circular imports.
  if (warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

/** An element's define module (`src/define/program-card.ts`); the group is the element's file name. */
const DEFINE_MODULE = /[\\/]src[\\/]define[\\/]([a-z-]+)\.ts$/;

/**
 * CDN chunking: code that two or more elements share goes into one `platform` chunk, which the entry
 * requests alongside the first element chunk; code only one element uses stays in that element's
 * chunk. So a page waits for two levels of requests at most (entry, then element + platform), not a
 * chain of small shared chunks. What the entry itself imports stays in the entry; what is only
 * reached through import() (adapters, Vega) keeps its own lazy chunks.
 */
function cdnChunks(id, { getModuleInfo }) {
  const elements = new Set();
  const seen = new Set();
  const stack = [id];
  while (stack.length) {
    const m = stack.pop();
    if (seen.has(m)) continue;
    seen.add(m);
    const info = getModuleInfo(m);
    if (!info) continue;
    if (info.isEntry) return 'tp-widgets'; // the entry imports it: it stays there
    if (DEFINE_MODULE.test(m) && !/all\.ts$/.test(m)) elements.add(m);
    stack.push(...info.importers);
  }
  return elements.size >= 2 ? 'platform' : undefined;
}

/**
 * The chunks every page runs at once (the entry, the platform chunk, each element's chunk) start with
 * V8's explicit compile hint, so Chromium compiles all their functions while they download, on a
 * background thread, instead of one by one on the main thread the first time each is called (about
 * 2,000 functions, 90–250 ms of main thread on a first visit; the phone's all-ready time fell by
 * about 140 ms, the desktop's did not move: bench/README "Budgets"). The comment must be the file's
 * first line; other engines ignore it. Lazy chunks (adapters, Vega) keep lazy compilation: most of
 * their code never runs.
 */
function compileHint(chunk) {
  const element = DEFINE_MODULE.test(chunk.facadeModuleId ?? '');
  return chunk.isEntry || chunk.name === 'platform' || element ? '//# allFunctionsCalledOnLoad' : '';
}

/**
 * CDN build: the html`` and svg`` templates lose the whitespace of their indentation (about 150 of
 * the 800 DOM nodes of a widget, which Lit clones and walks on every render). Runs on the TypeScript
 * sources, before esbuild and terser rename the tags. The minifier treats each template as a document
 * and trims the whitespace at its edges, which is wrong for a fragment that follows or precedes text
 * (html` · ${x}`, html`<span> · </span>…`): such templates, whose first or last text (outside tags)
 * begins or ends with whitespace next to text or an expression, are left as they are. css`` is left
 * alone (lightningcss would rewrite media queries into range syntax that older Safari ignores; the
 * gain is a few hundred bytes). A template it cannot parse stays as it is.
 * A demo-page check (test/demo/demo-pages.mjs, "CDN build: minified templates…") compares what
 * readers see of every widget with a build made without the minifier.
 */
const edgeSpace = (template) => {
  const first = template.parts[0]?.text ?? '';
  const last = template.parts.at(-1)?.text ?? '';
  // Indentation contains a line break; whitespace without one at an edge (or just inside the first
  // or last tags) is part of the text.
  const inline = (ws) => ws !== '' && !ws.includes('\n');
  const lead = first.replace(/^(?:<[^>]*>)+/, '');
  const trail = last.replace(/(?:<[^>]*>)+$/, '');
  return [first, lead].some((t) => inline(/^\s*/.exec(t)[0])) || [last, trail].some((t) => inline(/\s*$/.exec(t)[0]));
};
const minifyTemplates = {
  include: ['src/**/*.ts'],
  options: {
    shouldMinify: (template) => ['html', 'svg'].includes(template.tag?.toLowerCase() ?? '') && !edgeSpace(template),
    shouldMinifyCSS: () => false,
  },
};

export default [
  {
    input: libInputs,
    external,
    onwarn,
    plugins: [json(), ts()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  },
  ...(cliInputs.length
    ? [
        {
          input: cliInputs,
          external: (id) => id.startsWith('node:') || id === 'iconv-lite' || id === 'saxes',
          onwarn,
          plugins: [json(), nodeResolve({ preferBuiltins: true }), ts()],
          output: { dir: 'dist/cli', format: 'es', banner: '#!/usr/bin/env node', entryFileNames: '[name].js' },
        },
      ]
    : []),
  {
    input: { 'tp-widgets': 'src/define/cdn.ts' },
    // The entry may export more than registerLocalePack, so the code the lazy chunks share with it
    // stays IN the entry: one request instead of a 100-byte entry that imports a shared chunk (one
    // round trip saved on first render: about 560 ms on a slow 4G link).
    preserveEntrySignatures: 'allow-extension',
    onwarn,
    plugins: [
      // Chunk names carry content hashes: drop the previous build's chunks so dist/ (and the npm
      // package) holds only what the entry can load.
      { name: 'clean-cdn', buildStart: () => rmSync('dist/cdn', { recursive: true, force: true }) },
      json(),
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      minifyHTML(minifyTemplates),
      ts(),
      // Keeps only the compile hint (see compileHint).
      terser({ format: { comments: /^# allFunctionsCalledOnLoad$/ }, compress: { passes: 2 } }),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      // The platform chunk and each element's chunk keep one name (`chunks/platform.js`,
      // `chunks/program-card.js`), so a host page can start them together with the entry
      // (`<link rel="modulepreload">`, README "Embed it with a script tag"); like the entry's, their
      // content changes with the package version. The other chunks (adapters, charts) carry hashes.
      chunkFileNames: (chunk) => {
        if (chunk.name === 'platform') return 'chunks/platform.js';
        const element = DEFINE_MODULE.exec(chunk.facadeModuleId ?? '');
        return element ? `chunks/${element[1]}.js` : 'chunks/[name]-[hash].js';
      },
      manualChunks: cdnChunks,
      banner: compileHint,
      sourcemap: true,
    },
  },
];
