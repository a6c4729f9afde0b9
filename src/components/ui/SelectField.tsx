/**
 * A labelled select with an optional hint, worded and wired like TextField.
 * Each option also carries `selected`, so the server-rendered page shows the
 * chosen option before (and without) hydration.
 */
export function SelectField<T extends string | number>({
  id,
  label,
  hint,
  value,
  options,
  onChange,
  wide = false,
}: {
  id: string;
  label: string;
  hint?: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  wide?: boolean;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class={wide ? 'field wide-field' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <select
        id={id}
        name={id}
        aria-describedby={hintId}
        value={String(value)}
        onChange={(event) => onChange(options.find((o) => String(o.value) === event.currentTarget.value)?.value ?? value)}
      >
        {options.map((option) => (
          <option key={String(option.value)} value={String(option.value)} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
