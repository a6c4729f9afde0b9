/**
 * The quiz state kept in the browser between visits, and how it is read back.
 *
 * What is stored names both its own format (`v`) and the item bank version
 * (`bank`). Anything unreadable or made for another bank version is never
 * misread and never silently destroyed: the reader starts fresh, returns a
 * notice for the learner, and hands back the raw value so the UI can keep it
 * under QUIZ_SET_ASIDE_KEY.
 */
import { z } from 'zod';
import { normaliseAnswers } from './answers';
import type { QuizBank } from './schema';

/** Version of the stored shape below; bump it when the shape changes. */
export const QUIZ_STORAGE_FORMAT = 1;
/** localStorage key for the current quiz state. */
export const QUIZ_STORAGE_KEY = 'flow-and-stability:quiz';
/** localStorage key for a value that could not be used, kept for the learner. */
export const QUIZ_SET_ASIDE_KEY = 'flow-and-stability:quiz:set-aside';

/** The persisted quiz state, e.g. `{ "v": 1, "bank": 1, "answers": { "pipeline-rebuild": 4 }, "current": 1, "updatedAt": "2026-07-01T09:30:00.000Z" }`. */
export const storedQuizSchema = z.object({
  /** Storage format version (QUIZ_STORAGE_FORMAT). */
  v: z.literal(QUIZ_STORAGE_FORMAT),
  /** Item bank version the answers belong to. */
  bank: z.number().int().positive(),
  /** Item id → answer (Likert 1..5, scenario option id or index). */
  answers: z.record(z.string(), z.union([z.number().int(), z.string().max(100)])),
  /** 0-based index of the question on screen. */
  current: z.number().int().min(0),
  /** When the learner last answered, ISO 8601. */
  updatedAt: z.iso.datetime({ offset: true }),
});

export type StoredQuiz = z.infer<typeof storedQuizSchema>;

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
  const parsed = storedQuizSchema.safeParse(data);
  if (!parsed.success) {
    const format = typeof data === 'object' && data !== null ? (data as { v?: unknown }).v : undefined;
    return fresh(typeof format === 'number' && format !== QUIZ_STORAGE_FORMAT ? 'other-format' : 'unreadable');
  }
  if (parsed.data.bank !== bank.version) return fresh('other-bank');

  const lastIndex = Math.max(0, bank.items.length - 1);
  return {
    state: { ...parsed.data, answers: normaliseAnswers(bank, parsed.data.answers), current: Math.min(parsed.data.current, lastIndex) },
    notice: null,
    problem: null,
    setAside: null,
  };
}
