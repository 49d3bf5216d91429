import { TpProgramCard } from '../components/program-card/program-card.js';
import { defineOnce } from '../shared/define-once.js';
defineOnce('tp-program-card', TpProgramCard);
declare global { interface HTMLElementTagNameMap { 'tp-program-card': TpProgramCard } }
