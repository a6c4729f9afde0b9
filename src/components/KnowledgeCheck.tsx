import { useEffect, useRef, useState } from 'preact/hooks';
import { useHydrated } from './ui/use-hydrated';
import type { Check } from '../lib/content-schemas';

interface Props {
  /** Prefix for ids, unique on the page. */
  id: string;
  checks: Check[];
}

/**
 * "Check yourself" questions. Server-rendered with every answer's feedback in
 * a disclosure, so the questions work without JavaScript; once hydrated, the
 * learner picks an answer and gets the feedback for that answer.
 */
export default function KnowledgeCheck({ id, checks }: Props) {
  const interactive = useHydrated();
  return (
    <ol class="checks">
      {checks.map((check, index) => (
        <li key={check.question}>
          <Question id={`${id}-${index}`} check={check} interactive={interactive} />
        </li>
      ))}
    </ol>
  );
}

function Question({ id, check, interactive }: { id: string; check: Check; interactive: boolean }) {
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const [checked, setChecked] = useState<number | undefined>(undefined);
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const shown = checked === undefined ? undefined : check.options[checked];
  // The radios are uncontrolled, so an answer picked before hydration survives it; pick it up here.
  useEffect(() => {
    const radios = [...(fieldset.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
    const index = radios.findIndex((radio) => radio.checked);
    if (index !== -1) setPicked(index);
  }, []);
  return (
    <fieldset class="check" ref={fieldset}>
      <legend>{check.question}</legend>
      {check.options.map((option, index) => (
        <div class="check-option" key={option.text}>
          <input
            type="radio"
            id={`${id}-o${index}`}
            name={id}
            onChange={() => setPicked(index)}
          />
          <label for={`${id}-o${index}`}>{option.text}</label>
        </div>
      ))}
      {interactive ? (
        <>
          <button type="button" class="secondary" disabled={picked === undefined} onClick={() => setChecked(picked)}>
            Check answer
          </button>
          <div role="status" aria-live="polite">
            {shown && (
              <p class={shown.correct ? 'feedback correct' : 'feedback wrong'}>
                <strong>{shown.correct ? 'Right. ' : 'Not quite. '}</strong>
                {shown.feedback}
              </p>
            )}
          </div>
        </>
      ) : (
        <details>
          <summary>Show the answers</summary>
          <ul>
            {check.options.map((option) => (
              <li key={option.text}>
                <strong>{option.text}</strong>: {option.correct ? 'right. ' : 'not quite. '}
                {option.feedback}
              </li>
            ))}
          </ul>
        </details>
      )}
    </fieldset>
  );
}
