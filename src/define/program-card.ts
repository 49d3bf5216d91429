import { TpProgramCard } from '../components/program-card/program-card.js';
import { defineOnce } from '../platform/define-once.js';
defineOnce('tp-program-card', TpProgramCard);
declare global {
  interface HTMLElementTagNameMap {
    'tp-program-card': TpProgramCard;
  }
}
