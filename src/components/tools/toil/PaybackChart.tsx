import { formatDurationIso } from '../../../lib/format';
import { hoursText, niceTicks, roundedNumber, weeksText } from '../../../lib/format-rounded';
import { tableWeeks, type Payback } from '../../../lib/toil/payback';
import { DataTable } from '../../ui/DataTable';

const WIDTH = 480;
const HEIGHT = 260;
const LEFT = 56;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 40;

/** Work hours as `<time>`: days stay out, because 24 work hours are not a day. */
export function Hours({ hours }: { hours: number }) {
  return (
    <time datetime={formatDurationIso(hours * 3600, { largest: 'hour' })}>
      {hoursText(hours)}
    </time>
  );
}

/** A signed number of hours (a net result may be negative, which no duration is). */
export function SignedHours({ hours }: { hours: number }) {
  const shown = hoursText(Math.abs(hours));
  return <data value={String(hours)}>{hours < 0 && !shown.startsWith('0 ') ? `−${shown}` : shown}</data>;
}

interface Props {
  payback: Payback;
  automationHours: number;
  horizonWeeks: number;
}

/** Cumulative time saved against time invested, week by week, with the break-even point. */
export function PaybackChart({ payback, automationHours, horizonWeeks }: Props) {
  const yTicks = niceTicks(Math.max(payback.savedHoursOverHorizon, automationHours, 1));
  const xTicks = niceTicks(horizonWeeks, 5).filter((w) => w <= horizonWeeks);
  const yMax = yTicks.at(-1) as number;
  const x = (week: number) => LEFT + (week / horizonWeeks) * (WIDTH - LEFT - RIGHT);
  const y = (hours: number) => TOP + (1 - hours / yMax) * (HEIGHT - TOP - BOTTOM);
  const breakEven = payback.breakEvenWeeks;
  const showBreakEven = breakEven !== null && breakEven > 0 && payback.paysBackWithinHorizon;
  return (
    <figure class="payback-chart">
      <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="payback-chart-title payback-chart-desc">
        <title id="payback-chart-title">Time saved against time invested over {horizonWeeks} weeks</title>
        <desc id="payback-chart-desc">
          A rising line shows the hours saved so far, week by week; a flat dashed line the {hoursText(automationHours)}
          invested up front.
          {showBreakEven ? ` They cross at the break-even point, after ${weeksText(breakEven)}.` : ' They do not cross within the horizon.'}{' '}
          The table under the chart gives the numbers.
        </desc>
        {yTicks.map((tick) => (
          <g key={`y${tick}`}>
            <line class="grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 6} y={y(tick) + 4} text-anchor="end">
              {roundedNumber(tick)}
            </text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <text key={`x${tick}`} x={x(tick)} y={HEIGHT - BOTTOM + 16} text-anchor="middle">
            {tick}
          </text>
        ))}
        <text x={LEFT + (WIDTH - LEFT - RIGHT) / 2} y={HEIGHT - 4} text-anchor="middle">
          weeks
        </text>
        <text x={12} y={TOP + (HEIGHT - TOP - BOTTOM) / 2} text-anchor="middle" transform={`rotate(-90 12 ${TOP + (HEIGHT - TOP - BOTTOM) / 2})`}>
          hours
        </text>
        <line class="axis" x1={LEFT} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} />
        <line class="invested" x1={x(0)} x2={x(horizonWeeks)} y1={y(automationHours)} y2={y(automationHours)} />
        <line class="saved" x1={x(0)} x2={x(horizonWeeks)} y1={y(0)} y2={y(payback.savedHoursOverHorizon)} />
        {showBreakEven && <circle class="break-even" cx={x(breakEven)} cy={y(automationHours)} r={5} />}
      </svg>
      <figcaption class="meta">
        <span class="key key-saved" aria-hidden="true" /> time saved so far <span class="key key-invested" aria-hidden="true" /> time invested
        {showBreakEven && (
          <>
            {' '}
            <span class="key key-break-even" aria-hidden="true" /> break-even
          </>
        )}
      </figcaption>
    </figure>
  );
}

export function PaybackTable({ payback, horizonWeeks }: { payback: Payback; horizonWeeks: number }) {
  return (
    <DataTable caption="Time saved and invested by week (cumulative, every few weeks)" columns={['Week', 'Time saved so far', 'Time invested', 'Net']}>
      {tableWeeks(horizonWeeks).map((week) => {
        const row = payback.series[week];
        return (
          row && (
            <tr key={week}>
              <th scope="row">{week}</th>
              <td>
                <Hours hours={row.savedHours} />
              </td>
              <td>
                <Hours hours={row.investedHours} />
              </td>
              <td>
                <SignedHours hours={row.netHours} />
              </td>
            </tr>
          )
        );
      })}
    </DataTable>
  );
}
