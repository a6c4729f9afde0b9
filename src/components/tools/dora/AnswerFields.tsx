import { answerOptions, type CodeMetric } from '../../../lib/dora/answer-scale';
import type { DoraForm } from '../../../lib/dora/form';
import type { FieldErrors } from '../../../lib/form';
import { SelectField } from '../../ui/SelectField';
import { fieldBinder } from '../../ui/TextField';

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
  // Messages are keyed by the field's name, the end of its id (lib/dora/form.ts).
  const field = fieldBinder('dora', form, errors, onChange);
  return (
    <div class="fields dora-fields">
      {CODE_FIELDS.map(({ metric, id, label, hint }) => (
        <SelectField
          key={id}
          id={id}
          label={label}
          hint={hint}
          value={form[metric]}
          options={answerOptions(metric).map((option) => ({ value: option.code, label: option.label }))}
          onChange={(code) => onChange({ [metric]: code })}
        />
      ))}
      {field('changeFailureRate', { name: 'cfr', label: 'Change failure rate', hint: 'Share of deployments that caused a failure in production.', suffix: '%' })}
      {field('reworkRate', { name: 'rework', label: 'Deployment rework rate', hint: 'Share of deployments that were unplanned, made to fix a bug users saw.', suffix: '%' })}
      <SelectField
        id="dora-year"
        label="Report year"
        hint="Whose benchmark to compare with."
        value={form.year}
        options={years.map((y) => ({ value: y.year, label: y.clusters ? String(y.year) : `${y.year} (no clusters)` }))}
        onChange={(year) => onChange({ year })}
      />
    </div>
  );
}
