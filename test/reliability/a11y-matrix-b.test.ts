// Accessibility matrix, part b (see a11y-suite.ts).
import { a11ySuite } from './a11y-suite.js';

a11ySuite(4, 8);
