import type { InjectionSignal } from '../types.js';

const SIGNALS: ReadonlyArray<[InjectionSignal, RegExp]> = [
  [
    'override',
    /\b(?:ignore|disregard|forget|override|bypass|skip)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+)?(?:previous|prior|above|earlier|preceding|original|existing)?\s*(?:instructions?|rules?|prompts?|guidelines?|directives?|restrictions?|policies|polic(?:y|ies) checks?)\b|\bnew instructions?\s*:|\bfrom now on,? (?:you|ignore)|\byou must (?:now )?(?:obey|comply)/i,
  ],
  [
    'role_play',
    /\b(?:you are now|act as (?:a|an|my|if)|pretend (?:to be|you(?:'re| are))|role-?play|roleplay as|jailbreak|developer mode|\bdan mode|do anything now|simulate (?:a|an) (?:unrestricted|unfiltered))\b/i,
  ],
  [
    'system_prompt',
    /\b(?:system prompt|initial prompt|hidden prompt|your (?:instructions|prompt|rules|guidelines|configuration)|reveal (?:your|the) (?:prompt|instructions)|repeat (?:the|your) (?:text|words) above)\b|<\|?(?:system|im_start|im_end)\|?>|\[\/?(?:system|inst)\]|#{2,}\s*(?:system|instruction)/i,
  ],
  [
    'encoded_payload',
    /(?:[A-Za-z0-9+/]{40,}={0,2})|(?:\b(?:0x)?[0-9a-f]{40,}\b)|(?:\\u[0-9a-f]{4}){3,}|(?:\\x[0-9a-f]{2}){4,}|\b(?:base64|rot13|decode (?:this|the following))\b/i,
  ],
  ['invisible_chars', /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/],
];

/**
 * Signals that a message tries to steer the assistant rather than ask it something. Only flags:
 * the safety layer chooses the reply; the NLU still classifies the text as usual.
 */
export function detectInjection(text: string): InjectionSignal[] {
  return SIGNALS.filter(([, re]) => re.test(text)).map(([signal]) => signal);
}
