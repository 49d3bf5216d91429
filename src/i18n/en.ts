/** English. */
import { GLOSSARY_EN } from './glossary.js';
import type { CoreStrings, Translation } from './types.js';

export const stringsEn: CoreStrings = {
  notAvailable: 'not available',
  notReported: 'not reported',
  asOf: (date: string) => `data as of ${date}`,
  asOfUnknown: 'cut-off date not available',
  loading: 'Loading data…',
  empty: 'There is no data to show.',
  errorTitle: 'The data could not be shown',
  staleNotice: (date: string) => `Could not refresh. Showing the last saved copy, with data as of ${date}.`,
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  sourcePublisher: (name: string) => `Published by ${name}`,
  sources: 'Source',
  sourcesMore: (n: number, publisher: string) =>
    `and ${n === 1 ? 'one other source' : `${n} other sources`}${publisher ? ` from ${publisher}` : ''}`,
  sourcesAll: (n: number) => (n === 1 ? 'See the source' : `See all ${n} sources`),
  sourceDataFile: 'data file',
  license: 'Licence',
  dataNotes: (n: number) => (n === 1 ? '1 note on the data' : `${n} notes on the data`),
  dataNotesNone: 'No notes on the data',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  copyEmbed: 'Copy embed code',
  copied: 'Code copied.',
  copyFailed: 'Could not copy. Select the code and copy it.',
  embedCodeLabel: 'Embed code',
  actions: 'Data and code',
  whatIsThis: 'What is this?',
  close: 'Close',
  unknownProgram: (key: string, closest: string) => `We could not find program “${key}” in this data. Similar keys: ${closest}.`,
  noPrograms:
    'This data has no budget programs: the publisher reports its whole budget, by chapter, unit or another classification, but not by program.',
  unknownProgramNoHint: (key: string) => `We could not find program “${key}” in this data.`,
  ambiguousProgram: (key: string, candidates: string) => `The key “${key}” matches several programs: ${candidates}. Use the full key.`,
  noProgram: 'The program key is missing (program attribute).',
  noSource: 'The data address is missing (src attribute) or a surrounding <tp-feed>.',
  feedUnavailable: 'The data could not be loaded.',
  problemUnworded: (code: string) => `There is a problem with the data (code “${code}”).`,
  or: 'or',
  and: 'and',
};

export const en: Translation = {
  lang: 'en',
  name: 'English',
  locale: 'en-US',
  dir: 'ltr',
  words: { million: 'million', thousandMillion: 'billion', trillion: 'trillion', scale: 'short', currency: 'code' },
  strings: stringsEn,
  glossary: GLOSSARY_EN,
};
