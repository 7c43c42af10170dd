import { signCustomerToken } from '../common/identity/sign-customer-token.js';
import { formatReport } from './eval-report.js';
import { runEval } from './run-eval.js';

/**
 * `npm run eval [-- file.jsonl …]`: runs the gold sets against a running sidecar (VERITY_EVAL_URL,
 * default http://127.0.0.1:3000) and exits 1 when a threshold in evals/thresholds.json is missed.
 * Customer cases need VERITY_SHARED_SECRET to mint their tokens.
 */
const DEFAULT_FILES = [
  'evals/gold/policy.jsonl',
  'evals/gold/adversarial.jsonl',
  'evals/gold/escalation.jsonl',
];
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_FILES;
const url = process.env.VERITY_EVAL_URL ?? 'http://127.0.0.1:3000';
const secret = process.env.VERITY_SHARED_SECRET;
const protectedValues = [
  ...(secret === undefined
    ? []
    : [{ label: 'VERITY_SHARED_SECRET', value: secret, kind: 'secret' as const }]),
  ...(process.env.OPENAI_API_KEY === undefined
    ? []
    : [{ label: 'OPENAI_API_KEY', value: process.env.OPENAI_API_KEY, kind: 'secret' as const }]),
];

let failed = false;
for (const file of files) {
  const report = await runEval(file, url, {
    protectedValues,
    ...(secret === undefined
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
              secret,
            );
          },
        }),
  });
  console.log(`== ${file}\n${formatReport(report)}\n`);
  failed ||= !report.passed;
}
process.exitCode = failed ? 1 : 0;
