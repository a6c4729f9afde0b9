import { useEffect, useState } from 'preact/hooks';
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
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
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
  const shown = checked === undefined ? undefined : check.options[checked];
  return (
    <fieldset class="check">
      <legend>{check.question}</legend>
      {check.options.map((option, index) => (
        <div class="check-option" key={option.text}>
          <input
            type="radio"
            id={`${id}-o${index}`}
            name={id}
            checked={picked === index}
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
