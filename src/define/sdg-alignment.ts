import { TpSdgAlignment } from '../components/sdg-alignment/sdg-alignment.js';
import { defineOnce } from '../platform/define-once.js';
defineOnce('tp-sdg-alignment', TpSdgAlignment);
declare global {
  interface HTMLElementTagNameMap {
    'tp-sdg-alignment': TpSdgAlignment;
  }
}
