import { render } from '../../replies/render.js';
import type { HandoffReason } from '../../escalation/handoff-tickets.js';
import type { SlotlessTemplateKey } from '../../replies/templates.js';
import type { SkillOutcome, Turn } from '../turn.js';
import { outcome } from './outcome.js';

/** What a greeting offers to do, as quick replies. */
const GREETING_CHIPS = [
  'chip_find_product',
  'chip_where_is_order',
  'chip_return_policy',
  'talk_to_human',
] as const satisfies readonly SlotlessTemplateKey[];

export function greet(turn: Turn): SkillOutcome {
  const locale = turn.store.locale;
  return outcome(render('greeting', locale, { store: turn.store.name }), {
    quickReplies: GREETING_CHIPS.map((key) => render(key, locale)),
  });
}

/** Replies that need no data: thanks, goodbye, out of scope, account help. */
export function fixedReply(
  turn: Turn,
  key: SlotlessTemplateKey,
  extra: Partial<SkillOutcome> = {},
): SkillOutcome {
  return outcome(render(key, turn.store.locale), extra);
}

const ACKNOWLEDGEMENTS: Partial<Record<HandoffReason, SlotlessTemplateKey>> = {
  complaint: 'complaint_ack',
  negative_sentiment: 'complaint_ack',
  legal_privacy: 'legal_ack',
  b2b_quote: 'b2b_ack',
};

/**
 * What is said before the handoff announcement for a request that belongs with a person: an apology for
 * a complaint, who handles a privacy request or a business quote. Empty for the other reasons (the
 * announcement alone says what happens next).
 */
export function handoffAcknowledgement(turn: Turn, reason: HandoffReason): SkillOutcome {
  const ack = ACKNOWLEDGEMENTS[reason];
  return outcome(ack ? render(ack, turn.store.locale) : '');
}
