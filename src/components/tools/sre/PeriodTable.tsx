import { CALENDARS, type CalendarConvention, type Period, type PeriodBudget } from '../../../lib/slo/calendar';
import { Duration } from '../../ui/Duration';
import { DataTable } from '../../ui/DataTable';

const PERIOD_NAMES: Record<Period, string> = { day: 'Day', week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year' };

interface Props {
  caption: string;
  /** Heading of the last column, e.g. "Allowed bad time". */
  valueLabel: string;
  periods: PeriodBudget[];
  calendar: CalendarConvention;
}

/** Allowed bad time (or downtime) per day, week, month, quarter and year, naming the calendar in use. */
export function PeriodTable({ caption, valueLabel, periods, calendar }: Props) {
  return (
    <DataTable caption={caption} note={CALENDARS[calendar].description} columns={['Period', 'Length', valueLabel]}>
      {periods.map((p) => (
        <tr key={p.period}>
          <th scope="row">{PERIOD_NAMES[p.period]}</th>
          <td>
            <Duration seconds={p.periodSeconds} />
          </td>
          <td>
            <Duration seconds={p.allowedBadSeconds} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
