import type { EvaluatedAlertRow } from '../../../lib/slo/burn-rate/alert-policy';
import { formatDurationHuman } from '../../../lib/duration';
import { fireChartData, timeToFireAt } from '../../../lib/slo/burn-rate/fire-chart';
import { formatPercent } from '../../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { Duration } from '../../ui/Duration';
import { Num } from '../../ui/Num';

const W = 640;
const H = 340;
const LEFT = 70;
const RIGHT = 20;
const TOP = 16;
const BOTTOM = 48;

const rowName = (r: EvaluatedAlertRow, i: number) => `Row ${i + 1} (${r.row.severity}, ${formatPercent(r.row.budgetFraction)} in ${formatDurationHuman(r.row.longWindowSeconds)})`;

/**
 * Time to fire against error rate, one line per row, both axes on log
 * scales; the same numbers are in the table under it.
 */
export function FireChart({ id, rows, errorRatio }: { id: string; rows: EvaluatedAlertRow[]; errorRatio: number }) {
  const data = fireChartData(rows);
  if (!data) return <p>No row can fire at this SLO, so there is nothing to chart.</p>;
  const { xMinExp, yMinExp, yMaxExp, yTicks, sampleRates } = data;
  const x = (e: number) => LEFT + ((Math.log10(e) - xMinExp) / -xMinExp) * (W - LEFT - RIGHT);
  const y = (s: number) => TOP + ((yMaxExp - Math.log10(s)) / (yMaxExp - yMinExp)) * (H - TOP - BOTTOM);
  const xTicks = Array.from({ length: 1 - xMinExp }, (_, i) => 10 ** (xMinExp + i));
  const showMarker = errorRatio >= 10 ** xMinExp;
  return (
    <>
      <figure class="fire-chart">
        {/* Below about 34rem the labels would shrink past reading, so the chart scrolls sideways instead. */}
        <div class="chart-scroll" tabIndex={0}>
          <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
            <title id={`${id}-title`}>Time to fire against error rate</title>
            <desc id={`${id}-desc`}>
              For each alert row, how long a constant error rate takes to fire it; both axes use log scales. Below a row's threshold it never fires. The table after
              the chart gives the same numbers.
            </desc>
            {yTicks.map((t) => (
              <g key={t}>
                <line class="grid" x1={LEFT} x2={W - RIGHT} y1={y(t)} y2={y(t)} />
                <text x={LEFT - 6} y={y(t) + 4} text-anchor="end">
                  {formatDurationHuman(t)}
                </text>
              </g>
            ))}
            {xTicks.map((t) => (
              <g key={t}>
                <line class="grid" x1={x(t)} x2={x(t)} y1={TOP} y2={H - BOTTOM} />
                <text x={x(t)} y={H - BOTTOM + 16} text-anchor="middle">
                  {formatPercent(t)}
                </text>
              </g>
            ))}
            <line class="axis" x1={LEFT} x2={W - RIGHT} y1={H - BOTTOM} y2={H - BOTTOM} />
            <line class="axis" x1={LEFT} x2={LEFT} y1={TOP} y2={H - BOTTOM} />
            <text class="axis-label" x={(LEFT + W - RIGHT) / 2} y={H - 8} text-anchor="middle">
              Error rate (log scale)
            </text>
            <text class="axis-label" x={14} y={(TOP + H - BOTTOM) / 2} text-anchor="middle" transform={`rotate(-90 14 ${(TOP + H - BOTTOM) / 2})`}>
              Time to fire (log scale)
            </text>
            {showMarker && <line class="marker" x1={x(errorRatio)} x2={x(errorRatio)} y1={TOP} y2={H - BOTTOM} />}
            {rows.map((r, i) => {
              if (!r.canFire) return null;
              const t = r.errorRatioThreshold;
              const L = r.row.longWindowSeconds;
              return (
                <g key={i}>
                  <line class={`series series-${i}`} x1={x(t)} y1={y(L)} x2={x(1)} y2={y(L * t)} />
                  <circle class={`dot dot-${i}`} cx={x(t)} cy={y(L)} r={4} />
                  <text x={x(t) + 6} y={y(L) - 6}>
                    {i + 1}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
        <figcaption class="meta">
          Each numbered line is an alert row; it starts at the row's threshold. {showMarker && 'The dashed vertical line is the simulated error rate.'}
        </figcaption>
      </figure>
      <details>
        <summary>Chart data as a table</summary>
        <DataTable caption="Time to fire at a constant error rate, per alert row" columns={['Error rate', ...rows.map(rowName)]}>
          {sampleRates.map((e) => (
            <tr key={e}>
              <th scope="row">
                <Num value={e}>{formatPercent(e, 4)}</Num>
              </th>
              {rows.map((r, i) => {
                const t = timeToFireAt(r, e);
                return <td key={i}>{t === null ? 'never' : <Duration seconds={t} />}</td>;
              })}
            </tr>
          ))}
        </DataTable>
      </details>
    </>
  );
}
