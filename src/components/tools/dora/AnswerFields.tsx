import { answerOptions, type AnswerCode, type CodeMetric } from '../../../lib/dora/answer-scale';
import type { DoraForm } from '../../../lib/dora/form';
import type { FieldErrors } from '../../../lib/form';
import { TextField } from '../../ui/TextField';

interface Props {
  form: DoraForm;
  /** Report years, oldest first, with whether each has clusters. */
  years: readonly { year: number; clusters: boolean }[];
  errors: FieldErrors;
  onChange: (patch: Partial<DoraForm>) => void;
}

/** The Quick Check's questions, in its order, with its wording shortened. */
const CODE_FIELDS: readonly { metric: CodeMetric; id: string; label: string; hint: string }[] = [
  {
    metric: 'leadTime',
    id: 'dora-lt',
    label: 'Lead time for changes',
    hint: 'From code committed to that code running in production.',
  },
  {
    metric: 'deploymentFrequency',
    id: 'dora-df',
    label: 'Deployment frequency',
    hint: 'How often the team deploys to production.',
  },
  {
    metric: 'recoveryTime',
    id: 'dora-fdrt',
    label: 'Failed deployment recovery time',
    hint: 'From a deployment causing a failure to service being restored.',
  },
];

export function AnswerFields({ form, years, errors, onChange }: Props) {
  return (
    <div class="fields dora-fields">
      {CODE_FIELDS.map(({ metric, id, label, hint }) => (
        <div class="field" key={id}>
          <label for={id}>{label}</label>
          <p class="field-hint" id={`${id}-hint`}>
            {hint}
          </p>
          <select
            id={id}
            name={id}
            aria-describedby={`${id}-hint`}
            value={String(form[metric])}
            onChange={(event) => onChange({ [metric]: Number(event.currentTarget.value) as AnswerCode })}
          >
            {answerOptions(metric).map((option) => (
              <option key={option.code} value={String(option.code)} selected={option.code === form[metric]}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <TextField
        id="dora-cfr"
        label="Change failure rate"
        hint="Share of deployments that caused a failure in production."
        suffix="%"
        value={form.changeFailureRate}
        error={errors.changeFailureRate}
        onInput={(changeFailureRate) => onChange({ changeFailureRate })}
      />
      <TextField
        id="dora-rework"
        label="Deployment rework rate"
        hint="Share of deployments that were unplanned, made to fix a bug users saw."
        suffix="%"
        value={form.reworkRate}
        error={errors.reworkRate}
        onInput={(reworkRate) => onChange({ reworkRate })}
      />
      <div class="field">
        <label for="dora-year">Report year</label>
        <p class="field-hint" id="dora-year-hint">
          Whose benchmark to compare with.
        </p>
        <select
          id="dora-year"
          name="dora-year"
          aria-describedby="dora-year-hint"
          value={String(form.year)}
          onChange={(event) => onChange({ year: Number(event.currentTarget.value) })}
        >
          {years.map((y) => (
            <option key={y.year} value={String(y.year)} selected={y.year === form.year}>
              {y.clusters ? y.year : `${y.year} (no clusters)`}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
