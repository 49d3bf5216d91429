import { GenderBreakdown } from '../components/gender-breakdown/gender-breakdown.js';
import { defineOnce } from '../shared/define-once.js';
defineOnce('tp-gender-breakdown', GenderBreakdown);
declare global {
  interface HTMLElementTagNameMap {
    'tp-gender-breakdown': GenderBreakdown;
  }
}
