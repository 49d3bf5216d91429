/** The pure helpers inside load.ts (no fetch here; the loader itself is tested in the browser). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retryAfterMs, FeedError } from '../../src/feed/fetch-bytes.js';
import { formatOf } from '../../src/feed/request.js';
import { loadProblemWording, makeProblem, problemWordingIfLoaded } from '../../src/feed/problems.js';

const NOW = Date.parse('2024-10-01T00:00:00Z');
const retry: [string | null, number | undefined][] = [
  [null, undefined],
  ['', undefined],
  ['1', 1000],
  ['0', 0],
  ['2.5', 2500],
  ['3600', 5000],
  ['-1', undefined],
  ['soon', undefined],
  ['Tue, 01 Oct 2024 00:00:02 GMT', 2000],
  ['Mon, 30 Sep 2024 23:00:00 GMT', 0],
  ['Wed, 02 Oct 2024 00:00:00 GMT', 5000],
];
for (const [h, want] of retry) test(`retryAfterMs(${JSON.stringify(h)}) = ${want}`, () => assert.equal(retryAfterMs(h, NOW), want));

const formats: [string, string][] = [
  ['https://x.example/feed.json', 'json'],
  ['https://x.example/data/datapackage.json', 'datapackage'],
  ['https://x.example/pef.CSV', 'csv'],
  ['https://x.example/pef.csv?v=2#x', 'csv'],
  ['https://x.example/api/feed', 'json'],
  ['https://x.example/index.json', 'json'],
];
for (const [u, want] of formats) test(`formatOf(${u}) = ${want}`, () => assert.equal(formatOf(u), want));

test('FeedError carries the problem, a stable code and the status; its message is the problem in words', async () => {
  const e = new FeedError(makeProblem('http', 'http-not-found', 'fatal', {}, { file: '"x.json"', status: 404 }), 404);
  assert.equal(e.code, 'http');
  assert.equal(e.status, 404);
  assert.ok(e instanceof Error);
  // Before the wording (a lazy chunk in the CDN build) has loaded, or when it cannot be: the code, never blank.
  assert.equal(problemWordingIfLoaded(), undefined);
  assert.equal(e.message, 'Hay un problema con los datos (código «http-not-found»).');
  // Once loaded (loadFeed waits for it before it rejects), the same error reads in full.
  const wording = await loadProblemWording();
  assert.equal(problemWordingIfLoaded(), wording);
  assert.equal(await loadProblemWording(), wording, 'one import, cached');
  assert.equal(e.message, 'No se encontró el archivo de datos "x.json" (HTTP 404).');
  assert.equal(new FeedError(e.problem).message, wording.problemMessage(e.problem, 'es'));
  assert.match(String(e), /^FeedError: No se encontró el archivo de datos "x\.json" \(HTTP 404\)\.$/);
});
