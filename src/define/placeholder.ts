import { TpPlaceholder } from '../components/placeholder/placeholder.js';
import { defineOnce } from '../shared/define-once.js';
defineOnce('tp-placeholder', TpPlaceholder);
declare global { interface HTMLElementTagNameMap { 'tp-placeholder': TpPlaceholder } }
