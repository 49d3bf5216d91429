import { IndicatorGauge } from '../components/indicator-gauge/indicator-gauge.js';
import { defineOnce } from '../shared/define-once.js';

defineOnce('tp-indicator-gauge', IndicatorGauge);

declare global {
  interface HTMLElementTagNameMap {
    'tp-indicator-gauge': IndicatorGauge;
  }
}
