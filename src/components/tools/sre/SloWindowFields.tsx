import type { FieldErrors } from '../../../lib/form';
import { TextField } from '../../ui/TextField';

interface Props {
  /** Prefix for the fields' ids, unique on the page. */
  id: string;
  slo: string;
  window: string;
  errors: FieldErrors;
  onSlo: (value: string) => void;
  onWindow: (value: string) => void;
}

/** The two inputs every SRE tool starts from, worded the same everywhere. */
export function SloWindowFields({ id, slo, window, errors, onSlo, onWindow }: Props) {
  return (
    <>
      <TextField id={`${id}-slo`} label="SLO" hint="Share of good events, like 99.9" suffix="%" value={slo} error={errors.slo} onInput={onSlo} />
      <TextField
        id={`${id}-window`}
        label="Window"
        hint="Like 30d, 28d or 4w"
        inputMode="text"
        value={window}
        error={errors.window}
        onInput={onWindow}
      />
    </>
  );
}
