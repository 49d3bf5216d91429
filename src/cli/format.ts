/**
 * Text output helpers for tp-feed: exact money from cents, problem lines, small tables.
 */
import { problemMessage } from '../feed/problem-wording.js';
import type { Problem } from '../feed/types.js';

/** Integer cents as "29,643,772,940.00" (exact: no floating point in the digits). */
export function formatCents(cents: number): string {
  const neg = cents < 0;
  const abs = BigInt(Math.abs(Math.round(cents)));
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${whole}.${frac}`;
}

/** Pesos (a feed number) as exact text, via cents. */
export function formatPesos(pesos: number): string {
  return formatCents(Math.round(pesos * 100));
}

export function formatInt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** One problem as a line: "error  file.csv:12 [MONTO_APROBADO] invalid-amount: …". */
export function problemLine(p: Problem): string {
  const msg = problemMessage(p, 'en');
  const where =
    p.file && !msg.startsWith(p.file) ? `${p.file}${p.line !== undefined ? `:${p.line}` : ''}${p.column ? ` [${p.column}]` : ''}: ` : '';
  return `${p.severity.padEnd(7)} ${p.kind}: ${where}${msg}`;
}

export function countBySeverity(ps: Problem[]): Record<Problem['severity'], number> {
  const c = { fatal: 0, error: 0, warning: 0, note: 0 };
  for (const p of ps) c[p.severity]++;
  return c;
}

export function severityLine(ps: Problem[]): string {
  const c = countBySeverity(ps);
  return `${c.fatal ? `${c.fatal} fatal, ` : ''}${c.error} errors, ${c.warning} warnings, ${c.note} notes`;
}

/** True when problems include data errors (exit code 1). */
export function hasDataErrors(ps: Problem[]): boolean {
  return ps.some((p) => p.severity === 'fatal' || p.severity === 'error');
}
