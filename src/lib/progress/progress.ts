/**
 * Lesson progress: which lessons a learner has opened and finished, kept in
 * their browser. Pure functions over a small versioned state; the store in
 * src/stores/progress.ts persists it.
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

export interface TrackProgress {
  track: Track;
  done: number;
  inProgress: number;
  total: number;
}

const TRACKS: readonly Track[] = ['devops', 'sre', 'both'];

/** Done and in-progress counts per track, over the published lessons only. */
export function progressByTrack(state: ProgressState, lessons: readonly LessonRef[]): TrackProgress[] {
  return TRACKS.map((track) => {
    const ids = lessons.filter((lesson) => lesson.track === track).map((lesson) => lesson.id);
    return {
      track,
      total: ids.length,
      done: ids.filter((id) => statusOf(state, id) === 'done').length,
      inProgress: ids.filter((id) => statusOf(state, id) === 'in-progress').length,
    };
  }).filter((t) => t.total > 0);
}

export type Continuation = { id: string; reason: 'resume' | 'next' | 'start' } | null;

/**
 * Where to continue: the last lesson opened if it is not finished; otherwise
 * the first unfinished lesson after it in course order, then from the start;
 * null when every lesson is done. "start" means nothing has been opened yet.
 */
export function continueWith(state: ProgressState, ordered: readonly { id: string }[]): Continuation {
  const ids = ordered.map((lesson) => lesson.id);
  const unfinished = (id: string) => statusOf(state, id) !== 'done';
  const last = state.lastOpened !== null && ids.includes(state.lastOpened) ? state.lastOpened : null;
  if (last === null) {
    const first = ids.find(unfinished);
    return first === undefined ? null : { id: first, reason: Object.keys(state.lessons).length === 0 ? 'start' : 'next' };
  }
  if (unfinished(last)) return { id: last, reason: 'resume' };
  const after = ids.slice(ids.indexOf(last) + 1).find(unfinished) ?? ids.find(unfinished);
  return after === undefined ? null : { id: after, reason: 'next' };
}

const RANK: Record<LessonStatus, number> = { 'in-progress': 1, done: 2 };

/**
 * Combines imported progress with what is already here, lesson by lesson:
 * the further status wins (done beats in progress), then the newer change.
 * Importing therefore never loses a finished lesson.
 */
export function mergeProgress(here: ProgressState, imported: ProgressState): ProgressState {
  const lessons = { ...here.lessons };
  for (const [id, theirs] of Object.entries(imported.lessons)) {
    const ours = lessons[id];
    if (!ours || RANK[theirs.status] > RANK[ours.status] || (RANK[theirs.status] === RANK[ours.status] && theirs.updatedAt > ours.updatedAt)) {
      lessons[id] = theirs;
    }
  }
  return { v: PROGRESS_FORMAT, lessons, lastOpened: here.lastOpened ?? imported.lastOpened };
}
