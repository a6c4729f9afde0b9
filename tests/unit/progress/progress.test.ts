import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doneToggle, emptyProgress, isProgressState, markOpened, setDone, statusOf } from '../../../src/lib/progress/progress';
import { readFileSync } from 'node:fs';
import { fileTime, fromFileAnswer, importProgressFile, importSummary, mergeAnswerLogs, mergeProgress, progressFile, progressFileSchema } from '../../../src/lib/progress/progress-file';
import { parseAnswerLog, withAnswer, type Answer } from '../../../src/lib/review/log';

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
    const text = JSON.stringify(progressFile(state, '', t1));
    const result = importProgressFile(text, emptyProgress(), '', ids);
    expect(result).toMatchObject({ ok: true, imported: 1, ignored: [] });
    if (result.ok) expect(result.state.lessons).toEqual(state.lessons);
  });

  it('merges: a finished lesson is never lost, whichever side has it', () => {
    const finishedHere = setDone(here, 'two-hats', true, t0);
    const startedThere = markOpened(emptyProgress(), 'two-hats', t1);
    const result = importProgressFile(JSON.stringify(progressFile(startedThere, '', t1)), finishedHere, '', ids);
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
    const result = importProgressFile(JSON.stringify(progressFile(state, '', t0)), here, '', ids);
    expect(result).toMatchObject({ ok: true, imported: 0, ignored: ['old-lesson'] });
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['another kind of JSON', JSON.stringify({ hello: 'world' }), /not a Flow & Stability progress file/],
    ['a newer format', JSON.stringify({ ...progressFile(here, '', t0), version: 3 }), /newer version/],
    ['a damaged answer', JSON.stringify({ ...progressFile(here, '', t0), answers: [{ card: 'term-slo', right: 'yes', at: '2026-12-04T10:00:00.000+01:00' }] }), /damaged \(at answers\.0\.right/],
    ['a damaged entry', JSON.stringify({ ...progressFile(here, '', t0), lessons: { 'two-hats': { status: 'finished', updatedAt: 'x' } } }), /damaged \(at lessons\.two-hats/],
    ['a huge file', 'x'.repeat(1_100_000), /too large/],
  ])('rejects %s with a message and changes nothing', (_name, text, message) => {
    const result = importProgressFile(text, here, '', ids);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('sums up an import for the learner: how many lessons, and which were skipped', () => {
    const state = setDone(setDone(emptyProgress(), 'two-hats', true, t0), 'old-lesson', true, t0);
    expect(importSummary(importProgressFile(JSON.stringify(progressFile(state, '', t0)), here, '', ids))).toEqual({
      text: 'Imported progress for 1 lesson, merged with what was here. Skipped 1 lesson this site no longer has: old-lesson.',
      ok: true,
    });
    const two = setDone(state, 'sre-principles', true, t0);
    expect(importSummary(importProgressFile(JSON.stringify(progressFile(two, '', t0)), here, '', ids)).text).toMatch(/^Imported progress for 2 lessons, merged with what was here\. Skipped/);
    expect(importSummary(importProgressFile('{oops', here, '', ids))).toEqual({ text: expect.stringMatching(/not valid JSON/), ok: false });
  });

  it('never throws on any text (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
      const result = importProgressFile(text, here, '', ids);
      expect(typeof result.ok).toBe('boolean');
    }));
  });

  it('a version 1 file (before review answers) still imports, and leaves the answers here alone', () => {
    const v1 = readFileSync('tests/unit/progress/fixtures/progress-v1.json', 'utf8');
    const log = withAnswer('', { card: 'term-slo', right: true, at: t0.getTime(), offset: 60 });
    const result = importProgressFile(v1, emptyProgress(), log, ids);
    expect(result).toMatchObject({ ok: true, imported: 2, answers: 0, log });
    if (result.ok) expect(statusOf(result.state, 'two-hats')).toBe('done');
    expect(importSummary(result).text).toBe('Imported progress for 2 lessons, merged with what was here.');
  });
});

describe('review answers in the progress file (version 2)', () => {
  const ids = lessons.map((l) => l.id);
  const paris: Answer = { card: 'check-two-hats--which-hat', right: false, at: Date.parse('2026-12-04T09:15:00Z'), offset: 60 };
  const newYork: Answer = { card: 'term-slo', right: true, at: Date.parse('2026-12-05T03:00:00Z'), offset: -300 };
  const log = [paris, newYork].reduce(withAnswer, '');

  it('writes each answer\'s time in the learner\'s offset then, which keeps its calendar day', () => {
    expect(fileTime(paris.at, 60)).toBe('2026-12-04T10:15:00.000+01:00');
    expect(fileTime(newYork.at, -300)).toBe('2026-12-04T22:00:00.000-05:00');
    expect(fileTime(0, 0)).toBe('1970-01-01T00:00:00.000+00:00');
    const file = progressFile(emptyProgress(), log, t0);
    expect(file.version).toBe(2);
    expect(file.answers).toEqual([
      { card: 'check-two-hats--which-hat', right: false, at: '2026-12-04T10:15:00.000+01:00' },
      { card: 'term-slo', right: true, at: '2026-12-04T22:00:00.000-05:00' },
    ]);
    expect(progressFileSchema.safeParse(file).success).toBe(true);
  });

  it('round-trips: exported answers import into a fresh browser as the same log', () => {
    const result = importProgressFile(JSON.stringify(progressFile(emptyProgress(), log, t0)), emptyProgress(), '', ids);
    expect(result).toMatchObject({ ok: true, answers: 2, log });
    expect(importSummary(result).text).toBe('Imported progress for 0 lessons and 2 review answers, merged with what was here.');
  });

  it('reads Z as offset 0, and leaves out what the log cannot hold', () => {
    expect(fromFileAnswer({ card: 'term-slo', right: true, at: '2026-12-04T10:15:00Z' })).toEqual({ card: 'term-slo', right: true, at: Date.parse('2026-12-04T10:15:00Z'), offset: 0 });
    expect(fromFileAnswer({ card: 'term-slo', right: true, at: '1960-01-01T00:00:00Z' })).toBeUndefined();
    expect(fromFileAnswer({ card: 'term-slo', right: true, at: '2026-12-04T10:15:00+23:00' })).toBeUndefined();
  });

  it('merging keeps every answer once, oldest first; merging a log with itself changes nothing (property)', () => {
    const answer = fc.record({ card: fc.constantFrom('term-slo', 'term-sli', 'check-a--b'), right: fc.boolean(), at: fc.integer({ min: 0, max: 4_102_444_800_000 }), offset: fc.integer({ min: -720, max: 840 }) });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 15 }), fc.array(answer, { maxLength: 15 }), (ours, theirs) => {
        const here = [...ours].sort((a, b) => a.at - b.at).reduce(withAnswer, '');
        const merged = parseAnswerLog(mergeAnswerLogs(here, theirs));
        expect(merged.map((a) => a.at)).toEqual([...merged.map((a) => a.at)].sort((a, b) => a - b));
        const key = (a: Answer) => `${a.card} ${a.at} ${a.right}`;
        expect(new Set(merged.map(key))).toEqual(new Set([...ours, ...theirs].map(key)));
        expect(mergeAnswerLogs(mergeAnswerLogs(here, theirs), theirs)).toBe(mergeAnswerLogs(here, theirs));
      }),
    );
  });

  it('an exported file always passes its own schema and imports back to the same answers (property)', () => {
    const answer = fc.record({ card: fc.stringMatching(/^(check|term)-[a-z0-9-]{1,40}$/), right: fc.boolean(), at: fc.integer({ min: 0, max: 8_000_000_000_000 }), offset: fc.integer({ min: -999, max: 999 }) });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 10 }), (list) => {
        const sorted = [...list].sort((a, b) => a.at - b.at);
        const text = JSON.stringify(progressFile(emptyProgress(), sorted.reduce(withAnswer, ''), t0));
        const result = importProgressFile(text, emptyProgress(), '', ids);
        expect(result.ok).toBe(true);
        if (result.ok) expect(parseAnswerLog(result.log).map((a) => `${a.card} ${a.at} ${a.offset}`).sort()).toEqual(sorted.map((a) => `${a.card} ${a.at} ${a.offset}`).sort());
      }),
    );
  });
});
