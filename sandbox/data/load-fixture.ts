import { readFile } from 'node:fs/promises';
import { ValidationError, formatIssuePath } from '../../common/errors.js';
import { fixtureSchema, type Fixture } from './fixture-schema.js';

/**
 * Validates fixture JSON. A bad fixture fails with the path of each bad field, e.g.
 * `products[12].custom_attributes[3].value: expected string`.
 */
export function parseFixture(raw: unknown, source = 'fixture'): Fixture {
  const result = fixtureSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 20).map((i) => `${formatIssuePath(i.path)}: ${issueText(i)}`);
  throw new ValidationError(`${source} is not a valid sandbox fixture:\n${problems.join('\n')}`, {
    problems,
  });
}

function issueText(issue: { code: string; message: string; expected?: unknown }): string {
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string')
    return `expected ${issue.expected}`;
  return issue.message;
}

/** Reads and validates `SANDBOX_FIXTURE`-style files. */
export async function loadFixtureFile(path: string): Promise<Fixture> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ValidationError(`cannot read sandbox fixture ${path}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(`sandbox fixture ${path} is not JSON: ${(error as Error).message}`);
  }
  return parseFixture(raw, path);
}
