/**
 * Action eval: every labelled case in test/fixtures/actions/cases.jsonl through the authorization engine.
 * Prints unauthorized-authorization rate, false-denial rate and net dollar impact; exits 1 on any
 * unauthorized approval or false denial. `--json` prints the full report.
 */
import { runActionEval } from '../test/fixtures/actions/run-action-eval.js';

const report = runActionEval();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (n: number): string => `${(n * 100).toFixed(2)} %`;
  console.log(`action eval — ${report.cases} cases (node ${process.version})`);
  console.log(
    `  unauthorized authorizations: ${report.unauthorized} (${pct(report.unauthorizedRate)} of cases that must not be approved)`,
  );
  console.log(
    `  false denials:               ${report.falseDenials} (${pct(report.falseDenialRate)} of cases that must not be denied)`,
  );
  console.log(`  exact verdict matches:       ${report.exactMatches}/${report.cases}`);
  for (const [verdict, n] of Object.entries(report.byVerdict)) {
    console.log(
      `  ${verdict.padEnd(15)} expected ${String(n.expected).padStart(3)}  actual ${String(n.actual).padStart(3)}`,
    );
  }
  for (const [currency, d] of Object.entries(report.dollars)) {
    console.log(
      `  ${currency}: approved automatically ${d.approved.toFixed(2)}, over-paid ${d.overpaid.toFixed(2)}, withheld ${d.withheld.toFixed(2)}, net ${d.net.toFixed(2)}`,
    );
  }
  for (const o of report.outcomes.filter((x) => !x.exact)) {
    console.log(
      `  MISMATCH ${o.id} [${o.tags.join(',')}] expected ${o.expected} ${o.expectedAmount} got ${o.actual} ${o.actualAmount}: ${o.reasons.join(' | ')}`,
    );
  }
}
process.exitCode = report.unauthorized === 0 && report.falseDenials === 0 ? 0 : 1;
