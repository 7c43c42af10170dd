import { createHash, timingSafeEqual } from 'node:crypto';
import { verifyPassword } from './operator-passwords.js';

export type OperatorRole = 'agent' | 'admin';

/** Someone signed in to the inbox. */
export interface Operator {
  login: string;
  role: OperatorRole;
  /** How the inbox names them, and how the customer is told who answers. */
  displayName: string;
}

interface OperatorEntry extends Operator {
  passwordHash: string;
}

/** The login the operator API key signs in as (admin), e.g. before any INBOX_OPERATORS exist. */
export const OPERATOR_KEY_LOGIN = 'operator';

/**
 * The inbox's operators: INBOX_OPERATORS entries (`login:role:scrypt-hash[:Display name]`, already
 * validated by the config schema) plus the operator API key, which signs in as `operator` (admin).
 */
export class OperatorDirectory {
  private readonly entries: Map<string, OperatorEntry>;
  private readonly operatorKeyDigest: Buffer;

  constructor(spec: string | undefined, operatorKey: string) {
    this.entries = new Map(
      (spec ? spec.split(',') : []).map((line) => {
        const [login, role, passwordHash, displayName] = line.split(':') as [
          string,
          OperatorRole,
          string,
          string?,
        ];
        return [login, { login, role, passwordHash, displayName: displayName?.trim() || login }];
      }),
    );
    this.operatorKeyDigest = digest(operatorKey);
  }

  /** The operator these credentials belong to, or null (never says which part was wrong). */
  async authenticate(login: string, password: string): Promise<Operator | null> {
    if (login === OPERATOR_KEY_LOGIN && !this.entries.has(login)) {
      return timingSafeEqual(digest(password), this.operatorKeyDigest)
        ? { login, role: 'admin', displayName: 'Operator' }
        : null;
    }
    const entry = this.entries.get(login);
    if (!entry) return null;
    if (!(await verifyPassword(password, entry.passwordHash))) return null;
    return { login: entry.login, role: entry.role, displayName: entry.displayName };
  }

  /** The operator behind a live session's login (the directory may have changed since sign-in). */
  find(login: string): Operator | null {
    if (login === OPERATOR_KEY_LOGIN && !this.entries.has(login))
      return { login, role: 'admin', displayName: 'Operator' };
    const entry = this.entries.get(login);
    return entry ? { login: entry.login, role: entry.role, displayName: entry.displayName } : null;
  }
}

/** Fixed-length digests, so a timing-safe comparison never depends on the presented length. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
