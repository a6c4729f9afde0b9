/**
 * Speed, measured rather than asserted (`npm run bench`): timed assertions
 * fail on a busy machine and pass on a fast one, so tests check the
 * mechanism (work is cut into bounded slices with a pause between them) and
 * this file reports the numbers quoted in closing notes.
 */
import { test, type BenchResult } from 'vitest';
import { createDeploymentsCsvAnalyser, DEFAULT_CHARS_PER_SLICE } from '../../src/lib/dora/deployments-csv';
import { scoreQuiz } from '../../src/lib/quiz/score';
import { quizBankSchema } from '../../src/lib/quiz/schema';
import { alertPolicyEvaluation, DEFAULT_ALERT_ROWS } from '../../src/lib/slo/burn-rate/alert-policy';
import { budgetPerPeriod } from '../../src/lib/slo/calendar';
import { sloFromPercent } from '../../src/lib/slo/slo';
import bankFile from '../../src/content/quiz/bank.json';
import { analyseDeploymentsCsv } from '../unit/dora/all-at-once';
import { syntheticDeploymentsCsv } from '../unit/dora/synthetic-deployments';

const csv50k = syntheticDeploymentsCsv(50_000);
const firstSlice = csv50k.slice(0, DEFAULT_CHARS_PER_SLICE);
const slo = sloFromPercent('99.9');
const bank = quizBankSchema.parse(bankFile[0]);
const answers = Object.fromEntries(bank.items.map((item, i) => [item.id, item.kind === 'likert' ? (i % 5) + 1 : 0]));

function report(name: string, result: BenchResult): void {
  const { mean, max } = result.latency;
  console.log(`${name.padEnd(62)} mean ${mean.toFixed(3).padStart(9)} ms   max ${max.toFixed(3).padStart(9)} ms`);
}

test(`deployments CSV, 50,000 rows (${(csv50k.length / 1e6).toFixed(1)} MB)`, async ({ bench }) => {
  report('analyse the whole file (no pauses)', await bench('whole file', () => void analyseDeploymentsCsv(csv50k)).run({ iterations: 10, time: 0 }));
  report(
    `one ${DEFAULT_CHARS_PER_SLICE / 1024} KiB slice (the most the page runs between pauses)`,
    await bench('slice', () => void createDeploymentsCsvAnalyser().push(firstSlice)).run({ iterations: 50, time: 0 }),
  );
});

test('SRE and quiz arithmetic', async ({ bench }) => {
  report('error budget per period (five periods, exact)', await bench('budget', () => void budgetPerPeriod(slo, 'sre')).run());
  report('alert policy, four rows, one error rate', await bench('policy', () => void alertPolicyEvaluation(slo, 30 * 86_400, DEFAULT_ALERT_ROWS, 1)).run());
  report('score a full quiz', await bench('quiz', () => void scoreQuiz(bank, answers)).run());
});
