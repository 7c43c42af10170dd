import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const validator = path.resolve('../shared/reference/magento/graphql/validate-graphql.mjs');

describe.skipIf(!existsSync(validator))('GraphQL operations against Magento 2.4.8’s schema', () => {
  it('every operation in common/ and indexer/ validates', () => {
    const result = spawnSync(process.execPath, [validator, '--quiet', 'common', 'indexer'], {
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toMatch(/[1-9]\d* OK, 0 failed/);
    expect(result.status).toBe(0);
  });
});
