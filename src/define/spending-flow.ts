import { SpendingFlow } from '../components/spending-flow/spending-flow.js';
import { defineOnce } from '../shared/define-once.js';

defineOnce('tp-spending-flow', SpendingFlow);

declare global {
  interface HTMLElementTagNameMap {
    'tp-spending-flow': SpendingFlow;
  }
}
