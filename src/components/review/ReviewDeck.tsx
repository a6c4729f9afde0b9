import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { today as todayIn } from '../../lib/review/days';
import { deckCards, dueCards, dueText, nextDueDay, type DeckLesson } from '../../lib/review/deck';
import { cardStates } from '../../lib/review/leitner';
import { ANSWER_LOG_FORMAT, answeredNow, isAnswerLog, parseAnswerLog, withAnswer } from '../../lib/review/log';
import { counted } from '../../lib/plural';
import { nothingDueText, scheduledText } from '../../lib/review/texts';
import { $progress } from '../../stores/progress';
import { $answerLog } from '../../stores/review';
import { persistedKey } from '../../stores/persisted';
import { usePersisted } from '../ui/use-persisted';

export interface ReviewCheck {
  /** Its card id, check-<lesson>--<check>. */
  card: string;
  lessonTitle: string;
  question: string;
  options: { text: string; correct: boolean; feedback: string }[];
}

export interface ReviewTerm {
  /** Its card id, term-<id>. */
  card: string;
  term: string;
  expansion?: string;
  short: string;
  /** The term on the glossary page. */
  href: string;
}

/** What the deck can show: every lesson's cards, and the content of each card. */
export interface ReviewContent {
  /** Published lessons in course order with their cards. */
  lessons: DeckLesson[];
  checks: ReviewCheck[];
  terms: ReviewTerm[];
}

interface Props {
  /** Where ReviewContent is served (review/cards.json, built with the site). */
  contentUrl: string;
  lessonsHref: string;
}

const NO_CONTENT: ReviewContent = { lessons: [], checks: [], terms: [] };

/** At most this many cards in one round, so a round takes a few minutes. */
const ROUND_SIZE = 15;

type Round = { cards: string[]; index: number; right: number };

/**
 * The review deck: a round of the cards due today, one at a time, from the
 * checks and glossary terms of the lessons the learner has opened (src/lib/review/).
 * Every answer is appended to the same log the lesson pages write. Keyboard
 * first: number keys pick an answer, Enter checks it; focus moves to each
 * new card's heading and a live region says what happened.
 */
export default function ReviewDeck({ contentUrl, lessonsHref }: Props) {
  const [loaded, setLoaded] = useState<ReviewContent | 'loading' | 'failed'>('loading');
  const { lessons, checks, terms } = typeof loaded === 'object' ? loaded : NO_CONTENT;
  const progress = usePersisted($progress);
  const log = usePersisted($answerLog);
  const [setAside, setSetAside] = useState(false);
  const [round, setRound] = useState<Round | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    setSetAside(answerLogWasSetAside());
    fetch(contentUrl)
      .then((response) => (response.ok ? (response.json() as Promise<ReviewContent>) : Promise.reject(new Error(String(response.status)))))
      .then(setLoaded, () => setLoaded('failed'));
  }, [contentUrl]);

  const today = todayIn(new Date());
  const states = useMemo(() => cardStates(parseAnswerLog(log)), [log]);
  const deck = useMemo(() => deckCards(progress, lessons), [progress, lessons]);
  const due = dueCards(deck, states, today);
  const content = useMemo(() => new Map<string, ReviewCheck | ReviewTerm>([...checks, ...terms].map((c) => [c.card, c])), [checks, terms]);

  // 'loading' until the effect above has run, so the server's HTML and the first client render agree.
  if (loaded === 'loading') return <p class="js-only">Loading your review deck…</p>;
  if (loaded === 'failed') return <p class="notice">Your review deck could not be loaded. Check your connection, then reload the page.</p>;

  const start = () => {
    const cards = due.filter((card) => content.has(card)).slice(0, ROUND_SIZE);
    setRound({ cards, index: 0, right: 0 });
    setAnnouncement(`Round started: ${counted(String(cards.length), 'card')}.`);
  };

  const record = (card: string, right: boolean): string => {
    const next = withAnswer($answerLog.get(), answeredNow(card, right, new Date()));
    $answerLog.set(next);
    const state = cardStates(parseAnswerLog(next)).get(card);
    return state ? scheduledText(state, today) : '';
  };

  const notice = setAside && <p class="notice">Your saved answers could not be read, so your deck starts afresh. A copy of the old data is kept in this browser.</p>;
  const live = (
    <p class="visually-hidden" role="status">
      {announcement}
    </p>
  );

  if (round && round.index < round.cards.length) {
    const card = content.get(round.cards[round.index] ?? '');
    const position = `Card ${round.index + 1} of ${round.cards.length}`;
    const answered = (right: boolean) => {
      const said = record(card?.card ?? '', right);
      const outcome = card && 'question' in card ? (right ? 'Right.' : 'Not quite.') : right ? 'You knew it.' : 'Not yet.';
      setAnnouncement(`${outcome} ${said}`);
      return said;
    };
    const next = () => {
      const index = round.index + 1;
      if (index >= round.cards.length) setAnnouncement('Round complete.');
      setRound({ ...round, index });
    };
    const scored = (right: boolean) => setRound((r) => (r ? { ...r, right: r.right + (right ? 1 : 0) } : r));
    return (
      <div class="review">
        {live}
        {card && 'question' in card ? (
          <CheckCard key={card.card} card={card} position={position} onAnswer={(right) => (scored(right), answered(right))} onNext={next} />
        ) : card ? (
          <TermCard key={card.card} card={card} position={position} onAnswer={(right) => (scored(right), answered(right))} onNext={next} />
        ) : null}
      </div>
    );
  }

  const nextDay = nextDueDay(deck, states, today);
  return (
    <div class="review">
      {live}
      {notice}
      {round && <RoundDone right={round.right} of={round.cards.length} />}
      {deck.length === 0 ? (
        <p>
          Your deck is empty. Open a <a href={lessonsHref}>lesson</a>: its questions and the glossary terms it uses join your deck.
        </p>
      ) : due.length > 0 ? (
        <>
          <p>{dueText(due.length)}</p>
          <button type="button" onClick={start}>
            {round ? 'Start another round' : 'Start a round'}
            {due.length > ROUND_SIZE ? ` of ${ROUND_SIZE}` : ''}
          </button>
        </>
      ) : (
        <p>{nothingDueText(nextDay, today)}</p>
      )}
      <p class="meta">
        Your deck: {counted(String(deck.length), 'card')} from {lessons.filter((lesson) => progress.lessons[lesson.id]).length} of {lessons.length} lessons.
      </p>
    </div>
  );
}

/** The end of a round; focused, so the learner (and a screen reader) lands on it when the last card goes. */
function RoundDone({ right, of }: { right: number; of: number }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <h2 ref={heading} tabIndex={-1} class="review-done">
      Round complete: you got {right} of {of} right.
    </h2>
  );
}

/**
 * True when the stored log could not be read, so the store set it aside
 * (src/stores/persisted.ts) and the deck starts
 * from an empty log. Read here rather than reported by the store: that cost
 * 20 bytes gzip on every page with a store, and only this page says so.
 */
function answerLogWasSetAside(): boolean {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(persistedKey('review', ANSWER_LOG_FORMAT));
  } catch {
    return false;
  }
  try {
    return raw !== null && !isAnswerLog(JSON.parse(raw));
  } catch {
    return true;
  }
}

/** Number keys 1–9 (no modifier, not while typing): the 0-based choice they pick, else -1. */
function numberKey(event: KeyboardEvent): number {
  const target = event.target as HTMLElement | null;
  if (event.altKey || event.ctrlKey || event.metaKey || (target && /^(TEXTAREA|SELECT)$|^INPUT$/.test(target.tagName) && !(target as HTMLInputElement).type.match(/radio|checkbox|button/))) return -1;
  return /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : -1;
}

/** Runs `pick` with the choice a number key makes while this card is shown. */
function useNumberKeys(pick: (choice: number) => void) {
  const latest = useRef(pick);
  latest.current = pick;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const choice = numberKey(event);
      if (choice < 0) return;
      event.preventDefault();
      latest.current(choice);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** Focuses the card's heading when it appears, so a screen reader reads where the learner is. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

interface CardProps<C> {
  card: C;
  position: string;
  onAnswer: (right: boolean) => string;
  onNext: () => void;
}

function CheckCard({ card, position, onAnswer, onNext }: CardProps<ReviewCheck>) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [picked, setPicked] = useState(-1);
  const [result, setResult] = useState<{ option: number; schedule: string } | null>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  useNumberKeys((choice) => {
    if (result || choice >= card.options.length) return;
    setPicked(choice);
    document.getElementById(`${card.card}-o${choice}`)?.focus();
  });
  useEffect(() => nextButton.current?.focus(), [result]);
  const chosen = result ? card.options[result.option] : undefined;
  return (
    <form
      class="review-card card"
      onSubmit={(event) => {
        event.preventDefault();
        if (result || picked < 0) return;
        setResult({ option: picked, schedule: onAnswer(card.options[picked]?.correct ?? false) });
      }}
    >
      <h2 ref={heading} tabIndex={-1}>
        {position}: {card.lessonTitle}
      </h2>
      <fieldset class="check" disabled={!!result}>
        <legend>{card.question}</legend>
        {card.options.map((option, o) => (
          <div class="check-option">
            <input type="radio" id={`${card.card}-o${o}`} name={card.card} checked={picked === o} onChange={() => setPicked(o)} />
            <label for={`${card.card}-o${o}`}>
              <kbd aria-hidden="true">{o + 1}</kbd> {option.text}
            </label>
          </div>
        ))}
      </fieldset>
      {chosen && result ? (
        <>
          <p class={chosen.correct ? 'feedback correct' : 'feedback wrong'}>
            <strong>{chosen.correct ? 'Right. ' : 'Not quite. '}</strong>
            {chosen.feedback}
          </p>
          <p>{result.schedule}</p>
          <button type="button" ref={nextButton} onClick={onNext}>
            Next
          </button>
        </>
      ) : (
        <>
          <button type="submit" disabled={picked < 0}>
            Check answer
          </button>
          <p class="meta">Press a number key to pick an answer, then Enter.</p>
        </>
      )}
    </form>
  );
}

function TermCard({ card, position, onAnswer, onNext }: CardProps<ReviewTerm>) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [shown, setShown] = useState(false);
  const [result, setResult] = useState<{ knew: boolean; schedule: string } | null>(null);
  const knewButton = useRef<HTMLButtonElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const answer = (knew: boolean) => setResult({ knew, schedule: onAnswer(knew) });
  useNumberKeys((choice) => {
    if (shown && !result && choice < 2) answer(choice === 0);
  });
  useEffect(() => (result ? nextButton : knewButton).current?.focus(), [shown, result]);
  return (
    <section class="review-card card" aria-labelledby="review-card-heading">
      <h2 id="review-card-heading" ref={heading} tabIndex={-1}>
        {position}: glossary
      </h2>
      <p class="review-term">
        What does <strong>{card.term}</strong> mean?
      </p>
      {!shown ? (
        <>
          <p class="meta">Say or think the definition in your own words, then compare.</p>
          <button type="button" onClick={() => setShown(true)}>
            Show the definition
          </button>
        </>
      ) : (
        <>
          <p class="feedback">
            {card.expansion && <strong>{card.expansion}. </strong>}
            {card.short} <a href={card.href}>More in the glossary</a>
          </p>
          {result ? (
            <>
              <p>{result.schedule}</p>
              <button type="button" ref={nextButton} onClick={onNext}>
                Next
              </button>
            </>
          ) : (
            <div class="review-grades" role="group" aria-label="Did you know it?">
              <button type="button" ref={knewButton} onClick={() => answer(true)}>
                <kbd aria-hidden="true">1</kbd> I knew it
              </button>
              <button type="button" class="secondary" onClick={() => answer(false)}>
                <kbd aria-hidden="true">2</kbd> I didn't
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
