import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  columnReader,
  formatProgramKey,
  normalizeProgramKey,
  parseProgramKey,
  readNumber,
  shortProgramKey,
  yearFromFileName,
} from '../../../src/feed/adapters/keys.js';

test('parseProgramKey reads every written form of a program key', () => {
  const cases: [string, ReturnType<typeof parseProgramKey>][] = [
    ['S176', { modality: 'S', number: '176' }],
    ['S 176', { modality: 'S', number: '176' }],
    ['s176', { modality: 'S', number: '176' }],
    ['S\u00a0176', { modality: 'S', number: '176' }],
    ['S-176', { modality: 'S', number: '176' }],
    ['S 010', { modality: 'S', number: '010' }],
    ['U57', { modality: 'U', number: '057' }],
    ['20-S176', { ramo: '20', modality: 'S', number: '176' }],
    ['20 - S 176', { ramo: '20', modality: 'S', number: '176' }],
    ['20s176', { ramo: '20', modality: 'S', number: '176' }],
    ['9-E001', { ramo: '09', modality: 'E', number: '001' }],
    [' 47-P010 ', { ramo: '47', modality: 'P', number: '010' }],
  ];
  for (const [text, want] of cases) assert.deepEqual(parseProgramKey(text), want, text);
});

test('parseProgramKey rejects what is not a program key', () => {
  for (const text of ['', 'Varios', '0003', 'TOTAL', 'SS176', '176', 'S', 'S12345', undefined, null])
    assert.equal(parseProgramKey(text as string), undefined, String(text));
});

test('parseProgramKey from separate columns: S + 176, with ramo', () => {
  assert.deepEqual(parseProgramKey('S', '176'), { modality: 'S', number: '176' });
  assert.deepEqual(parseProgramKey('s', '10', '47'), { ramo: '47', modality: 'S', number: '010' });
  assert.deepEqual(parseProgramKey('S', 176, 9), { ramo: '09', modality: 'S', number: '176' });
  assert.equal(parseProgramKey('SS', '176'), undefined);
  assert.equal(parseProgramKey('S', 'abc'), undefined);
  // a ramo given apart is used when the text has none
  assert.deepEqual(parseProgramKey('S176', undefined, '20'), { ramo: '20', modality: 'S', number: '176' });
});

test('formatProgramKey, normalizeProgramKey and shortProgramKey', () => {
  assert.equal(formatProgramKey({ ramo: '20', modality: 'S', number: '176' }), '20-S176');
  assert.equal(formatProgramKey({ modality: 'S', number: '176' }), 'S176');
  assert.equal(normalizeProgramKey('20 s 176'), '20-S176');
  assert.equal(normalizeProgramKey('s176'), 'S176');
  assert.equal(normalizeProgramKey('Varios'), undefined);
  assert.equal(shortProgramKey('20-S176'), 'S176');
  assert.equal(shortProgramKey('S 176'), 'S176');
});

test('readNumber: plain numbers only, never guessed', () => {
  const cases: [string | undefined, ReturnType<typeof readNumber>][] = [
    ['100', { kind: 'value', value: 100 }],
    ['88.57', { kind: 'value', value: 88.57 }],
    ['-3.2', { kind: 'value', value: -3.2 }],
    ['.5', { kind: 'value', value: 0.5 }],
    [' 0.883983764 ', { kind: 'value', value: 0.883983764 }],
    ['570,000\u00a0', { kind: 'value', value: 570000 }],
    ['2142552.5', { kind: 'value', value: 2142552.5 }],
    ['', { kind: 'empty' }],
    [undefined, { kind: 'empty' }],
    ['n.a.', { kind: 'invalid' }],
    ['761,325 jóvenes', { kind: 'invalid' }],
    ['Por determinar la cuantificación', { kind: 'invalid' }],
    ['1,23', { kind: 'invalid' }],
    ['Infinity', { kind: 'invalid' }],
  ];
  for (const [text, want] of cases) assert.deepEqual(readNumber(text), want, String(text));
});

test('yearFromFileName takes one unambiguous year', () => {
  assert.equal(yearFromFileName('pnd/alineacion_2021_ramos_12_16_20_47.csv'), 2021);
  assert.equal(yearFromFileName('anexos_transversales_pef2021_id4_igualdad_sin_ramo50.csv'), 2021);
  assert.equal(yearFromFileName('msd_2013_2018_ramos.csv'), undefined);
  assert.equal(yearFromFileName('datos.csv'), undefined);
  assert.equal(yearFromFileName(undefined), undefined);
});

test('columnReader keeps the first of duplicate names and trims cells', () => {
  const r = columnReader(['A', 'B', 'A#2']);
  assert.equal(r.col([' x\u00a0', 'y', 'z'], 'A'), 'x');
  assert.equal(r.col(['x', 'y', 'z'], 'A#2'), 'z');
  assert.equal(r.col(['x'], 'B'), '');
  assert.equal(r.col(['x'], 'C'), '');
  assert.equal(r.has('C'), false);
});
