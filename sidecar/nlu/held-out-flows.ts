import { z } from 'zod';
import { loadJsonLines } from './held-out.js';
import { analyse, type NluModel } from './understand.js';
import { intentSchema, type Understanding } from './types.js';

/**
 * The flow readings' held-out set (evals/nlu/held-out-flows.jsonl): what the flows' command generator
 * reads from an `Understanding` besides the intent — a change of mind, a hesitation, a greeting before a
 * request, the requests of a multi-request message with their words, item mentions, order references
 * and corrections. Written before the training data for them; never trained or tuned on.
 */
export const FLOW_READING_KINDS = [
  'deny',
  'hesitation',
  'affirm',
  'greeting_request',
  'multi',
  'single',
  'items',
  'order',
  'correction',
] as const;

const itemSchema = z.object({
  quantifier: z.enum(['unspecified', 'count', 'all', 'only', 'except']),
  phrase: z.string().optional(),
  quantity: z.number().optional(),
  outOf: z.number().optional(),
});

export const flowReadingSchema = z.object({
  kind: z.enum(FLOW_READING_KINDS),
  text: z.string().min(1),
  lang: z.enum(['en', 'fr']),
  context: z.object({ awaiting: z.enum(['confirmation']).optional() }).optional(),
  intent: intentSchema.optional(),
  notIntent: z.array(intentSchema).optional(),
  /** Requests in order: [intent or "*", a word that must be in that request's text]. */
  requests: z.array(z.tuple([z.union([intentSchema, z.literal('*')]), z.string()])).optional(),
  /** Item mentions in order (phrase: the head word the mention must contain; absent = none named). */
  items: z.array(itemSchema).optional(),
  /** The clue that names the order. */
  order: z.enum(['date', 'number', 'product', 'recency']).optional(),
  correction: z.boolean().optional(),
});
export type FlowReading = z.infer<typeof flowReadingSchema>;

export function loadFlowReadings(path: string): FlowReading[] {
  return loadJsonLines(path, flowReadingSchema);
}

/** Whether one reading is right, and what was read instead. */
export function checkFlowReading(u: Understanding, r: FlowReading): { ok: boolean; read: string } {
  const problems: string[] = [];
  if (r.intent && u.intent !== r.intent) problems.push(`intent ${u.intent}`);
  if (r.notIntent?.includes(u.intent)) problems.push(`intent ${u.intent}`);
  if (r.requests) {
    const got = u.requests;
    const fits =
      got.length === r.requests.length &&
      r.requests.every(
        ([intent, word], i) =>
          (intent === '*' || got[i]?.intent === intent) &&
          (got[i]?.text.toLowerCase().includes(word.toLowerCase()) ?? false),
      );
    if (!fits) problems.push(`requests ${got.map((g) => `${g.intent} "${g.text}"`).join(' + ')}`);
  }
  if (r.items) {
    const got = u.entities.itemMentions;
    const fits =
      got.length === r.items.length &&
      r.items.every((want, i) => {
        const m = got[i];
        if (!m || m.quantifier !== want.quantifier) return false;
        if (want.quantity !== undefined && m.quantity !== want.quantity) return false;
        if (want.outOf !== undefined && m.outOf !== want.outOf) return false;
        return want.phrase === undefined || (m.phrase ?? '').includes(want.phrase);
      });
    if (!fits)
      problems.push(
        `items ${got.map((m) => `${m.quantifier}:${m.phrase ?? '∅'}:${m.quantity ?? ''}/${m.outOf ?? ''}`).join(', ') || 'none'}`,
      );
  }
  if (r.order) {
    const e = u.entities;
    const clue =
      r.order === 'date'
        ? e.dates.length > 0
        : r.order === 'number'
          ? e.orderReferences.length > 0 || e.orderNumbers.length > 0
          : r.order === 'recency'
            ? e.orderRecency !== undefined
            : e.itemMentions.some((m) => m.phrase !== null) || e.products.length > 0;
    if (!clue) problems.push(`no ${r.order} clue`);
  }
  if (r.correction !== undefined && u.flags.correction !== r.correction)
    problems.push(`correction ${u.flags.correction}`);
  return { ok: problems.length === 0, read: problems.join('; ') };
}

export interface FlowReadingReport {
  kind: (typeof FLOW_READING_KINDS)[number];
  total: number;
  correct: number;
  failures: Array<{ text: string; read: string }>;
}

/** Scores every kind of flow reading on the set. */
export function evaluateFlowReadings(model: NluModel, readings: readonly FlowReading[]): FlowReadingReport[] {
  return FLOW_READING_KINDS.map((kind) => {
    const own = readings.filter((r) => r.kind === kind);
    const failures: FlowReadingReport['failures'] = [];
    for (const r of own) {
      const u = analyse(model, r.text, {
        storeLanguage: r.lang,
        ...(r.context?.awaiting ? { awaiting: r.context.awaiting } : {}),
      });
      const check = checkFlowReading(u, r);
      if (!check.ok) failures.push({ text: r.text, read: check.read });
    }
    return { kind, total: own.length, correct: own.length - failures.length, failures };
  }).filter((r) => r.total > 0);
}
