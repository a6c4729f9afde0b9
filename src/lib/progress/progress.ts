/**
 * Lesson progress: which lessons a learner has opened and finished, kept in
 * their browser. Pure functions over a small versioned state; the store in
 * src/stores/progress.ts persists it. Every page that keeps progress loads
 * this module, so what only one page needs lives next to it: the overview's
 * counts and sentences in overview.ts, merging an imported file in
 * progress-file.ts.
 */
import type { Track } from '../content-schemas';

export type LessonStatus = 'in-progress' | 'done';

export interface LessonProgress {
  status: LessonStatus;
  /** ISO 8601, when the status last changed. */
  updatedAt: string;
}

/** Version of the stored shape; bump it when the shape changes. */
export const PROGRESS_FORMAT = 1;

export interface ProgressState {
  v: typeof PROGRESS_FORMAT;
  lessons: Record<string, LessonProgress>;
  /** The lesson opened most recently, for "continue where you left off". */
  lastOpened: string | null;
}

export const emptyProgress = (): ProgressState => ({ v: PROGRESS_FORMAT, lessons: {}, lastOpened: null });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isLessonProgress(value: unknown): value is LessonProgress {
  return isObject(value) && (value.status === 'in-progress' || value.status === 'done') && typeof value.updatedAt === 'string' && !Number.isNaN(Date.parse(value.updatedAt));
}

/**
 * Checks a value read back from storage. Hand-written rather than zod because
 * it runs on every lesson page, where zod would outweigh the page's script.
 */
export function isProgressState(value: unknown): value is ProgressState {
  return (
    isObject(value) &&
    value.v === PROGRESS_FORMAT &&
    isObject(value.lessons) &&
    Object.values(value.lessons).every(isLessonProgress) &&
    (value.lastOpened === null || typeof value.lastOpened === 'string')
  );
}

/** Opening a lesson marks it in progress (a finished lesson stays done) and remembers it. */
export function markOpened(state: ProgressState, id: string, now: Date): ProgressState {
  const current = state.lessons[id];
  const lessons = current ? state.lessons : { ...state.lessons, [id]: { status: 'in-progress' as const, updatedAt: now.toISOString() } };
  return { ...state, lessons, lastOpened: id };
}

export function setDone(state: ProgressState, id: string, done: boolean, now: Date): ProgressState {
  const status: LessonStatus = done ? 'done' : 'in-progress';
  return { ...state, lessons: { ...state.lessons, [id]: { status, updatedAt: now.toISOString() } } };
}

export const statusOf = (state: ProgressState, id: string): LessonStatus | 'not-started' => state.lessons[id]?.status ?? 'not-started';

export interface LessonRef {
  id: string;
  track: Track;
}

/** The lesson page's "done" toggle: its label, and what its status line says. */
export function doneToggle(done: boolean): { label: string; status: string } {
  return done ? { label: '✓ Done', status: 'Finished. Press again to mark it as not done.' } : { label: 'Mark this lesson as done', status: '' };
}
