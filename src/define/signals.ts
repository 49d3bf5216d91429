import { TpSignals } from '../components/signals/signals.js';
import { defineOnce } from '../platform/define-once.js';
defineOnce('tp-signals', TpSignals);
declare global {
  interface HTMLElementTagNameMap {
    'tp-signals': TpSignals;
  }
}
