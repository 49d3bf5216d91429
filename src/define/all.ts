// Registers every element. Convenience entry; prefer define/<name>.js in production.
import './program-card.js';
import './feed.js';
import './budget-cycle.js';
import './gender-breakdown.js';
import './sdg-alignment.js';
import './indicator-gauge.js';
import './spending-flow.js';
