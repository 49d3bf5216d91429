/** The shared views: small functions returning Lit templates. */
export { statusView } from './status.js';
export type { StatusInput } from './status.js';
export { dataTable, tablesDisclosure, tableView, formatCell } from './data-table.js';
export { whenOpen } from './when-open.js';
export { sourceLine, safeLink } from './source-line.js';
export { glossaryTerm } from './glossary-term.js';
export { dataNotes } from './data-notes.js';
export { actionsView, embedCodeFor } from './actions.js';
export type { ActionsInput } from './actions.js';
