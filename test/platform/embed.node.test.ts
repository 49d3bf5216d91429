import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cdnScriptUrl, embedCode, FALLBACK_CDN } from '../../src/platform/embed.js';

const URLS: Array<[string | undefined, string]> = [
  [
    'https://cdn.jsdelivr.net/npm/tp-widgets@0.1.0/dist/cdn/tp-widgets.js',
    'https://cdn.jsdelivr.net/npm/tp-widgets@0.1.0/dist/cdn/tp-widgets.js',
  ],
  ['https://periodico.mx/static/dist/cdn/chunks/vega-render-ab12.js', 'https://periodico.mx/static/dist/cdn/tp-widgets.js'],
  ['http://localhost:8000/dist/cdn/tp-widgets.js?v=2#x', 'http://localhost:8000/dist/cdn/tp-widgets.js'],
  ['http://localhost:8000/src/shared/views/actions.ts', FALLBACK_CDN],
  ['file:///home/x/dist/shared/views/actions.js', FALLBACK_CDN],
  ['not a url', FALLBACK_CDN],
  [undefined, FALLBACK_CDN],
];
for (const [input, want] of URLS) test(`cdnScriptUrl(${input})`, () => assert.equal(cdnScriptUrl(input), want));

test('embedCode keeps attributes, drops run-time state, escapes values, adds src from <tp-feed>', () => {
  const code = embedCode(
    'tp-program-card',
    [
      ['program', '20-S176'],
      ['state', 'ready'],
      ['lang', 'en'],
      ['href-template', '/p/{key}?a="b"&c'],
      ['variant', 'compact'],
    ],
    'https://cdn.example/tp-widgets.js',
    'https://datos.qroo.gob.mx/feed.json',
  );
  assert.equal(
    code,
    '<script type="module" src="https://cdn.example/tp-widgets.js"></script>\n' +
      '<tp-program-card src="https://datos.qroo.gob.mx/feed.json" program="20-S176" lang="en" href-template="/p/{key}?a=&quot;b&quot;&amp;c" variant="compact"></tp-program-card>',
  );
  assert.equal(
    embedCode(
      'tp-x',
      [
        ['src', 'a.json'],
        ['hidden', ''],
      ],
      'u',
      'b.json',
    ),
    '<script type="module" src="u"></script>\n<tp-x src="a.json" hidden></tp-x>',
  );
  assert.equal(embedCode('tp-x', [['onclick" x', 'y']], 'u'), '<script type="module" src="u"></script>\n<tp-x></tp-x>');
});
