/**
 * Shared host styles of every tp-* element: theming tokens, theme (auto/light/dark),
 * forced colors, reduced motion, box-sizing, container queries and the shared views.
 *
 *  - theme-tokens.ts: the `--tp-*` tokens (listed there) and the light/dark palettes;
 *  - base-styles.ts: host and element basics;
 *  - view-styles.ts: the shared views (status, table, source line, term, notes, actions).
 */
import { tokens } from './theme-tokens.js';
import { base } from './base-styles.js';
import { viewStyles } from './view-styles.js';
import { overdueNoticeStyles } from './views/overdue-notice.js';

export { tokens, base, viewStyles };

/** Everything a widget needs: `static styles = [platformStyles, myStyles]`. */
export const platformStyles = [tokens, base, viewStyles, overdueNoticeStyles];
