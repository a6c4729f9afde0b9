import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../lib/form';

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

/** What a bound field still needs: its wording and shape. */
export type BoundFieldProps = Omit<Props, 'id' | 'value' | 'error' | 'onInput'> & {
  /** The field's name, when it differs from its key in the form: the end of its id and the key of its message. */
  name?: string;
};

/** The keys of a form's text fields. */
type TextKey<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F] & string;

/**
 * Binds text fields to a tool's form: `field('requests', { label, hint })` is the
 * TextField with id `${prefix}-requests`, the form's text, the checked form's
 * message for it, and an input handler that updates that one key.
 */
export function fieldBinder<F>(prefix: string, form: F, errors: FieldErrors, update: (patch: Partial<F>) => void) {
  return (key: TextKey<F>, { name = key, ...props }: BoundFieldProps) => (
    <TextField
      {...props}
      id={`${prefix}-${name}`}
      value={form[key] as string}
      error={errors[name]}
      onInput={(text) => update({ [key]: text } as Partial<F>)}
    />
  );
}
