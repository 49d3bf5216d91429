/**
 * The view of MIR indicators that <tp-indicator-gauge> draws. Pure: no DOM, no Lit.
 *
 *  - indicator-lights.ts: thresholds (as the MIR writes them) and the traffic light;
 *  - indicator-single.ts: one indicator's result, percentage of target and status;
 *  - program-indicators.ts: a program's indicators grouped by kind and MIR level, with light counts.
 */
export * from './indicator-lights.js';
export * from './indicator-single.js';
export * from './program-indicators.js';
