import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldResult } from '../../../lib/field';
import { decimalText } from '../../../lib/url-params';

/**
 * What the learner typed in each numeric field, next to the last valid values
 * the results are computed from. A field may hold text that does not parse
 * ("12,5%", "") while the results keep showing the last valid value, marked
 * stale; when a value changes from elsewhere (a shared link, a CSV file), its
 * field shows the new value.
 */
export function useDrafts<K extends string>(
  values: Readonly<Record<K, number>>,
  keys: readonly K[],
  parse: (key: K, text: string) => FieldResult<number>,
) {
  const [drafts, setDrafts] = useState<Record<K, string>>(() => textsOf(values, keys));
  const previous = useRef(values);

  useEffect(() => {
    const before = previous.current;
    previous.current = values;
    const changed = keys.filter((key) => values[key] !== before[key]);
    if (changed.length === 0) return;
    setDrafts((current) => {
      const next = { ...current };
      for (const key of changed) {
        const parsed = parse(key, current[key]);
        // Leave the text alone when it already means this value ("12,5" for 12.5).
        if (!(parsed.ok && parsed.value === values[key])) next[key] = decimalText(values[key]);
      }
      return next;
    });
  }, keys.map((key) => values[key]));

  const errors = {} as Partial<Record<K, string>>;
  for (const key of keys) {
    const parsed = parse(key, drafts[key]);
    if (!parsed.ok) errors[key] = parsed.message;
  }
  const setDraft = (key: K, text: string): FieldResult<number> => {
    setDrafts((current) => ({ ...current, [key]: text }));
    return parse(key, text);
  };
  return { drafts, errors, setDraft, stale: Object.keys(errors).length > 0 };
}

function textsOf<K extends string>(values: Readonly<Record<K, number>>, keys: readonly K[]): Record<K, string> {
  const texts = {} as Record<K, string>;
  for (const key of keys) texts[key] = decimalText(values[key]);
  return texts;
}

/** The sentence shown with a stale result. */
export const STALE_SENTENCE = 'Showing the last valid result; fix the highlighted field to update it.';
