import type { FieldErrors } from '../../../lib/form';
import { fieldBinder } from '../../ui/TextField';

interface SloWindowForm {
  slo: string;
  window: string;
}

interface Props {
  /** Prefix for the fields' ids, unique on the page. */
  id: string;
  /** The tool's form, which has these two fields among others. */
  form: SloWindowForm;
  errors: FieldErrors;
  // A method, so that a tool's own update (for its larger form) fits.
  update(patch: Partial<SloWindowForm>): void;
}

/** The two inputs every SRE tool starts from, worded the same everywhere. */
export function SloWindowFields({ id, form, errors, update }: Props) {
  const field = fieldBinder(id, form, errors, update);
  return (
    <>
      {field('slo', { label: 'SLO', hint: 'Share of good events, like 99.9', suffix: '%' })}
      {field('window', { label: 'Window', hint: 'Like 30d, 28d or 4w', inputMode: 'text' })}
    </>
  );
}
