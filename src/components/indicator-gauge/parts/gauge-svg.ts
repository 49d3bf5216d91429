/**
 * SVG pieces of the gauge, drawn by Lit (no Vega): a half-circle track, the achieved arc, a tick
 * at 100 % of the target, and the traffic-light icons. Every piece is decorative (aria-hidden);
 * the meaning is carried by the role="meter" wrapper and by words next to the colour.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { IndicatorView, Light } from '../indicator-gauge.model.js';

const CX = 50;
const CY = 50;
const R = 40;
/** Largest percentage the arc can show; beyond it the arc is full and marked as overflowing. */
export const ARC_MAX = 200;

/** Point on the half circle for a fraction 0..1 (0 = left end, 1 = right end). */
function point(f: number): [number, number] {
  const a = Math.PI * (1 - f);
  return [CX + R * Math.cos(a), CY - R * Math.sin(a)];
}

function arcPath(f0: number, f1: number): string {
  const [x0, y0] = point(f0);
  const [x1, y1] = point(f1);
  const r = (n: number) => Math.round(n * 100) / 100;
  return `M ${r(x0)} ${r(y0)} A ${R} ${R} 0 0 1 ${r(x1)} ${r(y1)}`;
}

/** The percentage scale of the arc: 0..100, stretched up to ARC_MAX when the result exceeds the target. */
export function arcScale(percent: number | undefined): number {
  if (percent === undefined || percent <= 100) return 100;
  return Math.min(ARC_MAX, Math.ceil(percent / 10) * 10);
}

/** The arc geometry for a view: fraction filled, fraction where the target tick sits, overflow. */
export function arcGeometry(v: Pick<IndicatorView, 'percent'>): { fill: number; tick: number; overflow: boolean } {
  const scale = arcScale(v.percent);
  const p = v.percent ?? 0;
  return {
    fill: Math.max(0, Math.min(1, p / scale)),
    tick: 100 / scale,
    overflow: p > ARC_MAX,
  };
}

/** The half-circle gauge. `light` picks the colour of the filled arc; no fill without a percentage. */
export function gaugeArc(v: Pick<IndicatorView, 'percent' | 'light' | 'status'>): SVGTemplateResult {
  const g = arcGeometry(v);
  const [tx0, ty0] = point(g.tick);
  const inner = (f: number) => {
    const [x, y] = point(f);
    return [CX + (x - CX) * 0.72, CY + (y - CY) * 0.72];
  };
  const [tx1, ty1] = inner(g.tick);
  const measured = v.status === 'measured' && v.percent !== undefined;
  return svg`<svg class="arc" viewBox="0 0 100 56" aria-hidden="true" focusable="false">
    <path class="track" d=${arcPath(0, 1)} />
    ${measured && g.fill > 0 ? svg`<path class="fill light-${v.light ?? 'none'}" d=${arcPath(0, g.fill)} />` : null}
    <line class="tick" x1=${tx0} y1=${ty0} x2=${tx1} y2=${ty1} />
    ${g.overflow ? svg`<path class="overflow" d="M 88 8 l 6 4 l -6 4 z" />` : null}
  </svg>`;
}

/**
 * Traffic-light icons, distinct in shape as well as colour: a circle with a check (green),
 * a triangle with "!" (yellow), an octagon with "×" (red).
 */
export function lightIcon(light: Light): SVGTemplateResult {
  const body =
    light === 'green'
      ? svg`<circle cx="8" cy="8" r="7" /><path class="mark" d="M4.5 8.2 l2.3 2.3 l4.7 -4.8" />`
      : light === 'yellow'
        ? svg`<path d="M8 1 L15.5 14.5 H0.5 Z" /><path class="mark" d="M8 5.5 V9.5 M8 11.6 V12" />`
        : svg`<path d="M5 1 H11 L15 5 V11 L11 15 H5 L1 11 V5 Z" /><path class="mark" d="M5.5 5.5 L10.5 10.5 M10.5 5.5 L5.5 10.5" />`;
  return svg`<svg class="icon icon-${light}" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${body}</svg>`;
}
