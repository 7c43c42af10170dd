import type { Command } from 'commander';
import { signCustomerToken } from '../common/identity/sign-customer-token.js';
import type { ProtectedValue } from '../sidecar/safety/filter-output.js';
import { formatReport } from './eval-report.js';
import { runEval, type ChatTarget } from './run-eval.js';

/** The gold sets `npm run eval` and `verity eval` run when no file is named. */
export const DEFAULT_EVAL_FILES = [
  'evals/gold/policy.jsonl',
  'evals/gold/policy-paraphrases.jsonl',
  'evals/gold/adversarial.jsonl',
  'evals/gold/escalation.jsonl',
];

/**
 * Settings every throw-away instance an eval runs against needs: the harness sends hundreds of
 * conversations from one loopback address (and its logged-in cases as a handful of customers) within
 * seconds, which the production rate limits (RATE_LIMIT_PER_ADDRESS 60, RATE_LIMIT_PER_SESSION 20 per
 * minute) rightly refuse with 429. Only for an instance the eval starts and throws away; a sidecar run
 * with `--url` keeps its own limits (start it with these to evaluate it).
 */
export const EVAL_INSTANCE_SETTINGS: Readonly<Record<string, string>> = {
  RATE_LIMIT_PER_ADDRESS: '1000000',
  RATE_LIMIT_PER_SESSION: '1000000',
  // The task suite's customers act on their orders again and again, from one address.
  ACTION_LIMIT_PER_CUSTOMER: '1000000',
  ACTION_LIMIT_PER_ADDRESS: '1000000',
  GUEST_VERIFICATION_LIMIT_PER_ADDRESS: '1000000',
};

export interface EvalFilesOptions {
  /** A running sidecar's base URL, or an in-process target. */
  target: ChatTarget | string;
  /** Signs customer tokens for logged-in cases; unset = those cases error out. */
  sharedSecret?: string;
  /** Secrets that must never appear in a reply (the shared secret is added automatically). */
  protectedValues?: readonly ProtectedValue[];
  write?: (text: string) => void;
}

/** Runs each file, prints its report, and returns true when every file met its thresholds. */
export async function runEvalFiles(files: readonly string[], options: EvalFilesOptions): Promise<boolean> {
  const { sharedSecret } = options;
  const write = options.write ?? ((text: string) => console.log(text));
  const protectedValues = [
    ...(options.protectedValues ?? []),
    ...(sharedSecret === undefined
      ? []
      : [{ label: 'VERITY_SHARED_SECRET', value: sharedSecret, kind: 'secret' as const }]),
  ];
  let passed = true;
  for (const file of files) {
    const report = await runEval(file, options.target, {
      protectedValues,
      ...(sharedSecret === undefined
        ? {}
        : {
            tokenFor: (customer, store) => {
              const iat = Math.floor(Date.now() / 1000);
              return signCustomerToken(
                {
                  sub: customer.id,
                  email: customer.email,
                  store,
                  website: customer.website,
                  iat,
                  exp: iat + 3600,
                },
                sharedSecret,
              );
            },
          }),
    });
    write(`== ${file}\n${formatReport(report)}\n`);
    passed &&= report.passed;
  }
  return passed;
}

/** A sidecar the eval runs against: its base URL, the secret its customer tokens are signed with, and how to stop it. */
export interface EvalInstance {
  url: string;
  /** Unset = cases with a logged-in customer error out. */
  sharedSecret?: string;
  close(): Promise<void>;
}

export interface EvalCommandOptions {
  /** Starts an instance in process (throw-away data) for runs without `--url` / `VERITY_EVAL_URL`. */
  startInProcess: () => Promise<EvalInstance>;
  env?: NodeJS.ProcessEnv;
}

/**
 * Adds `verity eval [files…] [--url <url>]` to the CLI: runs labeled conversations against an
 * instance started in process, or against a running sidecar with `--url` (or `VERITY_EVAL_URL`), and
 * exits 1 when a threshold in evals/thresholds.json is missed.
 */
export function registerEvalCommand(program: Command, options: EvalCommandOptions): void {
  const env = options.env ?? process.env;
  program
    .command('eval')
    .description(
      'Run labeled conversations (JSONL) in process or against a running sidecar (--url) and gate on evals/thresholds.json.',
    )
    .argument('[files...]', 'gold files', DEFAULT_EVAL_FILES)
    .option(
      '--url <url>',
      "a running sidecar's base URL (default: $VERITY_EVAL_URL, else one started in process)",
    )
    .action(async (files: string[], opts: { url?: string }) => {
      const url = opts.url ?? (env.VERITY_EVAL_URL || undefined);
      if (url === undefined) console.error('Starting Verity in process with a throw-away data directory…');
      const instance: EvalInstance =
        url === undefined
          ? await options.startInProcess()
          : { url, sharedSecret: env.VERITY_SHARED_SECRET, close: async () => undefined };
      try {
        const passed = await runEvalFiles(files, {
          target: instance.url,
          sharedSecret: instance.sharedSecret,
          protectedValues:
            env.OPENAI_API_KEY === undefined
              ? []
              : [{ label: 'OPENAI_API_KEY', value: env.OPENAI_API_KEY, kind: 'secret' }],
        });
        process.exitCode = passed ? 0 : 1;
      } finally {
        await instance.close();
      }
    });
}
