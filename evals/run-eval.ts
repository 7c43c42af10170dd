import { readFile } from 'node:fs/promises';
import { ValidationError, formatIssuePath } from '../common/errors.js';
import type { Channel } from '../common/magento/verity-config.js';
import type { ProtectedValue } from '../sidecar/safety/filter-output.js';
import { chatReplySchema, evalCaseSchema, type EvalCase } from './eval-case.js';
import { buildReport, thresholdsSchema, type EvalReport, type Thresholds } from './eval-report.js';
import { scoreTurn, type ScoreContext, type TurnScore } from './score-turn.js';

/** One chat request as the harness sends it; `channel` rides along for sidecars that take it per request. */
export interface EvalChatRequest {
  sessionId?: string;
  message: string;
  store: string;
  channel: Channel;
}

/** Sends one message and returns the parsed JSON answer: a running sidecar over HTTP, or the app in process. */
export type ChatTarget = (request: EvalChatRequest, bearerToken: string | null) => Promise<unknown>;

export interface RunEvalOptions {
  thresholds?: Thresholds;
  /** Mints a customer token for cases with a logged-in customer. Cases with a customer fail without it. */
  tokenFor?: (customer: NonNullable<EvalCase['customer']>, store: string) => Promise<string>;
  protectedValues?: readonly ProtectedValue[];
  /** @default a policy citation must name a rule id of the gold set; other citations need an id */
  resolveCitation?: ScoreContext['resolveCitation'];
  /** Cases run at once (turns of one case are always sequential). @default 4 */
  concurrency?: number;
}

/** `POST {baseUrl}/api/chat/message` with an optional bearer token. */
export function httpTarget(baseUrl: string): ChatTarget {
  const url = new URL('/api/chat/message', baseUrl).toString();
  return async (request, token) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(request),
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body)}`);
    return body;
  };
}

/** Reads a JSONL gold file; a malformed line is named with its line number and field. */
export async function readEvalCases(file: string): Promise<EvalCase[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const cases: EvalCase[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = evalCaseSchema.safeParse(JSON.parse(line));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(
        `${file}:${i + 1}: ${formatIssuePath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}`,
      );
    }
    cases.push(parsed.data);
  });
  return cases;
}

export async function loadThresholds(
  file = new URL('./thresholds.json', import.meta.url),
): Promise<Thresholds> {
  return thresholdsSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

/**
 * Runs every conversation of a gold file against a chat target and scores it: policy accuracy,
 * hallucinated-claim rate, citation validity, escalation precision/recall, injection bypass rate,
 * intent and action accuracy, each failing turn, and whether the thresholds hold.
 */
export async function runEval(
  file: string,
  target: ChatTarget | string,
  options: RunEvalOptions = {},
): Promise<EvalReport> {
  const cases = await readEvalCases(file);
  return runEvalCases(cases, typeof target === 'string' ? httpTarget(target) : target, options);
}

export async function runEvalCases(
  cases: readonly EvalCase[],
  target: ChatTarget,
  options: RunEvalOptions = {},
): Promise<EvalReport> {
  const thresholds = options.thresholds ?? (await loadThresholds());
  const knownRules = new Set(cases.flatMap((c) => c.facts.policies.map((p) => p.ruleId)));
  const context: ScoreContext = {
    protectedValues: options.protectedValues ?? [],
    resolveCitation:
      options.resolveCitation ??
      ((citation) =>
        citation.source === 'policy' ? knownRules.has(citation.id) : citation.id.trim() !== ''),
  };
  const scores: TurnScore[][] = cases.map(() => []);
  const errors: EvalReport['errors'] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const index = next++;
      const evalCase = cases[index] as EvalCase;
      try {
        scores[index] = await runCase(evalCase, target, context, options);
      } catch (error) {
        errors.push({ caseId: evalCase.id, message: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return buildReport(scores.flat(), cases.length, thresholds, errors);
}

async function runCase(
  evalCase: EvalCase,
  target: ChatTarget,
  context: ScoreContext,
  options: RunEvalOptions,
): Promise<TurnScore[]> {
  let token: string | null = null;
  if (evalCase.customer !== null) {
    if (options.tokenFor === undefined) throw new Error('case has a customer but no tokenFor was given');
    token = await options.tokenFor(evalCase.customer, evalCase.store);
  }
  const out: TurnScore[] = [];
  let sessionId: string | undefined;
  for (const [i, turn] of evalCase.turns.entries()) {
    const raw = await target(
      {
        ...(sessionId === undefined ? {} : { sessionId }),
        message: turn.message,
        store: evalCase.store,
        channel: evalCase.channel,
      },
      token,
    );
    const reply = chatReplySchema.safeParse(raw);
    if (!reply.success) {
      const issue = reply.error.issues[0];
      throw new Error(
        `turn ${i}: reply does not fit the chat contract at ${formatIssuePath(issue?.path ?? [])}: ${issue?.message ?? ''}`,
      );
    }
    sessionId = reply.data.sessionId;
    out.push(scoreTurn(evalCase, i, turn.expect, reply.data, context));
  }
  return out;
}
