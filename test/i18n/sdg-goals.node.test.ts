import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contrastRatio, sdgColors, sdgLabel, sdgName } from '../../src/i18n/sdg-goals.js';

test('17 goals with names in both languages and readable badge colours', () => {
  for (let g = 1; g <= 17; g++) {
    assert.ok(sdgName(g, 'es').length > 3, `es ${g}`);
    assert.ok(sdgName(g, 'en').length > 3, `en ${g}`);
    const c = sdgColors(g)!;
    assert.match(c.background, /^#[0-9A-F]{6}$/);
    assert.ok(contrastRatio(c.background, c.text) >= 4.5, `goal ${g}: ${contrastRatio(c.background, c.text)}`);
  }
  assert.equal(sdgName(5, 'es'), 'Igualdad de género');
  assert.equal(sdgName(5, 'en'), 'Gender equality');
  assert.equal(sdgLabel(5, 'es'), 'ODS 5');
  assert.equal(sdgLabel(5, 'en-US'), 'SDG 5');
  assert.equal(sdgColors(5)!.background, '#FF3A21');
  assert.equal(sdgName(0, 'es'), '');
  assert.equal(sdgName(18, 'en'), '');
  assert.equal(sdgColors(18), undefined);
});

test('contrast ratio', () => {
  assert.equal(contrastRatio('#FFFFFF', '#000000'), 21);
  assert.equal(contrastRatio('#777777', '#777777'), 1);
});
