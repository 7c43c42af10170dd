import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ValidationError } from '../../common/errors.js';
import { analyse, type NluModel } from './understand.js';
import { intentSchema, type Intent } from './types.js';

/**
 * The held-out set (evals/nlu/held-out-fifth.jsonl): messages written apart from the training data, in every
 * register, with messages in languages the NLU does not read. Never trained or tuned on.
 */
export const heldOutUtteranceSchema = z.object({
  text: z.string().min(1),
  intent: intentSchema,
  /** ISO 639-1 code of the language it is written in (`en`, `fr`, or one the NLU does not read). */
  lang: z.string().regex(/^[a-z]{2}$/),
  /** Other requests the message makes, for multi-request messages. */
  secondary: z.array(intentSchema).optional(),
});
export type HeldOutUtterance = z.infer<typeof heldOutUtteranceSchema>;

export function loadHeldOut(path: string): HeldOutUtterance[] {
  return loadJsonLines(path, heldOutUtteranceSchema);
}

/** One object a line, each checked against `schema`; an invalid line throws with its line number. */
export function loadJsonLines<T>(path: string, schema: z.ZodType<T>): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (line.trim() === '') return [];
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new ValidationError(`${path}:${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return [parsed.data];
    });
}

/** Intents that hand the conversation to a person. */
const ESCALATIONS = new Set<Intent>(['human_agent', 'complaint']);
/** What a message in a language the store does not serve may start: a greeting back, or the languages reply. */
const HARMLESS = new Set<Intent>(['greeting', 'thanks', 'goodbye', 'out_of_scope']);

export interface HeldOutLanguageReport {
  lang: string;
  total: number;
  correct: number;
  accuracy: number;
  /** Out-of-scope messages recognised as such. */
  outOfScope: { recognised: number; total: number };
  /** In-scope messages called out of scope. */
  inScopeCalledOutOfScope: { count: number; total: number };
  /** Messages asking for a person or complaining that hand off (human_agent or complaint). */
  escalation: { recalled: number; total: number };
  /** Second requests of multi-request messages found in `secondaryIntents` (or as the intent). */
  secondary: { found: number; total: number };
  confusions: Array<{ expected: Intent; predicted: Intent; count: number; example: string }>;
}

export interface HeldOutReport {
  languages: HeldOutLanguageReport[];
  /** Messages in languages the NLU does not read. */
  unsupported: { total: number; startedAFlow: number; examples: string[] };
}

/** Scores the model on the held-out set: per language the NLU reads, and the other languages together. */
export function evaluateHeldOut(model: NluModel, utterances: readonly HeldOutUtterance[]): HeldOutReport {
  const own = new Map<string, HeldOutUtterance[]>();
  const unsupported: HeldOutReport['unsupported'] = { total: 0, startedAFlow: 0, examples: [] };
  for (const u of utterances) {
    if (u.lang === 'en' || u.lang === 'fr') own.set(u.lang, [...(own.get(u.lang) ?? []), u]);
    else {
      unsupported.total++;
      const p = analyse(model, u.text);
      if (!HARMLESS.has(p.intent) && p.language.served) {
        unsupported.startedAFlow++;
        unsupported.examples.push(`${u.text} → ${p.intent}`);
      }
    }
  }
  const languages = [...own].map(([lang, list]): HeldOutLanguageReport => {
    const r: HeldOutLanguageReport = {
      lang,
      total: list.length,
      correct: 0,
      accuracy: 0,
      outOfScope: { recognised: 0, total: 0 },
      inScopeCalledOutOfScope: { count: 0, total: 0 },
      escalation: { recalled: 0, total: 0 },
      secondary: { found: 0, total: 0 },
      confusions: [],
    };
    const confusions = new Map<string, HeldOutLanguageReport['confusions'][number]>();
    for (const u of list) {
      const p = analyse(model, u.text);
      if (p.intent === u.intent) r.correct++;
      else {
        const key = `${u.intent}>${p.intent}`;
        const c = confusions.get(key) ?? {
          expected: u.intent,
          predicted: p.intent,
          count: 0,
          example: u.text,
        };
        c.count++;
        confusions.set(key, c);
      }
      if (u.intent === 'out_of_scope') {
        r.outOfScope.total++;
        if (p.intent === 'out_of_scope') r.outOfScope.recognised++;
      } else {
        r.inScopeCalledOutOfScope.total++;
        if (p.intent === 'out_of_scope') r.inScopeCalledOutOfScope.count++;
      }
      if (ESCALATIONS.has(u.intent)) {
        r.escalation.total++;
        if (ESCALATIONS.has(p.intent)) r.escalation.recalled++;
      }
      for (const s of u.secondary ?? []) {
        r.secondary.total++;
        if (p.intent === s || p.secondaryIntents.some((x) => x.intent === s)) r.secondary.found++;
      }
    }
    r.accuracy = r.correct / Math.max(r.total, 1);
    r.confusions = [...confusions.values()].sort(
      (a, b) => b.count - a.count || a.expected.localeCompare(b.expected),
    );
    return r;
  });
  return { languages, unsupported };
}
