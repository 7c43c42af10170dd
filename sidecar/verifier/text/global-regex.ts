/** Each pattern's global copies by flags, compiled once: the checks run on every sentence of every reply. */
const copies = new WeakMap<RegExp, Map<string, RegExp>>();

/**
 * A global copy of `regex` — with its own flags plus `g`, or with exactly `flags` — made once per
 * pattern and never exec'd, so its `lastIndex` stays 0: `String.prototype.matchAll` on it always
 * starts at the beginning. For patterns that live as long as the process (module constants).
 */
export function globalCopy(regex: RegExp, flags?: string): RegExp {
  const wanted = flags ?? (regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  let byFlags = copies.get(regex);
  if (!byFlags) copies.set(regex, (byFlags = new Map()));
  let copy = byFlags.get(wanted);
  if (!copy) byFlags.set(wanted, (copy = new RegExp(regex.source, wanted)));
  return copy;
}
