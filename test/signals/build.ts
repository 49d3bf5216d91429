/** Builders for the signal tests: a small feed around the programs under test (no validation). */
import type { Feed, Program } from '../../src/feed/types.js';
import { signals } from '../../src/signals/engine.js';
import type { RuleCode, SignalOf } from '../../src/signals/types.js';

export function feedOf(programs: Partial<Program>[], header: Partial<Feed> = {}): Feed {
  return {
    version: 1,
    publisher: { name: 'Secretaría de prueba', jurisdiction: 'MX' },
    cycle: 2023,
    currency: 'MXN',
    asOf: '2023-12-31',
    sources: [{ title: 'prueba' }],
    moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'],
    programs: programs.map(
      (p, i) => ({ key: `20-S${String(i + 1).padStart(3, '0')}`, name: `Programa ${i + 1}`, amounts: {}, ...p }) as Program,
    ),
    ...header,
  };
}

/** The signals of one rule only (other rules switched off). */
export function only<R extends RuleCode>(rule: R, feed: Feed, config: Record<string, unknown> = {}): SignalOf<R>[] {
  return signals(feed, { ...config, rules: [rule] }) as SignalOf<R>[];
}
