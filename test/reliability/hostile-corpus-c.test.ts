// Hostile corpus, part c (see corpus-suite.ts). Split so that each file stays within the runner's time budget.
import { corpusSuite } from './corpus-suite.js';

corpusSuite({ from: 220, to: 10000, huge: true });
