import type { BoundFieldProps } from '../../ui/TextField';
import type { JSX } from 'preact';

/** The two inputs every SRE tool starts from, worded the same everywhere, bound by the tool's fieldBinder. */
export function SloWindowFields({ field }: { field: (key: 'slo' | 'window', props: BoundFieldProps) => JSX.Element }) {
  return (
    <>
      {field('slo', { label: 'SLO', hint: 'Share of good events, like 99.9', suffix: '%' })}
      {field('window', { label: 'Window', hint: 'Like 30d, 28d or 4w', inputMode: 'text' })}
    </>
  );
}
