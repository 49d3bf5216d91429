// Registers every element. Convenience entry; prefer define/<name>.js in production.
import './feed.js';
import './program-card.js';
import './budget-cycle.js';
import './gender-breakdown.js';
import './sdg-alignment.js';
import './indicator-gauge.js';
import './spending-flow.js';
import './program-explorer.js';
import './signals.js';
// The CDN build's entry: pages add languages through the same module instance the elements use.
export { registerLocalePack } from '../i18n/registry.js';
