/**
 * Registry of spreadsheet statement adapters (state, agency and municipal publishers), recognised
 * from title and header wherever they sit on the sheet. Imported by the tp-feed CLI only, so the
 * browser's lazily loaded CSV adapters do not grow.
 */
import type { SheetAdapter } from './types.js';
import { conacStatements } from './conac-statements.js';
import { conacPrograms } from './conac-programs.js';
import { sipotBudget } from './sipot.js';

export const sheetAdapters: SheetAdapter[] = [sipotBudget, conacStatements, conacPrograms];
