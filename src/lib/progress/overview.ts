/**
 * The progress overview (home page, lessons index): counts per track, where
 * to continue, and the sentences that say so. The pages render them at build
 * time for a reader with no progress yet (and no JavaScript); the custom
 * element renders the same from the stored progress, so the two never drift.
 */
import type { Track } from '../content-schemas';
import { statusOf, type LessonRef, type ProgressState } from './progress';

/** A lesson as the overview names and links it. */
export interface OverviewLesson extends LessonRef {
  title: string;
  href: string;
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

const TRACK_NAMES: Record<Track, string> = { devops: 'DevOps lessons', sre: 'SRE lessons', both: 'Shared lessons' };

/** "SRE lessons: 1 of 6 done, 2 in progress" (also the progress bar's accessible name). */
export function trackSummary({ track, done, total, inProgress }: TrackProgress): string {
  return `${TRACK_NAMES[track]}: ${done} of ${total} done${inProgress > 0 ? `, ${inProgress} in progress` : ''}`;
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

const LEADS: Record<NonNullable<Continuation>['reason'], string> = {
  start: 'Start here: ',
  resume: 'Continue where you left off: ',
  next: 'Next up: ',
};

/** The words before the link to the lesson to continue with: "Continue where you left off: ". */
export const continuationLead = (reason: NonNullable<Continuation>['reason']): string => LEADS[reason];
