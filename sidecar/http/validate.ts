import type { z } from 'zod';
import { ValidationError, formatIssuePath } from '../../common/errors.js';

/** Parses untrusted input; a mismatch becomes a 400 that names every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
  throw new ValidationError(`Invalid ${what}: ${problems.join('; ')}`, { issues: problems });
}
