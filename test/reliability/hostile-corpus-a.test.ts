// Hostile corpus, part a (see corpus-suite.ts). Split so that each file stays within the runner's time budget.
import { corpusSuite } from './corpus-suite.js';

corpusSuite({ from: 0, to: 110 });
