import { TpIndicatorGauge } from '../components/indicator-gauge/indicator-gauge.js';
import { defineOnce } from '../platform/define-once.js';

defineOnce('tp-indicator-gauge', TpIndicatorGauge);

declare global {
  interface HTMLElementTagNameMap {
    'tp-indicator-gauge': TpIndicatorGauge;
  }
}
