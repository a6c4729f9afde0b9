import { CALENDAR_CONVENTIONS, CALENDARS, type CalendarConvention } from '../../../lib/slo/calendar';
import { SelectField } from '../../ui/SelectField';

const OPTIONS = CALENDAR_CONVENTIONS.map((c) => ({ value: c, label: CALENDARS[c].label }));

export function CalendarSelect({ id, value, onChange }: { id: string; value: CalendarConvention; onChange: (value: CalendarConvention) => void }) {
  return <SelectField id={id} label="Calendar" hint="How long a month, quarter and year are" value={value} options={OPTIONS} onChange={onChange} wide />;
}
