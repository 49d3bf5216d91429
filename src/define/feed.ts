import { TpFeed } from '../components/feed/feed.js';
import { defineOnce } from '../shared/define-once.js';
defineOnce('tp-feed', TpFeed);
declare global {
  interface HTMLElementTagNameMap {
    'tp-feed': TpFeed;
  }
}
