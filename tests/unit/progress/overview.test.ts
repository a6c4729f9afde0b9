import { describe, expect, it } from 'vitest';
import { continuationLead, continueWith, progressByTrack, trackSummary } from '../../../src/lib/progress/overview';
import { emptyProgress, markOpened, setDone } from '../../../src/lib/progress/progress';

const t0 = new Date('2026-11-01T10:00:00Z');
const lessons = [
  { id: 'two-hats', track: 'both' as const },
  { id: 'devops-principles', track: 'devops' as const },
  { id: 'sre-principles', track: 'sre' as const },
  { id: 'error-budgets', track: 'sre' as const },
];

describe('progressByTrack', () => {
  it('counts done and in-progress lessons per track, leaving out lessons that no longer exist', () => {
    let state = setDone(emptyProgress(), 'sre-principles', true, t0);
    state = markOpened(state, 'error-budgets', t0);
    state = setDone(state, 'removed-lesson', true, t0);
    expect(progressByTrack(state, lessons)).toEqual([
      { track: 'devops', total: 1, done: 0, inProgress: 0 },
      { track: 'sre', total: 2, done: 1, inProgress: 1 },
      { track: 'both', total: 1, done: 0, inProgress: 0 },
    ]);
  });
});

describe('continueWith', () => {
  it('suggests the first lesson to a newcomer', () => {
    expect(continueWith(emptyProgress(), lessons)).toEqual({ id: 'two-hats', reason: 'start' });
  });
  it('resumes the last opened lesson while it is unfinished', () => {
    expect(continueWith(markOpened(emptyProgress(), 'sre-principles', t0), lessons)).toEqual({ id: 'sre-principles', reason: 'resume' });
  });
  it('moves on to the next unfinished lesson after a finished one, wrapping to earlier gaps', () => {
    let state = setDone(markOpened(emptyProgress(), 'error-budgets', t0), 'error-budgets', true, t0);
    expect(continueWith(state, lessons)).toEqual({ id: 'two-hats', reason: 'next' });
    state = setDone(markOpened(state, 'devops-principles', t0), 'devops-principles', true, t0);
    expect(continueWith(state, lessons)).toEqual({ id: 'sre-principles', reason: 'next' });
  });
  it('is null when every lesson is done', () => {
    const all = lessons.reduce((s, l) => setDone(s, l.id, true, t0), emptyProgress());
    expect(continueWith(all, lessons)).toBeNull();
  });
});

describe('what the overview says', () => {
  it('names the track and counts done, adding lessons in progress only when there are some', () => {
    expect(trackSummary({ track: 'sre', done: 1, total: 6, inProgress: 2 })).toBe('SRE lessons: 1 of 6 done, 2 in progress');
    expect(trackSummary({ track: 'devops', done: 0, total: 5, inProgress: 0 })).toBe('DevOps lessons: 0 of 5 done');
    expect(trackSummary({ track: 'both', done: 3, total: 3, inProgress: 0 })).toBe('Shared lessons: 3 of 3 done');
  });
  it('leads into the lesson to continue with according to why it is suggested', () => {
    expect(continuationLead('start')).toBe('Start here: ');
    expect(continuationLead('resume')).toBe('Continue where you left off: ');
    expect(continuationLead('next')).toBe('Next up: ');
  });
  it('for a newcomer (the page without JavaScript), counts nothing done and starts at the first lesson', () => {
    expect(progressByTrack(emptyProgress(), lessons).map(trackSummary)).toEqual(['DevOps lessons: 0 of 1 done', 'SRE lessons: 0 of 2 done', 'Shared lessons: 0 of 1 done']);
    expect(continueWith(emptyProgress(), lessons)).toEqual({ id: 'two-hats', reason: 'start' });
  });
});
