import { TpSpendingFlow } from '../components/spending-flow/spending-flow.js';
import { defineOnce } from '../platform/define-once.js';

defineOnce('tp-spending-flow', TpSpendingFlow);

declare global {
  interface HTMLElementTagNameMap {
    'tp-spending-flow': TpSpendingFlow;
  }
}
