// Builds the example locale pack, schema/examples/locale-pack-example.json, from the Spanish
// strings in the code: the core strings (src/i18n/es.ts), the glossary, the number words and
// every widget table declared with defineMessages(). It is the list of what a pack can translate.
//
//   node --import tsx scripts/locale-pack-example.ts          write the file
//   node --import tsx scripts/locale-pack-example.ts --check  exit 1 when the file is out of date
//
// Widget tables are found by reading src/ for modules that declare `… = defineMessages(`, so
// they can move between folders. A message that is a function in the code (plurals) is written
// as the template it gives for placeholder arguments: "{0} notas sobre los datos".
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { es } from '../src/i18n/es.js';
import { declaredMessages } from '../src/i18n/registry.js';
import type { Message } from '../src/i18n/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const EXAMPLE_PACK_PATH = join(root, 'schema/examples/locale-pack-example.json');

const DECLARES = /^\s*(export\s+)?const\s+\w+(\s*:[^=]+)?\s*=\s*defineMessages\s*[<(]/m;

/** Source files (relative to the project root) that declare a defineMessages table. */
export function messageModules(dir = join(root, 'src')): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...messageModules(p));
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts') && DECLARES.test(readFileSync(p, 'utf8'))) out.push(relative(root, p));
  }
  return out;
}

/** Imports every module that declares messages, so that `declaredMessages()` holds all of them. */
export async function loadAllMessages(): Promise<ReadonlyMap<string, Readonly<Record<string, Message>>>> {
  for (const file of messageModules()) await import(pathToFileURL(join(root, file)).href);
  return declaredMessages();
}

/** A message as pack text: strings as they are, functions applied to "{0}", "{1}"… */
export function asTemplate(message: Message): string {
  if (typeof message === 'string') return message;
  const args = Array.from({ length: Math.max(message.length, 0) }, (_, i) => `{${i}}`);
  return String(message(...args));
}

/** The example pack: every key a pack can hold, with its Spanish text. */
export async function examplePack(): Promise<Record<string, unknown>> {
  const tables = await loadAllMessages();
  const strings: Record<string, string> = {};
  for (const [key, message] of Object.entries(es.strings)) strings[key] = asTemplate(message);
  for (const namespace of [...tables.keys()].sort()) {
    for (const [key, message] of Object.entries(tables.get(namespace)!)) strings[`${namespace}.${key}`] = asTemplate(message);
  }
  const glossary: Record<string, { term: string; definition: string }> = {};
  for (const [id, entry] of Object.entries(es.glossary)) glossary[id] = { term: entry.term, definition: entry.definition };
  return {
    $schema: '../locale-pack-v1.schema.json',
    $comment:
      'Example locale pack generated from the Spanish strings by scripts/locale-pack-example.ts (npm run example-pack); do not edit. ' +
      'To add a language: copy this file, set "lang" (the tag pages put in lang="…"), "name" and "locale", and replace each text with one ' +
      'a speaker has written or checked. Keep {0}, {1}… where the value goes. Leave out, or set to "", what is not translated: it shows in Spanish. ' +
      'See docs/locale-packs.md.',
    lang: 'es-x-example',
    name: 'español (ejemplo)',
    locale: es.locale,
    dir: es.dir,
    words: { ...es.words },
    strings,
    glossary,
  };
}

async function main(): Promise<void> {
  const text = JSON.stringify(await examplePack(), null, 2) + '\n';
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(EXAMPLE_PACK_PATH, 'utf8');
    } catch {
      // missing: out of date
    }
    if (current !== text) {
      console.error(
        `locale-pack-example: ${relative(root, EXAMPLE_PACK_PATH)} is out of date. Run \`npm run example-pack\` and commit it.`,
      );
      process.exit(1);
    }
    console.log(`locale-pack-example: ${relative(root, EXAMPLE_PACK_PATH)} is up to date.`);
    return;
  }
  writeFileSync(EXAMPLE_PACK_PATH, text);
  console.log(`locale-pack-example: wrote ${relative(root, EXAMPLE_PACK_PATH)}.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
