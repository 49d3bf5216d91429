/** Small builders for feed tests (pure, shared by node tests). */
import type { Feed } from '../../src/feed/types.js';

/** A minimal valid feed header; `programs` and overrides are merged in (no validation). */
export function feedWith(programs: unknown[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    publisher: { name: 'Secretaría de prueba', jurisdiction: 'MX-ROO' },
    cycle: 2024,
    currency: 'MXN',
    asOf: '2024-09-30',
    sources: [{ title: 'Fuente de prueba' }],
    moments: ['approved', 'modified', 'committed', 'accrued', 'exercised', 'paid'],
    programs,
    ...overrides,
  };
}

/** A valid program with the given key and amounts. */
export function prog(key: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { key, name: `Programa ${key}`, amounts: { approved: 1000, modified: 900, paid: 500 }, ...extra };
}

export type { Feed };
