/** Each pattern's global copies by flags, compiled once: the checks run on every sentence of every reply. */
const copies = new WeakMap<RegExp, Map<string, RegExp>>();

/**
 * A global copy of `regex` — with its own flags plus `g`, or with exactly `flags` — made once per
 * pattern, for {@link allMatches}. For patterns that live as long as the process (module constants).
 */
export function globalCopy(regex: RegExp, flags?: string): RegExp {
  const wanted = flags ?? (regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  let byFlags = copies.get(regex);
  if (!byFlags) copies.set(regex, (byFlags = new Map()));
  let copy = byFlags.get(wanted);
  if (!copy) byFlags.set(wanted, (copy = new RegExp(regex.source, wanted)));
  return copy;
}

/**
 * Every match of `regex` (or of its copy with `flags`) in `text`, as `String.prototype.matchAll` gives
 * them, found with the pattern's global copy itself: `matchAll` clones its regex on every call (the spec
 * constructs a new RegExp), once per pattern and sentence of every reply. The copy's `lastIndex` is 0
 * again when this returns, so every caller starts from the beginning.
 */
export function allMatches(text: string, regex: RegExp, flags?: string): RegExpExecArray[] {
  const copy = globalCopy(regex, flags);
  const unicode = /[uv]/.test(copy.flags);
  const found: RegExpExecArray[] = [];
  copy.lastIndex = 0;
  for (let match = copy.exec(text); match !== null; match = copy.exec(text)) {
    found.push(match);
    // An empty match leaves lastIndex where it was: step over one character (a code point under u/v), as matchAll does.
    if (match[0] === '') copy.lastIndex = nextIndex(text, copy.lastIndex, unicode);
  }
  copy.lastIndex = 0;
  return found;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
