import type { z } from 'zod';
import { MagentoResponseError, formatIssuePath } from '../errors.js';
import type { MagentoItemProblem } from './magento-client.js';

/** Reads the natural key of a raw list item (SKU, increment id, identifier) for error messages. */
export type KeyOf = (raw: unknown, index: number) => string;

/** A `KeyOf` that reads one string/number field, falling back to `#index`. */
export function keyField(field: string): KeyOf {
  return (raw, index) => {
    if (raw !== null && typeof raw === 'object' && field in raw) {
      const value = (raw as Record<string, unknown>)[field];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
    return `#${index}`;
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return issue.message;
}

function firstProblem(entity: string, key: string, error: z.ZodError): MagentoItemProblem {
  const issue = error.issues[0];
  const field = issue ? formatIssuePath(issue.path) : '(root)';
  const detail = issue ? describeIssue(issue) : 'invalid';
  return { entity, key, field, message: `${entity} ${key}: ${field}: ${detail}` };
}

/** Validates one entity; a misfit throws `MagentoResponseError` naming the entity, its key and the field. */
export function parseEntity<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  entity: string,
  key: string,
): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problem = firstProblem(entity, key, parsed.error);
  throw new MagentoResponseError(problem.message, { entity, key, field: problem.field });
}

/** Validates list items one by one: good ones are kept, bad ones become problems (never an exception). */
export function parseItems<S extends z.ZodType>(
  schema: S,
  raws: readonly unknown[],
  entity: string,
  keyOf: KeyOf,
): { items: z.output<S>[]; problems: MagentoItemProblem[] } {
  const items: z.output<S>[] = [];
  const problems: MagentoItemProblem[] = [];
  raws.forEach((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) items.push(parsed.data);
    else problems.push(firstProblem(entity, keyOf(raw, index), parsed.error));
  });
  return { items, problems };
}
