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
    /\b(?:ignore|disregard|forget|override|bypass)\b[\w\s']{0,30}?\b(?:instructions?|rules|prompts?|guidelines|directions|polic(?:y|ies)|constraints|restrictions|programming|guardrails)\b|\b(?:ignore|disregard|forget|override|bypass|skip)\s+(?:(?:all|any|the|your|my)\s+)?(?:(?:previous|prior|above|earlier|preceding|original|existing)\s+)?(?:instructions?|rules?|prompts?|guidelines?|directives?|restrictions?|polic(?:y|ies) checks?)\b|\bnew (?:instructions?|rules)\s*:|\bfrom now on,? (?:you|ignore)\b|\byou must (?:now )?(?:obey|comply)\b|\bdo anything now\b|\b(?:developer|dan) mode\b|\bjailbreak|\bno (?:rules|restrictions|limits) apply\b/i,
  ],
  [
    'role_play',
    /\bpretend (?:to be|you(?:'re| are))\b|\b(?:you|please|now) act as\b|\bact as if you\b|(?:^|[.!?:]\s*)act as (?:an?|my)\b|\byou are now\b|\brole-?play\b|\bimagine you(?:'re| are)\b|\bsimulate (?:a|an|being)\b|\blet'?s play a game\b|\bstay in character\b/im,
  ],
  [
    'prompt_extraction',
    /\b(?:system|initial|hidden|original|secret|internal|developer)\s+(?:prompt|instructions?|message|rules|configuration)\b|\brepeat (?:the|your|all|everything)\b[\w\s]{0,20}\b(?:above|before|instructions|prompt)\b|\bwhat (?:are|were) your (?:instructions|rules|guidelines)\b(?!\s+(?:for|on|about|regarding))|\breveal (?:the|your) (?:prompt|instructions)\b|\b(?:print|show|reveal|output|display|tell me|give me|leak|dump)\b[\w\s]{0,20}(?:\byour\s+(?:prompt|instructions|rules|guidelines|configuration|config)\b(?!\s+(?:for|on|about))|\b(?:your|the)\s+(?:system prompt|api[ -]?keys?|secrets?|access tokens?|passwords?|credentials)\b)|\bshared secret\b|\binstructions (?:you were|you've been|you have been|you got) given\b|\byour (?:full |entire |complete |hidden |internal )?(?:configuration|config|secrets|environment variables|env vars)\b(?!\s+(?:for|options))/i,
  ],
  [
    'fake_authority',
    /\bas (?:the|a|an|your) (?:store |shop |site )?(?:manager|owner|admin(?:istrator)?|developer|ceo|supervisor|employee|staff(?: member)?|operator|moderator)\b|\bI(?:'m| am) (?:the|a|an|your) (?:(?:store|shop|site) )?(?:manager|admin(?:istrator)?|developer|ceo|supervisor|employee|operator)\b|\bI(?:'m| am) (?:the|a|an|your) (?:store|shop|site) owner\b|\bI(?:'m| am) authori[sz]ed\b|\bI (?:hereby )?authori[sz]e\b|\b(?:manager|admin|supervisor|owner|boss) (?:has |have )?(?:approved|authori[sz]ed|said|says|told)\b|\b(?:admin|override|authorization|authorisation) code\b|\[\/?(?:system|admin|developer|inst)\]|^\s*(?:system|admin)\s*:|<\/?\|?(?:system|im_start|im_end)\|?>|#{2,}\s*(?:system|instructions?)\b/im,
  ],
];

/**
 * What an encoded payload looks like before it is decoded: escape sequences, a request to decode, or a
 * long opaque run (base64, hex) outside a link. Checked on the text as written only — decoded readings
 * (leetspeak turns "@" into a letter) would glue an e-mail address into such a run.
 */
const ENCODED_SHAPE =
  /(?:\\u[0-9a-f]{4}){3,}|(?:\\x[0-9a-f]{2}){4,}|\b(?:base64|rot13)\b|\bdecode (?:this|the following)\s*:|\bdecode and (?:follow|obey|run|execute)\b|(?<!(?::\/\/|www\.)\S*)[A-Za-z0-9+/]{40,}/i;

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
 * The one prompt-injection detector: the safety layer acts on its verdict (safe reply, retrieved
 * content left out of the prompt) and the NLU reports its kinds as `flags.injection`. Pure. Catches
 * override, role play, system-prompt extraction, fake authority (titles, `[SYSTEM]`, `[INST]`,
 * `<|im_start|>`), encoded payloads (escape sequences, long opaque runs outside links, "decode this:";
 * base64, rot13, leetspeak and spaced letters are decoded and re-scanned), invisible characters, and —
 * in retrieved content — instructions addressed to the assistant.
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
  const shape = ENCODED_SHAPE.exec(text);
  if (shape !== null) findings.push({ kind: 'encoded_payload', evidence: shape[0] });
  if (suspicious > 0)
    findings.push({ kind: 'invisible_characters', evidence: `${suspicious} invisible character(s)` });
  return { flagged: findings.length > 0, findings, normalized: text };
}
