// Accessibility matrix, part a (see a11y-suite.ts).
import { a11ySuite } from './a11y-suite.js';

a11ySuite(0, 4);
