import { TpProgramExplorer } from '../components/program-explorer/program-explorer.js';
import { defineOnce } from '../platform/define-once.js';
defineOnce('tp-program-explorer', TpProgramExplorer);
declare global {
  interface HTMLElementTagNameMap {
    'tp-program-explorer': TpProgramExplorer;
  }
}
