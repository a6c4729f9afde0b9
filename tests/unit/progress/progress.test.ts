import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doneToggle, emptyProgress, isProgressState, markOpened, setDone, statusOf } from '../../../src/lib/progress/progress';
import { importProgressFile, importSummary, mergeProgress, progressFile } from '../../../src/lib/progress/progress-file';

const t0 = new Date('2026-11-01T10:00:00Z');
const t1 = new Date('2026-11-02T10:00:00Z');
const lessons = [
  { id: 'two-hats', track: 'both' as const },
  { id: 'devops-principles', track: 'devops' as const },
  { id: 'sre-principles', track: 'sre' as const },
  { id: 'error-budgets', track: 'sre' as const },
];

describe('marking lessons', () => {
  it('opening a lesson marks it in progress and remembers it', () => {
    const state = markOpened(emptyProgress(), 'sre-principles', t0);
    expect(statusOf(state, 'sre-principles')).toBe('in-progress');
    expect(state.lastOpened).toBe('sre-principles');
    expect(statusOf(state, 'two-hats')).toBe('not-started');
  });
  it('opening a finished lesson again keeps it done', () => {
    const done = setDone(markOpened(emptyProgress(), 'two-hats', t0), 'two-hats', true, t0);
    expect(statusOf(markOpened(done, 'two-hats', t1), 'two-hats')).toBe('done');
  });
  it('a lesson can be marked not done again', () => {
    const done = setDone(emptyProgress(), 'two-hats', true, t0);
    expect(statusOf(setDone(done, 'two-hats', false, t1), 'two-hats')).toBe('in-progress');
  });
  it('the lesson page\'s toggle says what pressing it does, and confirms a finished lesson', () => {
    expect(doneToggle(false)).toEqual({ label: 'Mark this lesson as done', status: '' });
    expect(doneToggle(true)).toEqual({ label: '✓ Done', status: 'Finished. Press again to mark it as not done.' });
  });
});

describe('stored state', () => {
  it('accepts a valid state and rejects other shapes', () => {
    expect(isProgressState(markOpened(emptyProgress(), 'two-hats', t0))).toBe(true);
    expect(isProgressState({ v: 2, lessons: {}, lastOpened: null })).toBe(false);
    expect(isProgressState({ v: 1, lessons: { a: { status: 'finished', updatedAt: t0.toISOString() } }, lastOpened: null })).toBe(false);
    expect(isProgressState(null)).toBe(false);
  });
});

describe('export and import', () => {
  const here = markOpened(emptyProgress(), 'two-hats', t0);
  const ids = lessons.map((l) => l.id);

  it('round-trips: an exported file imports back to the same progress', () => {
    const state = setDone(markOpened(emptyProgress(), 'sre-principles', t0), 'sre-principles', true, t1);
    const text = JSON.stringify(progressFile(state, t1));
    const result = importProgressFile(text, emptyProgress(), ids);
    expect(result).toMatchObject({ ok: true, imported: 1, ignored: [] });
    if (result.ok) expect(result.state.lessons).toEqual(state.lessons);
  });

  it('merges: a finished lesson is never lost, whichever side has it', () => {
    const finishedHere = setDone(here, 'two-hats', true, t0);
    const startedThere = markOpened(emptyProgress(), 'two-hats', t1);
    const result = importProgressFile(JSON.stringify(progressFile(startedThere, t1)), finishedHere, ids);
    expect(result.ok && statusOf(result.state, 'two-hats')).toBe('done');
  });

  it('merging progress with itself changes nothing, and keeps the newer of two equal statuses', () => {
    const state = setDone(markOpened(emptyProgress(), 'two-hats', t0), 'sre-principles', true, t0);
    expect(mergeProgress(state, state)).toEqual(state);
    const later = markOpened(emptyProgress(), 'two-hats', t1);
    expect(mergeProgress(state, later).lessons['two-hats']).toEqual({ status: 'in-progress', updatedAt: t1.toISOString() });
    expect(mergeProgress(setDone(state, 'x', false, t0), setDone(later, 'x', false, t1)).lessons['x']?.updatedAt).toBe(t1.toISOString());
  });

  it('skips lessons the site no longer has, and names them', () => {
    const state = setDone(emptyProgress(), 'old-lesson', true, t0);
    const result = importProgressFile(JSON.stringify(progressFile(state, t0)), here, ids);
    expect(result).toMatchObject({ ok: true, imported: 0, ignored: ['old-lesson'] });
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['another kind of JSON', JSON.stringify({ hello: 'world' }), /not a Flow & Stability progress file/],
    ['a newer format', JSON.stringify({ ...progressFile(here, t0), version: 2 }), /newer version/],
    ['a damaged entry', JSON.stringify({ ...progressFile(here, t0), lessons: { 'two-hats': { status: 'finished', updatedAt: 'x' } } }), /damaged \(at lessons\.two-hats/],
    ['a huge file', 'x'.repeat(200_000), /too large/],
  ])('rejects %s with a message and changes nothing', (_name, text, message) => {
    const result = importProgressFile(text, here, ids);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('sums up an import for the learner: how many lessons, and which were skipped', () => {
    const state = setDone(setDone(emptyProgress(), 'two-hats', true, t0), 'old-lesson', true, t0);
    expect(importSummary(importProgressFile(JSON.stringify(progressFile(state, t0)), here, ids))).toEqual({
      text: 'Imported progress for 1 lesson, merged with what was here. Skipped 1 lesson this site no longer has: old-lesson.',
      ok: true,
    });
    const two = setDone(state, 'sre-principles', true, t0);
    expect(importSummary(importProgressFile(JSON.stringify(progressFile(two, t0)), here, ids)).text).toMatch(/^Imported progress for 2 lessons, merged with what was here\. Skipped/);
    expect(importSummary(importProgressFile('{oops', here, ids))).toEqual({ text: expect.stringMatching(/not valid JSON/), ok: false });
  });

  it('never throws on any text (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
      const result = importProgressFile(text, here, ids);
      expect(typeof result.ok).toBe('boolean');
    }));
  });
});
