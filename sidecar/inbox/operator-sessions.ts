import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RecordStore } from '../../common/record-store/record-store.js';
import type { Operator, OperatorDirectory } from './operators.js';

/** The inbox's session cookie: HttpOnly, SameSite=Strict, Secure over HTTPS; its value is a random token. */
export const SESSION_COOKIE = 'verity_inbox';

export interface OperatorSession {
  operator: Operator;
  /** Ties the inbox's forms to this session (sent back in a hidden field / header). */
  csrfToken: string;
}

/**
 * Inbox sign-in sessions in the record store (`operator_sessions`), so any sidecar process serves a
 * signed-in operator and a restart signs nobody out. Only a sha256 of the token is stored.
 */
export class OperatorSessions {
  constructor(
    private readonly db: RecordStore,
    private readonly directory: OperatorDirectory,
    private readonly ttlHours: number,
    /** Keys the CSRF tokens (HMAC of the session token). */
    private readonly secret: string,
  ) {}

  /** Starts a session; returns the cookie value. */
  async start(operator: Operator): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db.query(
      `INSERT INTO operator_sessions (token_hash, login, role, expires_at)
       VALUES ($1, $2, $3, now() + ($4::int * interval '1 hour'))`,
      [hashToken(token), operator.login, operator.role, this.ttlHours],
    );
    await this.db.query(`DELETE FROM operator_sessions WHERE expires_at < now()`);
    return token;
  }

  /** The session behind a cookie value, or null when unknown, expired or its operator was removed. */
  async find(token: string | undefined): Promise<OperatorSession | null> {
    if (!token) return null;
    const { rows } = await this.db.query<{ login: string }>(
      `SELECT login FROM operator_sessions WHERE token_hash = $1 AND expires_at > now()`,
      [hashToken(token)],
    );
    const operator = rows[0] ? this.directory.find(rows[0].login) : null;
    return operator ? { operator, csrfToken: this.csrfToken(token) } : null;
  }

  async end(token: string | undefined): Promise<void> {
    if (token) await this.db.query(`DELETE FROM operator_sessions WHERE token_hash = $1`, [hashToken(token)]);
  }

  /** Whether a presented CSRF token belongs to this session token. */
  csrfMatches(token: string, presented: string | undefined): boolean {
    const expected = Buffer.from(this.csrfToken(token));
    const actual = Buffer.from(presented ?? '');
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  private csrfToken(token: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${token}`).digest('base64url');
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
