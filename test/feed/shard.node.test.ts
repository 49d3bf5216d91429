import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shardFileName, isShardIndex, shardProgramUrl } from '../../src/feed/shard.js';

const names: [string, string][] = [
  ['E001', 'E001'],
  ['20-S176', '20-S176'],
  ['s 176', 'S176'],
  ['20 - s176', '20-S176'],
  ['A/B', 'A_2f_B'],
  ['../etc/passwd', '_2e__2e__2f_ETC_2f_PASSWD'],
  ['A_B', 'A_5f_B'],
  ['Ñ01', '_d1_01'],
  ['', '_'],
];
for (const [key, want] of names) {
  test(`shardFileName(${JSON.stringify(key)}) = ${want}`, () => {
    const n = shardFileName(key);
    assert.equal(n, want);
    assert.match(n, /^[A-Za-z0-9_-]+$/);
  });
}

test('shardFileName is injective on distinct normalized keys', () => {
  const keys = ['A/B', 'A_2f_B', 'A.B', 'A_B', 'AB', 'A-B', 'A B', 'a_b'];
  const files = keys.map(shardFileName);
  // 'A B' and 'AB' normalize to the same key on purpose; 'A_B' and 'a_b' too.
  assert.equal(new Set(files).size, new Set(keys.map((k) => k.replace(/ /g, '').toUpperCase())).size);
});

test('isShardIndex', () => {
  assert.equal(isShardIndex({ shard: { programs: 'programs/{file}.json' } }), true);
  assert.equal(isShardIndex({ shard: { programs: 'programs/x.json' } }), false);
  assert.equal(isShardIndex({}), false);
  assert.equal(isShardIndex({ shard: { programs: 5 as unknown as string } }), false);
});

test('shardProgramUrl resolves against the index URL', () => {
  const feed = { shard: { programs: 'programs/{file}.json' } };
  assert.equal(
    shardProgramUrl('https://cdn.example/feeds/2024/index.json', feed, '20-S176'),
    'https://cdn.example/feeds/2024/programs/20-S176.json',
  );
  assert.equal(
    shardProgramUrl('https://cdn.example/feeds/index.json', feed, '../x'),
    'https://cdn.example/feeds/programs/_2e__2e__2f_X.json',
  );
});
