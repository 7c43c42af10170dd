import { allMatches } from '../text/global-regex.js';
import type { Sentence } from '../text/sentences.js';
import type { CheckedClaim, ClaimKind, ViolationCode } from '../verifier-types.js';

/** Builds a checked claim for `length` characters at `index` of `sentence`; a violation when `failure` is given. */
export function claimAt(
  sentence: Sentence,
  index: number,
  length: number,
  kind: ClaimKind,
  reading: string,
  failure?: { code: ViolationCode; message: string },
): CheckedClaim {
  const start = sentence.start + index;
  const span = { start, end: start + length, text: sentence.text.slice(index, index + length) };
  const claim = { kind, span, supported: failure === undefined, reading };
  return failure === undefined ? { claim } : { claim, violation: { ...failure, span } };
}

/** Every match of `regex` (a module constant: its global copy is compiled once) in a sentence. */
export function matchAll(sentence: Sentence, regex: RegExp): RegExpExecArray[] {
  return allMatches(sentence.text, regex);
}
