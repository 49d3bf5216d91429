import { BudgetCycle } from '../components/budget-cycle/budget-cycle.js';
import { defineOnce } from '../shared/define-once.js';
defineOnce('tp-budget-cycle', BudgetCycle);
declare global { interface HTMLElementTagNameMap { 'tp-budget-cycle': BudgetCycle } }
