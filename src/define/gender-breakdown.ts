import { TpGenderBreakdown } from '../components/gender-breakdown/gender-breakdown.js';
import { defineOnce } from '../platform/define-once.js';
defineOnce('tp-gender-breakdown', TpGenderBreakdown);
declare global {
  interface HTMLElementTagNameMap {
    'tp-gender-breakdown': TpGenderBreakdown;
  }
}
