import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_COLORS, vegaLiteConfig, vegaLocale } from '../../../src/platform/charts/theme.js';

test('vegaLiteConfig carries colours, aria and a per-spec locale', () => {
  const colors = { ...DEFAULT_COLORS, text: '#111111', accent: '#ff0000', moments: { ...DEFAULT_COLORS.moments, paid: '#00ff00' } };
  const c = vegaLiteConfig(colors, 'es') as Record<string, any>;
  assert.equal(c.aria, true);
  assert.equal(c.axis.labelColor, '#111111');
  assert.equal(c.bar.color, '#ff0000');
  assert.equal(c.range.category[5], '#00ff00');
  assert.equal(c.locale.time.months[8], 'septiembre');
  assert.equal((vegaLiteConfig(colors, 'en') as any).locale.time.months[8], 'September');
});

test('vegaLocale: es-MX groups with "," and uses "." for decimals, like Intl', () => {
  const l = vegaLocale('es-MX');
  assert.equal(l.number.decimal, new Intl.NumberFormat('es-MX').format(1.5).charAt(1));
  assert.equal(l.number.thousands, new Intl.NumberFormat('es-MX').format(1000).charAt(1));
  assert.deepEqual(l.number.currency, ['$', '']);
});
