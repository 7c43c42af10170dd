import { RateLimitedError, UnauthorizedError } from '../../common/errors.js';
import type { RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import type { OperatorDirectory, Operator } from './operators.js';
import type { OperatorSessions } from './operator-sessions.js';

/** Failed and successful sign-ins allowed per address and per login in a window. */
const ATTEMPTS = 10;
const WINDOW_SECONDS = 15 * 60;

/** Checks credentials (rate-limited per address and per login) and starts a session. */
export async function signIn(
  deps: { directory: OperatorDirectory; sessions: OperatorSessions; limiter: RateLimiter },
  credentials: { login: string; password: string },
  ip: string,
): Promise<{ token: string; operator: Operator }> {
  const [byIp, byLogin] = await Promise.all([
    deps.limiter.hit(`inbox-sign-in:ip:${ip}`, ATTEMPTS, WINDOW_SECONDS),
    deps.limiter.hit(`inbox-sign-in:login:${credentials.login}`, ATTEMPTS, WINDOW_SECONDS),
  ]);
  if (!byIp.allowed || !byLogin.allowed)
    throw new RateLimitedError('Too many sign-in attempts. Wait a few minutes.');
  const operator = await deps.directory.authenticate(credentials.login, credentials.password);
  if (!operator) throw new UnauthorizedError('Wrong login or password.');
  return { token: await deps.sessions.start(operator), operator };
}
