import type { BenchmarkYear } from '../../../lib/dora/benchmark-schema';
import { performanceLevel } from '../../../lib/dora/classify';
import type { DoraToolState } from '../../../lib/dora/dora-params';
import { quickCheckBenchmarkFor, quickCheckScores } from '../../../lib/dora/quick-check';
import { CompareYears } from './CompareYears';
import { BenchmarkTable, LevelOutput, MetricTable, Notes } from './Level';
import { ScoreSection } from './ScoreChart';

interface Props {
  years: readonly BenchmarkYear[];
  state: DoraToolState;
  embedded: boolean;
}

/**
 * Everything the tool shows about valid answers: the level and how it was
 * decided, the year's table, the Quick Check score and the other years.
 */
export function Results({ years, state, embedded }: Props) {
  const { answers, year } = state;
  const entry = years.find((y) => y.year === year) ?? (years[years.length - 1] as BenchmarkYear);
  const result = performanceLevel(entry, answers);
  const benchmark = quickCheckBenchmarkFor(years, entry.year);
  const scores = benchmark ? quickCheckScores(answers, benchmark.benchmark) : null;
  return (
    <>
      <h2 id="dora-result-heading">Compared with the {entry.year} report</h2>
      <LevelOutput result={result} />
      {result.kind === 'level' && entry.clusters !== null && (
        <>
          <MetricTable result={result} />
          <BenchmarkTable entry={entry} result={result} />
        </>
      )}
      <Notes entry={entry} result={result} embedded={embedded} />
      {benchmark && scores?.ok && (!embedded || result.kind !== 'level') && (
        <ScoreSection scores={scores.value} benchmark={benchmark.benchmark} benchmarkYear={benchmark.year} />
      )}
      {!embedded && <CompareYears years={years} answers={answers} selectedYear={entry.year} />}
    </>
  );
}
