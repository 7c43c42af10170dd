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

/**
 * The replies of one turn as one outcome (two requests in one message, a question resumed after an
 * answer): texts in order, every fact, citation and card kept, the last part's quick replies.
 */
export function joinOutcomes(parts: readonly SkillOutcome[]): SkillOutcome {
  if (parts.length === 1) return parts[0]!;
  const joined = outcome(
    parts
      .map((p) => p.reply)
      .filter((r) => r !== '')
      .join('\n\n'),
  );
  for (const part of parts) {
    const { facts } = joined;
    facts.policies.push(...part.facts.policies);
    facts.products.push(...part.facts.products);
    facts.orders.push(...part.facts.orders);
    facts.actions.push(...part.facts.actions);
    facts.deliveryRanges.push(...part.facts.deliveryRanges);
    facts.citations.push(...part.facts.citations);
    if (part.facts.quotes) facts.quotes = [...(facts.quotes ?? []), ...part.facts.quotes];
    joined.citations.push(...part.citations);
    joined.products.push(...part.products);
    joined.actions.push(...part.actions);
    if (part.order) joined.order = part.order;
    if (part.orders) joined.orders = [...(joined.orders ?? []), ...part.orders];
    if (part.comparison) joined.comparison = part.comparison;
    if (part.quickReplies.length > 0) joined.quickReplies = part.quickReplies;
    if (part.escalate && !joined.escalate) joined.escalate = part.escalate;
    if (part.misunderstood) joined.misunderstood = true;
    Object.assign(joined.state, part.state);
  }
  return joined;
}
