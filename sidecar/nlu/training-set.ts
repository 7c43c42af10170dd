import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { ValidationError, formatIssuePath } from '../../common/errors.js';
import { labeledUtteranceSchema, type LabeledUtterance } from './types.js';

/** The labeled training utterances; the NLU is measured on the separate held-out set (held-out.ts). */
export const TRAINING_SET = fileURLToPath(new URL('./training/utterances.jsonl', import.meta.url));

/** Parses a JSONL file of labeled utterances; every line is validated, errors name the line. */
export function parseLabeledUtterances(jsonl: string, source = 'utterances'): LabeledUtterance[] {
  const out: LabeledUtterance[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (cause) {
      throw new ValidationError(`${source}:${i + 1}: not JSON (${(cause as Error).message})`);
    }
    const parsed = labeledUtteranceSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(
        `${source}:${i + 1}: ${issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : 'invalid'}`,
      );
    }
    out.push(parsed.data);
  });
  return out;
}

export function loadLabeledUtterances(path: string): LabeledUtterance[] {
  return parseLabeledUtterances(readFileSync(path, 'utf8'), path);
}
