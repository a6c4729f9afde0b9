import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: ComponentChildren;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  /** Shown under the label; linked with aria-describedby. */
  hint?: ComponentChildren;
  /** Shown under the field and marks it invalid; linked with aria-describedby. */
  error?: string | undefined;
  inputMode?: 'decimal' | 'numeric' | 'text';
  /** Unit shown after the field, e.g. "%". */
  suffix?: string;
  size?: number;
}

/**
 * A labelled text field. Numbers are typed as text (inputmode="decimal") so
 * that "99,9" reaches our parser instead of being silently blanked by the
 * browser, and so the message next to the field can say what is wrong.
 */
export function TextField({ id, label, value, onInput, onBlur, hint, error, inputMode = 'decimal', suffix, size = 10 }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <span class="field-control">
        <input
          id={id}
          name={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          size={size}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(event) => onInput(event.currentTarget.value)}
          onBlur={onBlur}
        />
        {suffix && <span aria-hidden="true">{suffix}</span>}
      </span>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
