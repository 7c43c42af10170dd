import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Skills and flows never parse the customer's words: every reading of them (topics, audiences, the
 * search query, what a question asks about) is the NLU's, in its per-language packs. A flow may hand the
 * words verbatim to something that does not read them with language knowledge of the flow's own — a
 * retrieval engine (the store's search, the policy pages' search), the NLU itself, a person — and
 * nothing else. This guard keeps the rule true: every place a flow touches the words is listed here,
 * with why it is no parsing (docs/nlu.md, "Entities").
 */
const FLOWS = fileURLToPath(new URL('../../../sidecar/flows/', import.meta.url));

/** The customer's words as a flow can reach them: the turn's text, the understanding's, a frame's utterance. */
const WORDS = /\b(?:turn|understanding)\.text\b|\.utterance\b/;

interface Allowed {
  /** The file, relative to sidecar/flows. */
  file: string;
  /** A piece of the line that uses the words. */
  line: string;
  reason: string;
}

const ALLOWED: readonly Allowed[] = [
  {
    file: 'skills/answer-policy-question.ts',
    line: 'matchCategories(turn.text, tree)',
    reason:
      "retrieval: the store's category names looked up in the words by the search analyzer, as a search over the category tree; no word list of the flow's",
  },
  {
    file: 'skills/answer-policy-question.ts',
    line: "`${topics.join(' ')} ${turn.text}`",
    reason: "retrieval: the policy pages' search query, the NLU's topics and the words",
  },
  {
    file: 'skills/search-products.ts',
    line: 'turn.understanding.searchQuery ?? turn.understanding.text',
    reason: "retrieval: the NLU's search query, or the words verbatim on an understanding built without one",
  },
  {
    file: 'flow-engine.ts',
    line: 'command.utterance',
    reason: "a request's words passed from its command to the frame it starts, to be read by the NLU",
  },
  {
    file: 'flow-engine.ts',
    line: 'utterance: (utterance ?? this.turn.text).slice(0, 2000)',
    reason: 'the words a flow was started from, kept for the NLU to read again with the next message',
  },
  {
    file: 'flow-engine.ts',
    line: 'frame.utterance',
    reason: "a frame's words handed back to the NLU (clauseTurn) with the next message",
  },
  {
    file: 'flow-engine.ts',
    line: 'clause !== this.turn.text',
    reason: 'whether a clause is the whole message (then the NLU has read it already); no word is read',
  },
  {
    file: 'steps/action-steps.ts',
    line: 'message: turn.text,',
    reason: 'handed to a person verbatim in the ticket',
  },
];

/**
 * What flows may take from the NLU besides its contract (`nlu/types.ts`): resolvers that match what the NLU read against
 * the store's data, and readers of the store's own text. Nothing that reads the customer's words.
 */
const NLU_IMPORTS: Readonly<Record<string, string>> = {
  matchOrderItems: "matches the NLU's item mentions against an order's lines",
  resolveOrderReference: "matches the NLU's partial order numbers against the customer's orders",
  conceptNames: "a compared concept's names, to find the attribute the store's labels give it",
  COMPARED_CONCEPTS:
    'the names of the concepts a question can be about, as a type: the dialogue state keeps the last one asked',
  detectMessageLanguage: "the language of a review (the store's text), to quote it only in the shopper's",
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Lines of code (comments aside) that touch the customer's words, as `file: line`. */
function uses(): { file: string; line: string }[] {
  return sources(FLOWS).flatMap((full) => {
    const file = path.relative(FLOWS, full).split(path.sep).join('/');
    return readFileSync(full, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => !line.startsWith('*') && !line.startsWith('//') && !line.startsWith('/*'))
      .filter((line) => WORDS.test(line))
      .map((line) => ({ file, line }));
  });
}

describe("skills and flows never parse the customer's words", () => {
  const found = uses();

  it('touch them only where the allow-list says why it is no parsing', () => {
    const unlisted = found.filter((u) => !ALLOWED.some((a) => a.file === u.file && u.line.includes(a.line)));
    expect(unlisted).toEqual([]);
  });

  it('lists no use that is gone', () => {
    const stale = ALLOWED.filter((a) => !found.some((u) => u.file === a.file && u.line.includes(a.line)));
    expect(stale).toEqual([]);
  });

  it("take from the NLU only its types and resolvers against the store's data", () => {
    const taken = sources(FLOWS).flatMap((full) =>
      [
        ...readFileSync(full, 'utf8').matchAll(/import \{([^}]*)\} from '[./]*nlu\/(?!types\.js)[^']*'/g),
      ].flatMap((m) =>
        m[1]!
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name !== '' && !name.startsWith('type ')),
      ),
    );
    expect(taken.length).toBeGreaterThan(0);
    expect(taken.filter((name) => !(name in NLU_IMPORTS))).toEqual([]);
  });

  it('sees the uses it guards', () => {
    // The scan finds what it is meant to find: a guard that matches nothing would pass on any code.
    expect(found.some((u) => u.file === 'skills/search-products.ts')).toBe(true);
    expect(found.length).toBeGreaterThanOrEqual(ALLOWED.length);
  });
});
