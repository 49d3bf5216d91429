import { TpFeed } from '../components/feed-provider/feed-provider.js';
import { defineOnce } from '../platform/define-once.js';
defineOnce('tp-feed', TpFeed);
declare global {
  interface HTMLElementTagNameMap {
    'tp-feed': TpFeed;
  }
}
