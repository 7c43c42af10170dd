import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { demoCatalog } from '../../../evals/nlu/demo-catalog.js';
import { analyse, buildNluModel } from '../../../sidecar/nlu/understand.js';
import { intentSchema, type Intent } from '../../../sidecar/nlu/types.js';
import { FIXED_NOW, loadUtterances } from './support.js';

// Phrasings written on 2026-12-07 before the world's out-of-scope lines (HWU64 sample, French lines) and
// the escalation lines were added to the training set, and kept apart from it: the world's questions
// (some in shop words: "return on investment", "order of operations"), asking for a person and
// complaining in many registers, and shop questions that must stay the shop's.
const phrasingSchema = z.object({
  text: z.string(),
  lang: z.enum(['en', 'fr']),
  expect: z.enum(['out_of_scope', 'escalation', 'in_scope']),
  intent: intentSchema.optional(),
});
const phrasings = readFileSync(
  fileURLToPath(new URL('../../fixtures/nlu/scope-and-escalation-phrasings.jsonl', import.meta.url)),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => phrasingSchema.parse(JSON.parse(line)));

const { lexicon, categories } = demoCatalog();
const model = buildNluModel({ examples: loadUtterances(), lexicon, categories, now: () => FIXED_NOW });
const intentOf = (text: string): Intent => analyse(model, text).intent;
const ESCALATIONS: readonly Intent[] = ['human_agent', 'complaint'];
const of = (expect: string) =>
  phrasings.filter((p) => p.expect === expect).map((p) => [p.lang, p.text, p.intent]);

describe('phrasings written apart from the training set', () => {
  it('none of them is a training line', () => {
    const training = new Set(loadUtterances().map((u) => u.text.toLowerCase()));
    expect(phrasings.filter((p) => training.has(p.text.toLowerCase()))).toEqual([]);
  });

  it.each(of('out_of_scope'))('%s: %j is out of scope', (_lang, text) => {
    expect(intentOf(text as string)).toBe<Intent>('out_of_scope');
  });

  it.each(of('escalation'))('%s: %j hands off to a person', (_lang, text) => {
    expect(ESCALATIONS).toContain(intentOf(text as string));
  });

  it.each(of('in_scope'))('%s: %j stays the shop’s (%s)', (_lang, text, intent) => {
    const read = intentOf(text as string);
    if (intent) expect(read).toBe(intent);
    else expect([...ESCALATIONS, 'out_of_scope']).not.toContain(read);
  });
});
