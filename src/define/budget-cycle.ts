import { TpBudgetCycle } from '../components/budget-cycle/budget-cycle.js';
import { defineOnce } from '../platform/define-once.js';
defineOnce('tp-budget-cycle', TpBudgetCycle);
declare global {
  interface HTMLElementTagNameMap {
    'tp-budget-cycle': TpBudgetCycle;
  }
}
