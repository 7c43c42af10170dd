import { emptyTurnFacts } from '../../verifier/turn-facts.js';
import type { SkillOutcome } from '../turn.js';

/** An outcome with nothing but a reply; skills add facts, citations and cards to it. */
export function outcome(reply: string, extra: Partial<SkillOutcome> = {}): SkillOutcome {
  return {
    reply,
    facts: emptyTurnFacts(),
    citations: [],
    products: [],
    actions: [],
    quickReplies: [],
    state: {},
    ...extra,
  };
}
