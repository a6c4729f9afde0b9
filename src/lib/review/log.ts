/**
 * The answer log: every answer a learner gives to a card of the review deck
 * (a lesson's knowledge check or a glossary term), on a lesson page or on
 * /review/, kept in their browser, oldest first. The deck's schedule is
 * derived from it (leitner.ts), so recording an answer is only an append:
 * lesson pages carry this module and not the scheduler.
 *
 * One line per answer: the card, 1 (right) or 0 (wrong), when (milliseconds
 * since 1970, UTC) and the learner's UTC offset at that moment (minutes east
 * of Greenwich, so +60 in Paris in winter):
 *
 *   check-two-hats--which-hat 1 1796371200000 60
 *
 * Text lines rather than JSON because every lesson page reads and appends
 * it: one regular expression checks the whole log, which costs the page far
 * less than a parser for an array of objects. The offset fixes the calendar
 * day the learner answered on, whatever zone they are in later.
 * `log-schema.ts` states the parsed shape as a zod schema; a property test
 * holds this module to it.
 */

/** Version of the log's format (part of its storage key, fs:review:v1). */
export const ANSWER_LOG_FORMAT = 1;

/** The log keeps the most recent answers within this many characters (about 4,000 answers); older lines drop off the front. */
export const MAX_LOG_CHARS = 200_000;

export interface Answer {
  /** A check's question id (check-<lesson>--<check>) or a glossary card (term-<id>). */
  card: string;
  right: boolean;
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  at: number;
  /** The learner's UTC offset when they answered, in minutes east (−720 … +840 in practice). */
  offset: number;
}

/** One answer's line. Numbers are written without leading zeros or "-0", so a line reads back to the same text. */
const LINE = '(?:check|term)-[a-z0-9-]{1,120} [01] (?:0|[1-9]\\d{0,14}) (?:0|-?[1-9]\\d{0,2})\\n';
const LOG = new RegExp(`^(?:${LINE})*$`);

/** Checks a stored log: well-formed lines only, within MAX_LOG_CHARS. */
export const isAnswerLog = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_LOG_CHARS && LOG.test(value);

/** The line for an answer: answerLine({ card: 'term-slo', right: false, at: 0, offset: 60 }) → "term-slo 0 0 60\n". */
export const answerLine = ({ card, right, at, offset }: Answer): string => `${card} ${right ? 1 : 0} ${at} ${offset || 0}\n`;

/** An answer given now, in the zone the browser is in (getTimezoneOffset counts minutes west). */
export const answeredNow = (card: string, right: boolean, now: Date): Answer => ({ card, right, at: now.getTime(), offset: -now.getTimezoneOffset() });

/** The log with one more answer; the oldest lines drop off once it would pass MAX_LOG_CHARS. */
export function withAnswer(log: string, answer: Answer): string {
  const next = log + answerLine(answer);
  return next.length > MAX_LOG_CHARS ? next.slice(next.indexOf('\n', next.length - MAX_LOG_CHARS - 1) + 1) : next;
}

/** Reads a log that isAnswerLog accepted. */
export function parseAnswerLog(log: string): Answer[] {
  return log
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [card = '', right, at, offset] = line.split(' ');
      return { card, right: right === '1', at: Number(at), offset: Number(offset) };
    });
}

/** How the learner did on these cards the last time they answered each: right and answered counts. */
export function lastTime(log: string, cards: readonly string[]): { right: number; of: number } {
  const last = new Map(parseAnswerLog(log).map((answer) => [answer.card, answer.right]));
  const answered = cards.filter((card) => last.has(card));
  return { right: answered.filter((card) => last.get(card)).length, of: answered.length };
}

/** "You got 2 of 3 right last time." next to a lesson's checks; empty before any answer. */
export const lastTimeText = ({ right, of }: { right: number; of: number }): string => (of > 0 ? `You got ${right} of ${of} right last time.` : '');
