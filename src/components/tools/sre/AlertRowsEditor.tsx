import { useEffect, useRef } from 'preact/hooks';
import { MAX_ALERT_ROWS, SEVERITIES } from '../../../lib/slo/burn-rate/alert-policy';
import { rowFieldKey, type AlertRowForm } from '../../../lib/slo/burn-rate/form';
import type { FieldErrors } from '../../../lib/form';
import { fieldBinder } from '../../ui/TextField';
import { SelectField } from '../../ui/SelectField';

const SEVERITY_OPTIONS = SEVERITIES.map((s) => ({ value: s, label: s }));

interface Props {
  id: string;
  rows: AlertRowForm[];
  errors: FieldErrors;
  onChange: (rows: AlertRowForm[]) => void;
}

/**
 * The alert policy's rows, each a line of labelled fields ("Row 2 budget
 * share"). After adding a row, focus goes to its first field; after
 * removing one, to the row that took its place, or to "Add a row".
 */
export function AlertRowsEditor({ id, rows, errors, onChange }: Props) {
  const focusRow = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const index = focusRow.current;
    if (index === null) return;
    focusRow.current = null;
    const target = index < rows.length ? document.getElementById(`${id}-row-${index + 1}-severity`) : addButton.current;
    target?.focus();
  });

  const set = (index: number, patch: Partial<AlertRowForm>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => {
    focusRow.current = index;
    onChange(rows.filter((_, i) => i !== index));
  };
  const add = () => {
    focusRow.current = rows.length;
    onChange([...rows, { severity: 'ticket', budget: '10', long: '1d', short: '' }]);
  };

  return (
    <fieldset class="alert-rows-editor" aria-describedby={errors.rows ? `${id}-rows-error` : undefined}>
      <legend>Alert rows</legend>
      <p class="field-hint">Each row fires when this share of the budget would be spent within its long window, and the short window agrees. Rows are ORed.</p>
      <ol class="field-rows">
        {rows.map((row, i) => {
          const n = i + 1;
          const field = fieldBinder(id, row, errors, (patch) => set(i, patch));
          return (
            <li key={i} class="field-row">
              <SelectField id={`${id}-row-${n}-severity`} label={`Row ${n} severity`} value={row.severity} options={SEVERITY_OPTIONS} onChange={(severity) => set(i, { severity })} />
              {field('budget', { name: rowFieldKey(i, 'budget'), label: `Row ${n} budget share`, suffix: '%', size: 6 })}
              {field('long', { name: rowFieldKey(i, 'long'), label: `Row ${n} long window`, inputMode: 'text', size: 6 })}
              {field('short', { name: rowFieldKey(i, 'short'), label: `Row ${n} short window`, hint: 'Blank: long ÷ 12', inputMode: 'text', size: 6 })}
              <div class="row-actions js-only">
                <button type="button" class="secondary" onClick={() => remove(i)}>
                  Remove row {n}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {errors.rows && (
        <p class="field-error standalone" id={`${id}-rows-error`}>
          {errors.rows}
        </p>
      )}
      <div class="row-buttons js-only">
        <button type="button" ref={addButton} onClick={add} disabled={rows.length >= MAX_ALERT_ROWS}>
          Add a row
        </button>
        {rows.length >= MAX_ALERT_ROWS && <span class="meta">At most {MAX_ALERT_ROWS} rows.</span>}
      </div>
    </fieldset>
  );
}
