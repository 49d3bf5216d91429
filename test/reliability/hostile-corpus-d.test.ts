// Hostile corpus, part d: fast-check mutations of the base feed (see corpus-suite.ts).
import { corpusSuite } from './corpus-suite.js';

corpusSuite({ from: 0, to: 0, property: true });
