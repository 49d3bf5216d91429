import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amountCents, centsToAmounts, parseAmount } from '../../../src/feed/adapters/money.js';
import { foldHeader } from '../../../src/feed/adapters/text-fold.js';
import { normalizeProgramNumber, normalizeRamo, parseProgramCode, programKey } from '../../../src/feed/adapters/program-code.js';

test('parseAmount: SHCP money cells to exact integer cents', () => {
  const cases: [string | undefined, number | null][] = [
    [' 99,305,000 ', 9_930_500_000],
    [' -   ', 0],
    ['-', 0],
    ['-8,660,451,340 ', -866_045_134_000],
    ['.37', 37],
    ['.4', 40],
    ['.01', 1],
    ['37.', 3700],
    ['759,577.00', 75_957_700],
    [' 12,345,678.00 ', 1_234_567_800],
    ['10459229468.0', 1_045_922_946_800],
    ['3167997418.31', 316_799_741_831],
    ['330613215950.29', 33_061_321_595_029],
    ['\u00a0314,462\u00a0', 31_446_200],
    ['(1,234.50)', -123_450],
    ['$ 1,000', 100_000],
    ['1,000-', -100_000],
    ['0', 0],
    ['-0', 0],
    ['1.005', 101],
    ['1.004', 100],
    ['N/R', null],
    ['N/A', null],
    ['n.d.', null],
    ['', null],
    ['   ', null],
    [undefined, null],
    ['abc', null],
    ['1,23', null],
    ['12,3456', null],
    ['1234,567', null],
    ['1.2.3', null],
    ['.', null],
    ['--5', null],
    ['1e5', null],
  ];
  for (const [input, cents] of cases) assert.equal(amountCents(input), cents, JSON.stringify(input));
});

test('parseAmount tells absent from invalid and names why', () => {
  assert.deepEqual(parseAmount('N/R'), { kind: 'absent', reason: 'not-reported' });
  assert.deepEqual(parseAmount(' N/A '), { kind: 'absent', reason: 'not-applicable' });
  assert.deepEqual(parseAmount(''), { kind: 'absent', reason: 'empty' });
  assert.deepEqual(parseAmount('12,34'), { kind: 'invalid' });
  assert.deepEqual(parseAmount(' -   '), { kind: 'value', cents: 0 });
});

test('cent sums stay exact where float sums drift', () => {
  const cells = ['.1', '.2', '0.3', '330613215950.29', '.01'];
  let floats = 0;
  let cents = 0;
  for (const c of cells) {
    floats += Number(c);
    cents += amountCents(c)!;
  }
  assert.equal(cents / 100, 330613215950.9);
  assert.notEqual(floats, 330613215950.9);
  const sums = new Map([
    ['paid', 5],
    ['approved', 33_934_135_580_400],
  ]);
  assert.deepEqual(JSON.stringify(centsToAmounts(sums, ['approved', 'modified', 'paid'])), '{"approved":339341355804,"paid":0.05}');
});

test('programKey and key-part normalisation', () => {
  const cases: [Parameters<typeof programKey>, string | undefined][] = [
    [['20', 'S', '176'], '20-S176'],
    [['20', 's', ' 176 '], '20-S176'],
    [[20, 'S', 176], '20-S176'],
    [['3', 'R', '1'], '03-R001'],
    [['003', 'R', '001'], '03-R001'],
    [['20', '', 'S176'], '20-S176'],
    [['20', undefined, 'S 176'], '20-S176'],
    [['20', null, 'S\u00a0176'], '20-S176'],
    [[undefined, undefined, 'I016'], 'I016'],
    [['', 'U', '57'], 'U057'],
    [['23', undefined, 'U57'], '23-U057'],
    [['20', 'S', '1760'], undefined],
    [['20', 'SS', '176'], undefined],
    [['20', undefined, 'TOTAL'], undefined],
  ];
  for (const [args, key] of cases) assert.equal(programKey(...args), key, JSON.stringify(args));
  assert.deepEqual(parseProgramCode('s-176'), { modality: 'S', number: '176' });
  assert.deepEqual(parseProgramCode('E0001'), { modality: 'E', number: '001' });
  assert.equal(parseProgramCode('S'), undefined);
  assert.equal(normalizeRamo(' 47 '), '47');
  assert.equal(normalizeRamo(''), undefined);
  assert.equal(normalizeProgramNumber('0'), '000');
  assert.equal(foldHeader('Descripción de Ramo'), 'DESCRIPCIONDERAMO');
  assert.equal(foldHeader('GC_GASTO_DE_OPERACIÓN'), 'GCGASTODEOPERACION');
});
