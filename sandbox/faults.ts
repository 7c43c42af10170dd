import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { ConfigError, formatIssuePath } from '../common/errors.js';

/**
 * Fault knobs for tests and benchmarks: added latency and injected failures per route pattern,
 * with a probability or for the next N matching requests.
 */
export const faultRuleSchema = z
  .object({
    /** Path glob matched against the request path; `*` matches anything, e.g. `/rest/*\/V1/products*`. */
    route: z.string().min(1),
    /** HTTP method to match; absent = any. */
    method: z.string().min(1).optional(),
    /** `latency` delays then answers normally; `error` answers `status`; `timeout` never answers; `malformed` sends broken JSON. */
    kind: z.enum(['latency', 'error', 'timeout', 'malformed']),
    /** Delay before the outcome, in milliseconds. @default 0 */
    latency_ms: z.number().int().min(0).default(0),
    /** Status of an `error` fault. @default 503 */
    status: z.number().int().min(400).max(599).default(503),
    /** Chance (0–1) that a matching request is hit. @default 1 */
    probability: z.number().min(0).max(1).default(1),
    /** Hit only the next N matching requests, then the rule expires; absent = until removed. */
    count: z.number().int().min(1).optional(),
  })
  .strict();
export type FaultRuleInput = z.input<typeof faultRuleSchema>;
export type FaultRule = z.output<typeof faultRuleSchema> & { id: number };

export class FaultKnobs {
  private rules: FaultRule[] = [];
  private nextId = 1;
  /** Requests held open by `timeout` faults, released when the server closes. */
  readonly held = new Set<Response>();

  constructor(private readonly random: () => number = Math.random) {}

  add(input: FaultRuleInput): FaultRule {
    const rule: FaultRule = { ...faultRuleSchema.parse(input), id: this.nextId++ };
    this.rules.push(rule);
    return rule;
  }

  remove(id?: number): void {
    this.rules = id === undefined ? [] : this.rules.filter((r) => r.id !== id);
  }

  list(): readonly FaultRule[] {
    return this.rules;
  }

  /** The rule that hits this request, if any (consumes one of its `count`). */
  take(method: string, path: string): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!globToRegExp(rule.route).test(path)) continue;
      if (this.random() >= rule.probability) continue;
      if (rule.count !== undefined) {
        rule.count -= 1;
        if (rule.count <= 0) this.rules = this.rules.filter((r) => r !== rule);
      }
      return rule;
    }
    return undefined;
  }

  /** Express middleware applying the knobs to every request except the `/__sandbox` control routes. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (req.path.startsWith('/__sandbox')) return next();
      const rule = this.take(req.method, req.path);
      if (!rule) return next();
      const outcome = () => {
        if (rule.kind === 'latency') return next();
        if (rule.kind === 'timeout') {
          this.held.add(res);
          res.on('close', () => this.held.delete(res));
          return;
        }
        if (rule.kind === 'malformed') {
          res.status(200).type('application/json').send('{"items":[{"sku":"broken"');
          return;
        }
        res.status(rule.status).json({
          message: `Internal Error. Details are available in Magento log file. Report ID: webapi-sandbox-${rule.id}`,
        });
      };
      if (rule.latency_ms > 0) setTimeout(outcome, rule.latency_ms);
      else outcome();
    };
  }
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

/** Parses `SANDBOX_FAULTS` (a JSON array of rules); a bad value stops start-up naming the variable. */
export function parseFaultsEnv(value: string | undefined): FaultRuleInput[] {
  if (value === undefined || value.trim() === '') return [];
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    throw new ConfigError('SANDBOX_FAULTS must be a JSON array of fault rules (see docs/sandbox.md).');
  }
  const parsed = z.array(faultRuleSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `SANDBOX_FAULTS: ${issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : 'invalid'} (see docs/sandbox.md).`,
    );
  }
  return parsed.data;
}
