import { decodeVariants } from './decode-variants.js';
import { normalizeText } from './normalize-text.js';

export type InjectionKind =
  | 'override'
  | 'role_play'
  | 'prompt_extraction'
  | 'fake_authority'
  | 'encoded_payload'
  | 'invisible_characters'
  | 'hidden_instruction';

export interface InjectionFinding {
  kind: InjectionKind;
  /** The text that matched (decoded when the attempt was encoded). */
  evidence: string;
}

export interface InjectionVerdict {
  flagged: boolean;
  findings: InjectionFinding[];
  /** The normalised text the NLU should read (NFKC, invisible characters removed). */
  normalized: string;
}

/** Where a text came from: a customer message, or content retrieved from the store (reviews, descriptions, CMS). */
export type TextSource = 'customer' | 'retrieved';

const RULES: Array<
  [Exclude<InjectionKind, 'encoded_payload' | 'invisible_characters' | 'hidden_instruction'>, RegExp]
> = [
  [
    'override',
    /\b(?:ignore|disregard|forget|override|bypass)\b[\w\s,']{0,30}?\b(?:instructions?|rules|prompts?|guidelines|directions|polic(?:y|ies)|constraints|restrictions|programming|guardrails)\b|\bnew (?:instructions|rules)\s*:|\bfrom now on,? you\b|\bdo anything now\b|\bdeveloper mode\b|\bjailbreak|\bno (?:rules|restrictions|limits) apply\b/i,
  ],
  [
    'role_play',
    /\bpretend (?:to be|you(?:'re| are))\b|\b(?:you|please|now) act as\b|\bact as if you\b|\byou are now\b|\brole-?play\b|\bimagine you(?:'re| are)\b|\bsimulate (?:a|an|being)\b|\blet'?s play a game\b|\bstay in character\b/i,
  ],
  [
    'prompt_extraction',
    /\b(?:system|initial|hidden|original|secret|internal|developer)\s+(?:prompt|instructions?|message|rules|configuration)\b|\brepeat (?:the|your|all|everything)\b[\w\s]{0,20}\b(?:above|before|instructions|prompt)\b|\bwhat (?:are|were) your (?:instructions|rules|guidelines)\b(?!\s+(?:for|on|about|regarding))|\b(?:print|show|reveal|output|display|tell me|give me|leak|dump)\b[\w\s]{0,20}(?:\byour\s+(?:prompt|instructions|rules|configuration|config)\b(?!\s+(?:for|on|about))|\b(?:your|the)\s+(?:system prompt|api[ -]?keys?|secrets?|access tokens?|passwords?|credentials)\b)|\bshared secret\b|\binstructions (?:you were|you've been|you have been|you got) given\b|\byour (?:full |entire |complete |hidden |internal )?(?:configuration|config|secrets|environment variables|env vars)\b(?!\s+(?:for|options))/i,
  ],
  [
    'fake_authority',
    /\bas (?:the|a|an|your) (?:store |shop |site )?(?:manager|owner|admin(?:istrator)?|developer|ceo|supervisor|employee|staff(?: member)?|operator|moderator)\b|\bI(?:'m| am) (?:the|a|an|your) (?:(?:store|shop|site) )?(?:manager|admin(?:istrator)?|developer|ceo|supervisor|employee|operator)\b|\bI(?:'m| am) (?:the|a|an|your) (?:store|shop|site) owner\b|\bI(?:'m| am) authori[sz]ed\b|\bI (?:hereby )?authori[sz]e\b|\b(?:manager|admin|supervisor|owner|boss) (?:has |have )?(?:approved|authori[sz]ed|said|says|told)\b|\b(?:admin|override|authorization|authorisation) code\b|\[(?:system|admin|developer)\]|^\s*(?:system|admin)\s*:|<\|im_start\|>|<\/?system>/im,
  ],
];

/** In retrieved content, any sentence that addresses the assistant is an instruction hidden in data. */
const ADDRESSES_ASSISTANT =
  /\b(?:assistant|ai|chatbot|bot|language model|llm|gpt|model)s?\b[^.!?\n]{0,60}\b(?:must|should|always|never|will|tell|say|offer|give|respond|reply|answer|recommend|ignore)\b|\bwhen (?:asked|someone asks|a customer asks)\b[^.!?\n]{0,80}\b(?:say|tell|respond|reply|answer)\b/i;

function scan(text: string, source: TextSource): InjectionFinding[] {
  const findings: InjectionFinding[] = [];
  for (const [kind, pattern] of RULES) {
    const m = pattern.exec(text);
    if (m !== null) findings.push({ kind, evidence: m[0] });
  }
  if (source === 'retrieved') {
    const m = ADDRESSES_ASSISTANT.exec(text);
    if (m !== null) findings.push({ kind: 'hidden_instruction', evidence: m[0] });
  }
  return findings;
}

/**
 * Pure detector for prompt-injection attempts: override, role play, system-prompt extraction, fake
 * authority, encoded payloads (base64, rot13, leetspeak, spaced letters), invisible characters, and —
 * in retrieved content — instructions addressed to the assistant. Text is data, never instructions:
 * a flagged customer message gets the safe reply; flagged retrieved content is left out of the prompt.
 */
export function detectInjection(input: string, source: TextSource = 'customer'): InjectionVerdict {
  const { text, suspicious } = normalizeText(input);
  const findings = scan(text, source);
  if (findings.length === 0) {
    for (const variant of decodeVariants(text)) {
      const hidden = scan(variant.text, source);
      if (hidden.length > 0) {
        findings.push(
          { kind: 'encoded_payload', evidence: `${variant.encoding}: ${hidden[0]?.evidence ?? ''}` },
          ...hidden,
        );
        break;
      }
    }
  }
  if (suspicious > 0)
    findings.push({ kind: 'invisible_characters', evidence: `${suspicious} invisible character(s)` });
  return { flagged: findings.length > 0, findings, normalized: text };
}
