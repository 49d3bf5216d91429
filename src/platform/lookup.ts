/**
 * What a widget says when its program key does not select exactly one program. Pure.
 * Input: the `ProgramLookup` of `findProgram`/`resolveProgram` (src/feed/select.ts).
 */
import type { ProgramLookup } from '../feed/select.js';
import { joinList, translate } from '../i18n/registry.js';
import type { Lang } from '../i18n/types.js';

export type LookupFailure =
  { code: 'unknown-program'; key: string; closest: string[] } | { code: 'ambiguous-program'; key: string; candidates: string[] };

/** The failure of a lookup, or undefined when a program was found. */
export function lookupFailure(lookup: ProgramLookup): LookupFailure | undefined {
  if (lookup.status === 'unknown') return { code: 'unknown-program', key: lookup.key, closest: lookup.closest };
  if (lookup.status === 'ambiguous') return { code: 'ambiguous-program', key: lookup.key, candidates: lookup.candidates };
  return undefined;
}

/** "No encontramos el programa «S177»… Claves parecidas: S176 o S178." / ambiguous: lists every candidate. */
export function lookupMessage(failure: LookupFailure, lang: Lang | null | undefined): string {
  if (failure.code === 'ambiguous-program') {
    return translate(lang, 'ambiguousProgram', failure.key, joinList(lang, failure.candidates, 'and'));
  }
  return failure.closest.length
    ? translate(lang, 'unknownProgram', failure.key, joinList(lang, failure.closest, 'or'))
    : translate(lang, 'unknownProgramNoHint', failure.key);
}
