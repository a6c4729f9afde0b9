import type { MetricId } from '../../../lib/dora/answer-scale';
import type { QuickCheckBenchmark } from '../../../lib/dora/benchmark-schema';
import { roundedNumber } from '../../../lib/format-rounded';
import { SCORE_MAX, type MetricScore, type QuickCheckResult } from '../../../lib/dora/quick-check';
import { DataTable } from '../../ui/DataTable';

const SHORT_NAMES: Record<MetricId, string> = {
  leadTime: 'Lead time',
  deploymentFrequency: 'Deployment frequency',
  recoveryTime: 'Recovery time',
  changeFailureRate: 'Change failure rate',
  reworkRate: 'Rework rate',
};

const POSITION_WORDS = { below: 'Below the band', within: 'Within the band', above: 'Above the band' } as const;

interface Props {
  scores: QuickCheckResult;
  benchmark: QuickCheckBenchmark;
  benchmarkYear: number;
}

/** The overall Quick Check score, then each metric against the benchmark band, as a chart and a table. */
export function ScoreSection({ scores, benchmark, benchmarkYear }: Props) {
  const population = benchmark.population.toLowerCase();
  return (
    <section aria-labelledby="dora-score-heading">
      <h3 id="dora-score-heading">Quick Check score</h3>
      <p>
        <span class="big-number">
          <data value={String(scores.overall)}>{roundedNumber(scores.overall)}</data>
        </span>{' '}
        out of 10, the mean of {scores.metricsInOverall} metrics as the {benchmarkYear} Quick Check scores them.
        Throughput <data value={String(scores.throughput)}>{roundedNumber(scores.throughput)}</data>, stability{' '}
        <data value={String(scores.instability)}>{roundedNumber(scores.instability)}</data> (change failure and rework
        rates, where higher means fewer failures).
      </p>
      <ScoreChart metrics={scores.metrics} title={`Your scores against the ${benchmarkYear} benchmark (${population})`} />
      <details>
        <summary>Chart data as a table</summary>
        <ScoreTable metrics={scores.metrics} caption={`Quick Check scores (0–10, higher is better) against the ${benchmarkYear} benchmark, ${population}`} />
      </details>
    </section>
  );
}

// Labels sit above their bars, so the chart stays legible when it shrinks to a phone's width.
const WIDTH = 400;
const PAD = 8;
const ROW = 46;
const x = (score: number) => PAD + (Math.min(SCORE_MAX, Math.max(0, score)) / SCORE_MAX) * (WIDTH - 2 * PAD);

function ScoreChart({ metrics, title }: { metrics: MetricScore[]; title: string }) {
  const height = metrics.length * ROW + 24;
  return (
    <figure class="score-chart">
      <svg class="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="score-chart-title score-chart-desc">
        <title id="score-chart-title">{title}</title>
        <desc id="score-chart-desc">
          For each metric, a band shows the benchmark mean plus or minus one standard deviation, a line marks the mean
          and a dot your score, on a scale from 0 to 10. The table under the chart gives the same numbers.
        </desc>
        {[0, 2, 4, 6, 8, 10].map((tick) => (
          <g key={tick}>
            <line class="grid" x1={x(tick)} x2={x(tick)} y1={20} y2={height - 20} />
            <text x={x(tick)} y={height - 4} text-anchor={tick === 0 ? 'start' : tick === 10 ? 'end' : 'middle'}>
              {tick}
            </text>
          </g>
        ))}
        {metrics.map((m, i) => {
          const y = i * ROW;
          const b = m.benchmark;
          return (
            <g key={m.metric}>
              <text x={PAD} y={y + 14}>
                {SHORT_NAMES[m.metric]}: {roundedNumber(m.score)}
              </text>
              {b && (
                <>
                  <rect class="band" x={x(b.bandLowScore)} y={y + 22} width={x(b.bandHighScore) - x(b.bandLowScore)} height={16} />
                  <line class="mean" x1={x(b.meanScore)} x2={x(b.meanScore)} y1={y + 19} y2={y + 41} />
                </>
              )}
              <circle class="marker" cx={x(m.score)} cy={y + 30} r={6} />
            </g>
          );
        })}
      </svg>
      <figcaption class="meta">
        <span class="key key-band" aria-hidden="true" /> benchmark mean ± one standard deviation{' '}
        <span class="key key-marker" aria-hidden="true" /> your score
      </figcaption>
    </figure>
  );
}

function ScoreTable({ metrics, caption }: { metrics: MetricScore[]; caption: string }) {
  return (
    <DataTable caption={caption} columns={['Metric', 'Your score', 'Benchmark mean ± one standard deviation', 'Your score is']}>
      {metrics.map((m) => {
        const b = m.benchmark;
        return (
          <tr key={m.metric}>
            <th scope="row">{SHORT_NAMES[m.metric]}</th>
            <td>
              <data value={String(m.score)}>{roundedNumber(m.score)}</data>
            </td>
            {b ? (
              <>
                <td>
                  <data value={String(b.meanScore)}>{roundedNumber(b.meanScore)}</data> ±{' '}
                  <data value={String(b.sdScore)}>{roundedNumber(b.sdScore)}</data>
                </td>
                <td>{POSITION_WORDS[b.position]}</td>
              </>
            ) : (
              <td colSpan={2}>No benchmark published for this metric that year; not in the overall score.</td>
            )}
          </tr>
        );
      })}
    </DataTable>
  );
}
