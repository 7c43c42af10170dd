import { normalizeText } from './normalize-text.js';

export interface OutputLeak {
  kind: 'secret' | 'prompt' | 'credential_pattern';
  /** Which secret (by its label) or pattern leaked; never the value itself. */
  label: string;
}

export interface OutputFilterResult {
  ok: boolean;
  leaks: OutputLeak[];
}

/** A value that must never be shown to a customer. */
export interface ProtectedValue {
  /** Shown in logs instead of the value, e.g. `VERITY_SHARED_SECRET`, `system prompt`. */
  label: string;
  value: string;
  /** `prompt` values also match on any run of `PROMPT_SHINGLE_WORDS` consecutive words. */
  kind: 'secret' | 'prompt';
}

/** Consecutive words of a prompt that, found in a reply, count as leaking the prompt. */
export const PROMPT_SHINGLE_WORDS = 8;

const CREDENTIAL_PATTERNS: Array<[string, RegExp]> = [
  ['openai-style key', /\bsk-[A-Za-z0-9_-]{16,}/],
  ['jwt', /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/],
  ['bearer token', /\bBearer\s+[A-Za-z0-9._~+/-]{16,}/i],
  ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
];

/** A reply that talks about its own instructions is leaking them, even in paraphrase. */
const INSTRUCTION_TALK =
  /\b(?:system prompt|my (?:instructions|programming|guidelines|system message)|I (?:was|am|have been) (?:instructed|told|programmed) to|(?:the|my) rules I (?:follow|was given)|approved reply|as an? (?:AI|language model)\b)/i;

function words(text: string): string[] {
  return normalizeText(text)
    .text.toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The last check before a reply leaves: no secret (shared secret, API keys), no prompt text and nothing
 * shaped like a credential. Secrets are also matched with separators removed and base64-encoded, so
 * "s e c r e t" or an encoded copy is caught too. A failed check means the safe reply is sent instead.
 */
export function filterOutput(reply: string, protectedValues: readonly ProtectedValue[]): OutputFilterResult {
  const leaks: OutputLeak[] = [];
  const normalized = normalizeText(reply).text;
  const compact = normalized.replace(/[\s._-]/g, '').toLowerCase();
  const replyWords = ` ${words(reply).join(' ')} `;
  for (const { label, value, kind } of protectedValues) {
    if (value.trim().length < 4) continue;
    const lower = value.toLowerCase();
    const compactValue = lower.replace(/[\s._-]/g, '');
    const encoded = Buffer.from(value).toString('base64').replace(/=+$/, '');
    let leaked =
      normalized.toLowerCase().includes(lower) ||
      (compactValue.length >= 8 && compact.includes(compactValue)) ||
      normalized.includes(encoded);
    if (!leaked && kind === 'prompt') {
      const promptWords = words(value);
      for (let i = 0; i + PROMPT_SHINGLE_WORDS <= promptWords.length && !leaked; i++) {
        leaked = replyWords.includes(` ${promptWords.slice(i, i + PROMPT_SHINGLE_WORDS).join(' ')} `);
      }
    }
    if (leaked) leaks.push({ kind, label });
  }
  if (INSTRUCTION_TALK.test(normalized))
    leaks.push({ kind: 'prompt', label: 'talks about its instructions' });
  for (const [label, pattern] of CREDENTIAL_PATTERNS) {
    if (pattern.test(normalized)) leaks.push({ kind: 'credential_pattern', label });
  }
  return { ok: leaks.length === 0, leaks };
}
