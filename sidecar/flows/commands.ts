import { z } from 'zod';
import { FLOW_NAMES, type FlowName } from './flow-names.js';
import { slotValuesSchema, type SlotValues } from './slots.js';

/** Why a conversation goes to a person, as a command can ask for it (the engine adds its own reasons). */
export const COMMAND_HANDOFF_REASONS = ['customer_asked', 'complaint', 'legal_privacy', 'b2b_quote'] as const;
export type CommandHandoffReason = (typeof COMMAND_HANDOFF_REASONS)[number];

/** Small talk the assistant answers itself; `identity` is "are you a bot?". */
export const CHITCHAT_TOPICS = ['greeting', 'thanks', 'goodbye', 'identity'] as const;
export type ChitchatTopic = (typeof CHITCHAT_TOPICS)[number];

/**
 * What understanding produces — the only thing it produces (Rasa CALM's command generator). A message may
 * yield several commands; the flow engine applies them in order, and only declared flows do the work: a
 * command proposes, the active flow decides what it means now (a `confirm` confirms only a pending step).
 *
 * `utterance` is the part of the message a request was made in ("rain jackets" in "do you have rain
 * jackets and how long does shipping take?"), so each request of a multi-request message is served on
 * its own words.
 */
export const commandSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('start_flow'),
    flow: z.enum(FLOW_NAMES),
    slots: slotValuesSchema.optional(),
    utterance: z.string().max(2000).optional(),
  }),
  z.object({ kind: z.literal('set_slots'), slots: slotValuesSchema }),
  /** The customer corrects something they said before ("sorry, the postcode is 98102"). */
  z.object({ kind: z.literal('correct_slots'), slots: slotValuesSchema }),
  z.object({ kind: z.literal('confirm') }),
  z.object({ kind: z.literal('deny') }),
  /** The customer drops what they were doing ("leave it", "never mind"). */
  z.object({ kind: z.literal('cancel_flow') }),
  /** The message has more than one plausible reading: ask which, offering these flows. */
  z.object({ kind: z.literal('clarify'), options: z.array(z.enum(FLOW_NAMES)).min(2).max(3) }),
  z.object({
    kind: z.literal('search'),
    query: z.string().min(1).max(500),
    utterance: z.string().max(2000).optional(),
  }),
  /** A question for the store's knowledge (policies, CMS pages). */
  z.object({ kind: z.literal('knowledge'), utterance: z.string().max(2000).optional() }),
  z.object({ kind: z.literal('chitchat'), topic: z.enum(CHITCHAT_TOPICS) }),
  z.object({ kind: z.literal('hand_off'), reason: z.enum(COMMAND_HANDOFF_REASONS) }),
  z.object({ kind: z.literal('out_of_scope') }),
  /** Written in a language the store view does not serve (BCP 47 primary tag, e.g. `es`). */
  z.object({ kind: z.literal('unsupported_language'), language: z.string().min(2).max(8) }),
  /** Nothing plausible could be read from the message. */
  z.object({ kind: z.literal('not_understood') }),
]);
export type Command = z.infer<typeof commandSchema>;
export type CommandKind = Command['kind'];

export function startFlow(flow: FlowName, slots?: SlotValues, utterance?: string): Command {
  return {
    kind: 'start_flow',
    flow,
    ...(slots && Object.keys(slots).length > 0 ? { slots } : {}),
    ...(utterance ? { utterance } : {}),
  };
}
