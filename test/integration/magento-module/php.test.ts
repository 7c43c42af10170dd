import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The Magento module's own checks, run from the project's test suite: `php -l` on every PHP file,
 * PHPUnit (no Magento install needed: Test/Stub), and the XML files against Magento's XSDs. Each part
 * runs when its tool is installed; in CI (`CI` set) php and phpunit are required.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const moduleDir = path.join(root, 'magento-module');
const xsdValidator = path.resolve(root, '../shared/reference/magento/xsd/validate-xml.sh');
const inCi = Boolean(process.env.CI);
const runFile = promisify(execFile);

function available(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

const hasPhp = available('php', ['-v']);
const hasPhpunit = available('phpunit', ['--version']);
const hasXmllint = available('xmllint', ['--version']);

function phpFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'vendor' ? [] : phpFiles(full);
    return /\.(php|phtml)$/.test(entry.name) ? [full] : [];
  });
}

describe('Magento module (PHP)', () => {
  it('has php and phpunit in CI', () => {
    if (!inCi) return;
    expect(hasPhp, 'php is required in CI (apt-get install -y php-cli php-xml php-mbstring)').toBe(true);
    expect(hasPhpunit, 'phpunit is required in CI (apt-get install -y phpunit)').toBe(true);
  });

  it.skipIf(!hasPhp)(
    'every PHP file passes php -l',
    async () => {
      const files = phpFiles(moduleDir);
      expect(files.length).toBeGreaterThan(40);
      const failures: string[] = [];
      // A few lints at a time: each is a short process, and starting them one by one dominates the run.
      const queue = [...files];
      const lintNext = async (): Promise<void> => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          // -n: no php.ini, so no extensions load; linting needs none.
          await runFile('php', ['-n', '-l', file]).catch((error: { stdout?: string; stderr?: string }) => {
            failures.push(`${path.relative(root, file)}: ${error.stdout ?? ''}${error.stderr ?? ''}`.trim());
          });
        }
      };
      await Promise.all(Array.from({ length: 4 }, lintNext));
      expect(failures).toEqual([]);
    },
    120_000,
  );

  it.skipIf(!hasPhp || !hasPhpunit)(
    'PHPUnit passes without a Magento install',
    () => {
      const result = spawnSync(
        'phpunit',
        ['-c', path.join(moduleDir, 'phpunit.xml.dist'), '--colors=never'],
        {
          cwd: moduleDir,
          encoding: 'utf8',
        },
      );
      const output = `${result.stdout}${result.stderr}`;
      expect(result.status, output).toBe(0);
      expect(output).toMatch(/OK \(\d+ tests?, \d+ assertions?\)/);
    },
    60_000,
  );

  it.skipIf(!hasXmllint || !existsSync(xsdValidator))(
    "every XML file is valid against Magento's XSDs",
    () => {
      const result = spawnSync(
        'bash',
        [xsdValidator, path.join(moduleDir, 'etc'), path.join(moduleDir, 'view')],
        { encoding: 'utf8' },
      );
      const output = `${result.stdout}${result.stderr}`;
      expect(result.status, output).toBe(0);
      expect(output).toMatch(/\d+ passed, 0 failed/);
    },
  );
});
