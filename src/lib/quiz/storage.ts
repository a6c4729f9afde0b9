/**
 * The quiz state kept in the browser between visits, and how it is read back.
 *
 * What is stored names both its own format (`v`) and the item bank version
 * (`bank`). Anything unreadable or made for another bank version is never
 * misread and never silently destroyed: the reader starts fresh, returns a
 * notice for the learner, and hands back the raw value so the UI can keep it
 * under QUIZ_SET_ASIDE_KEY.
 */
import { normaliseAnswers } from './answers';
import type { QuizBank } from './schema';

/** Version of the stored shape below; bump it when the shape changes. */
export const QUIZ_STORAGE_FORMAT = 1;
/** localStorage key for the current quiz state (versioned like every stored value: fs:<name>:v<format>). */
export const QUIZ_STORAGE_KEY = `fs:quiz:v${QUIZ_STORAGE_FORMAT}`;
/** localStorage key for a value that could not be used, kept for the learner. */
export const QUIZ_SET_ASIDE_KEY = 'fs:quiz:set-aside';

/**
 * The persisted quiz state, e.g.
 * `{ "v": 1, "bank": 1, "answers": { "pipeline-rebuild": 4 }, "current": 1, "updatedAt": "2026-07-01T09:30:00.000Z" }`.
 * `storage-schema.ts` states the same shape as a zod schema; a property test
 * holds `isStoredQuiz` to it. This reader is hand-written because it runs in
 * the browser, where zod would outweigh the quiz page's JavaScript budget.
 */
export interface StoredQuiz {
  /** Storage format version (QUIZ_STORAGE_FORMAT). */
  v: typeof QUIZ_STORAGE_FORMAT;
  /** Item bank version the answers belong to. */
  bank: number;
  /** Item id → answer (Likert 1..5, scenario option id or index). */
  answers: Record<string, number | string>;
  /** 0-based index of the question on screen. */
  current: number;
  /** When the learner last answered, ISO 8601 with an offset. */
  updatedAt: string;
}

const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** An ISO 8601 date-time with seconds and an offset, on a day that exists (no 30 February). */
function isIsoDateTime(text: string): boolean {
  const match = ISO_DATETIME.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
// Safe integers only, as zod 4's .int() accepts: 2^53 and beyond cannot be told from their neighbours.
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);
const isAnswer = (value: unknown) => isWhole(value) || (typeof value === 'string' && value.length <= 100);

export function isStoredQuiz(data: unknown): data is StoredQuiz {
  if (!isObject(data)) return false;
  const { v, bank, answers, current, updatedAt } = data;
  return (
    v === QUIZ_STORAGE_FORMAT &&
    isWhole(bank) && bank > 0 &&
    isObject(answers) && Object.values(answers).every(isAnswer) &&
    isWhole(current) && current >= 0 &&
    typeof updatedAt === 'string' && isIsoDateTime(updatedAt)
  );
}

export type StoredQuizProblem = 'unreadable' | 'other-format' | 'other-bank';

export interface StoredQuizReading {
  state: StoredQuiz;
  /** A sentence for the learner when the saved answers could not be used; null otherwise. */
  notice: string | null;
  /** Machine-readable form of the notice; null when there is none. */
  problem: StoredQuizProblem | null;
  /** The raw stored value when it was not used, to keep under QUIZ_SET_ASIDE_KEY; null otherwise. */
  setAside: string | null;
}

export const STORAGE_NOTICES: Record<StoredQuizProblem, string> = {
  unreadable: 'Your saved quiz answers could not be read, so the quiz starts again. A copy of the old data is kept in this browser.',
  'other-format': 'Your saved quiz answers were saved by an earlier version of this site, so the quiz starts again. A copy of the old data is kept in this browser.',
  'other-bank': 'The quiz questions have changed since you saved your answers, so the quiz starts again. Your old answers are kept in this browser.',
};

/** A new, empty quiz for this bank. */
export function freshQuizState(bank: Pick<QuizBank, 'version'>, now: Date): StoredQuiz {
  return { v: QUIZ_STORAGE_FORMAT, bank: bank.version, answers: {}, current: 0, updatedAt: now.toISOString() };
}

export function serialiseStoredQuiz(state: StoredQuiz): string {
  return JSON.stringify(state);
}

/**
 * Reads the stored value for this bank. Never throws. Answers for items the
 * bank does not have, or out of range, are dropped, and `current` is kept
 * within the bank.
 */
export function readStoredQuiz(raw: string | null | undefined, bank: Pick<QuizBank, 'version' | 'items'>, now: Date = new Date()): StoredQuizReading {
  const fresh = (problem: StoredQuizProblem | null): StoredQuizReading => ({
    state: freshQuizState(bank, now),
    notice: problem ? STORAGE_NOTICES[problem] : null,
    problem,
    setAside: problem ? (raw ?? null) : null,
  });
  if (raw === undefined || raw === null || raw.trim() === '') return fresh(null);

  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fresh('unreadable');
  }
  if (!isStoredQuiz(data)) {
    const format = isObject(data) ? data.v : undefined;
    return fresh(typeof format === 'number' && format !== QUIZ_STORAGE_FORMAT ? 'other-format' : 'unreadable');
  }
  if (data.bank !== bank.version) return fresh('other-bank');

  const lastIndex = Math.max(0, bank.items.length - 1);
  return {
    state: { ...data, answers: normaliseAnswers(bank, data.answers), current: Math.min(data.current, lastIndex) },
    notice: null,
    problem: null,
    setAside: null,
  };
}
