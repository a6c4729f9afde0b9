import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { answerFor, type Answer } from '../../lib/quiz/answers';
import type { QuizBank } from '../../lib/quiz/schema';
import { encodeShare, SHARE_PARAM } from '../../lib/quiz/share';
import { readStoredQuiz, serialiseStoredQuiz, type StoredQuiz } from '../../lib/quiz/storage';
import { $quizSetAside, $quizStored } from '../../stores/quiz';
import { usePersisted } from '../ui/use-persisted';
import { useHydrated } from '../ui/use-hydrated';

interface Props {
  bank: QuizBank;
  /** Where the result lives, with the base path: e.g. "/flow-and-stability/quiz/result/". */
  resultPath: string;
}

/**
 * The quiz, one question at a time. Answers are saved as the learner goes,
 * so closing the tab and coming back resumes where they were. The first
 * render (on the server and at hydration) is the introduction; stored answers
 * are read right after.
 */
export default function QuizRunner({ bank, resultPath }: Props) {
  const stored = usePersisted($quizStored);
  const hydrated = useHydrated();
  const [started, setStarted] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmingRestart, setConfirmingRestart] = useState(false);

  const reading = useMemo(() => readStoredQuiz(stored, bank), [stored, bank]);
  const state = reading.state;
  const total = bank.items.length;
  const answeredCount = bank.items.filter((item) => answerFor(state.answers, item.id) !== undefined).length;

  // Stored data we cannot use is kept under its own key, never destroyed, and the learner is told.
  useEffect(() => {
    if (!reading.problem || reading.setAside === null) return;
    $quizSetAside.set(reading.setAside);
    $quizStored.set(serialiseStoredQuiz(reading.state));
    setNotice(reading.notice);
  }, [reading]);

  const save = (next: StoredQuiz) => $quizStored.set(serialiseStoredQuiz({ ...next, updatedAt: new Date().toISOString() }));

  function startOver() {
    $quizStored.set(undefined);
    setConfirmingRestart(false);
    setNotice(null);
    setStarted(true);
  }

  if (!hydrated || !started) {
    return (
      <Intro
        bank={bank}
        hydrated={hydrated}
        answeredCount={answeredCount}
        current={state.current}
        notice={notice}
        confirmingRestart={confirmingRestart}
        onStart={() => setStarted(true)}
        onAskRestart={() => setConfirmingRestart(true)}
        onCancelRestart={() => setConfirmingRestart(false)}
        onRestart={startOver}
      />
    );
  }

  const finish = () => {
    location.assign(`${resultPath}?${SHARE_PARAM}=${encodeShare(bank, state.answers)}`);
  };

  return (
    <Question
      bank={bank}
      index={state.current}
      answer={answerFor(state.answers, bank.items[state.current]?.id ?? '')}
      answeredCount={answeredCount}
      notice={notice}
      onAnswer={(itemId, answer) => save({ ...state, answers: { ...state.answers, [itemId]: answer } })}
      onMove={(index) => save({ ...state, current: Math.min(Math.max(index, 0), total - 1) })}
      onFinish={finish}
      onAskRestart={() => {
        setStarted(false);
        setConfirmingRestart(true);
      }}
    />
  );
}

interface IntroProps {
  bank: QuizBank;
  hydrated: boolean;
  answeredCount: number;
  current: number;
  notice: string | null;
  confirmingRestart: boolean;
  onStart: () => void;
  onAskRestart: () => void;
  onCancelRestart: () => void;
  onRestart: () => void;
}

function Intro({ bank, hydrated, answeredCount, current, notice, confirmingRestart, onStart, onAskRestart, onCancelRestart, onRestart }: IntroProps) {
  const total = bank.items.length;
  const resuming = hydrated && answeredCount > 0;
  return (
    <section class="quiz-intro" aria-labelledby="quiz-intro-heading">
      <h2 id="quiz-intro-heading">How it works</h2>
      <ul>
        <li>{total} questions: most ask how you would feel about a concrete piece of work; some ask what you would do first in a situation.</li>
        <li>There are no right answers. Answer for the work you enjoy, not the job you have. You can skip any question.</li>
        <li>You get a fit score for each role from 0 to 100, the answers that drove it, and what to learn next.</li>
        <li>Your answers stay in this browser and are saved as you go.</li>
      </ul>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <div class="quiz-actions js-only">
        {resuming ? (
          <>
            <button type="button" onClick={onStart}>
              Resume at question {current + 1} of {total}
            </button>
            {confirmingRestart ? (
              <span class="confirm" role="group" aria-label="Start over?">
                <span>Clear your {answeredCount} answers?</span>
                <button type="button" class="secondary" onClick={onRestart}>
                  Yes, start over
                </button>
                <button type="button" class="secondary" onClick={onCancelRestart}>
                  Keep them
                </button>
              </span>
            ) : (
              <button type="button" class="secondary" onClick={onAskRestart}>
                Start over
              </button>
            )}
          </>
        ) : (
          <button type="button" onClick={onStart} disabled={!hydrated}>
            Start the quiz
          </button>
        )}
      </div>
    </section>
  );
}

interface QuestionProps {
  bank: QuizBank;
  index: number;
  answer: Answer | undefined;
  answeredCount: number;
  notice: string | null;
  onAnswer: (itemId: string, answer: Answer) => void;
  onMove: (index: number) => void;
  onFinish: () => void;
  onAskRestart: () => void;
}

function Question({ bank, index, answer, answeredCount, notice, onAnswer, onMove, onFinish, onAskRestart }: QuestionProps) {
  const item = bank.items[index];
  const total = bank.items.length;
  const heading = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const isLast = index === total - 1;

  // Move focus to the new question and announce where the learner is.
  useEffect(() => {
    heading.current?.focus();
    setAnnouncement(`Question ${index + 1} of ${total}`);
  }, [index, total]);

  if (!item) return null;
  const name = `q-${item.id}`;
  const choices =
    item.kind === 'likert'
      ? bank.likertScale.map((label, i) => ({ value: i + 1 as Answer, label }))
      : item.options.map((option) => ({ value: option.id as Answer, label: option.text }));

  return (
    <section class="quiz-question" aria-label="Quiz">
      <p class="quiz-counter">
        Question {index + 1} of {total}
      </p>
      <progress class="quiz-progress" max={total} value={index + 1} aria-label={`Quiz progress: question ${index + 1} of ${total}`} />
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {notice && <p class="notice">{notice}</p>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (isLast) onFinish();
          else onMove(index + 1);
        }}
      >
        <fieldset>
          <legend>
            <h2 ref={heading} tabIndex={-1} class="quiz-prompt">
              {item.kind === 'likert' ? item.activity : item.prompt}
            </h2>
          </legend>
          {item.kind === 'likert' && <p class="meta">{bank.likertStem}</p>}
          <div class={item.kind === 'likert' ? 'choices likert' : 'choices'}>
            {choices.map((choice, i) => (
              <div class="choice" key={String(choice.value)}>
                <input
                  type="radio"
                  id={`${name}-${i}`}
                  name={name}
                  checked={answer === choice.value}
                  onChange={() => onAnswer(item.id, choice.value)}
                />
                <label for={`${name}-${i}`}>{choice.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div class="quiz-actions">
          <button type="button" class="secondary" onClick={() => onMove(index - 1)} disabled={index === 0}>
            Back
          </button>
          <button type="submit">{isLast ? 'See my result' : answer === undefined ? 'Skip' : 'Next'}</button>
        </div>
        <p class="meta">
          {answeredCount} of {total} answered. Skipped questions count toward neither role.{' '}
          <button type="button" class="link-button" onClick={onAskRestart}>
            Start over…
          </button>
        </p>
      </form>
    </section>
  );
}

