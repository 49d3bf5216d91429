import { SdgAlignment } from '../components/gender-breakdown/sdg-alignment.js';
import { defineOnce } from '../shared/define-once.js';
defineOnce('tp-sdg-alignment', SdgAlignment);
declare global {
  interface HTMLElementTagNameMap {
    'tp-sdg-alignment': SdgAlignment;
  }
}
