import { ProgramExplorer } from '../components/program-explorer/program-explorer.js';
import { defineOnce } from '../shared/define-once.js';
defineOnce('tp-program-explorer', ProgramExplorer);
declare global { interface HTMLElementTagNameMap { 'tp-program-explorer': ProgramExplorer } }
