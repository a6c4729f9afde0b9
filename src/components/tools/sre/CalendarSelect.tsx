import { CALENDAR_CONVENTIONS, CALENDARS, type CalendarConvention } from '../../../lib/slo/calendar';

export function CalendarSelect({ id, value, onChange }: { id: string; value: CalendarConvention; onChange: (value: CalendarConvention) => void }) {
  return (
    <div class="field wide-field">
      <label for={id}>Calendar</label>
      <p class="field-hint" id={`${id}-hint`}>
        How long a month, quarter and year are
      </p>
      <select id={id} aria-describedby={`${id}-hint`} value={value} onChange={(event) => onChange(event.currentTarget.value as CalendarConvention)}>
        {CALENDAR_CONVENTIONS.map((c) => (
          <option key={c} value={c}>
            {CALENDARS[c].label}
          </option>
        ))}
      </select>
    </div>
  );
}
