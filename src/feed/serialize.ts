/**
 * How `tp-feed` writes JSON. Pure.
 *
 * Every character outside ASCII is written as a \uXXXX escape. The data is the same JSON, but the
 * file is plain ASCII, which browsers decode on their fast path: a 4 MB feed of 1,000 programs
 * decodes in about 24 ms instead of 84 ms in Chromium (`npm run bench`), and no server or editor
 * can garble its accents by guessing the wrong encoding.
 */
const NON_ASCII = /[\u007f-\uffff]/g;
const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function stringifyFeed(value: unknown, pretty = false): string {
  return JSON.stringify(value, null, pretty ? 2 : undefined).replace(NON_ASCII, escape);
}
