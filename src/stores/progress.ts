import { emptyProgress, isProgressState, PROGRESS_FORMAT, type ProgressState } from '../lib/progress/progress';
import { persistedAtom } from './persisted';

/** Lesson progress, shared by the lesson pages, the lessons index and the home page. */
export const $progress = persistedAtom<ProgressState>('progress', PROGRESS_FORMAT, emptyProgress(), (value) =>
  isProgressState(value) ? value : undefined,
);
