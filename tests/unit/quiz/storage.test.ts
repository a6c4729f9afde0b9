import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import bankJson from '../../../src/content/quiz/bank.json';
import { quizBankSchema, type QuizBank } from '../../../src/lib/quiz/schema';
import { freshQuizState, isStoredQuiz, readStoredQuiz, serialiseStoredQuiz, STORAGE_NOTICES, type StoredQuiz } from '../../../src/lib/quiz/storage';
import { storedQuizSchema } from '../../../src/lib/quiz/storage-schema';

const bank: QuizBank = quizBankSchema.parse(bankJson[0]);
const now = new Date('2026-07-01T09:30:00.000Z');
const saved: StoredQuiz = { v: 1, bank: 1, answers: { 'pipeline-rebuild': 4, 'latency-3am': 'slo-burn' }, current: 3, updatedAt: '2026-06-30T18:00:00.000Z' };

describe('readStoredQuiz', () => {
  it('starts fresh and quietly when nothing is stored', () => {
    for (const raw of [undefined, null, '', '   ']) {
      expect(readStoredQuiz(raw, bank, now)).toEqual({ state: freshQuizState(bank, now), notice: null, problem: null, setAside: null });
    }
    expect(freshQuizState(bank, now)).toEqual({ v: 1, bank: 1, answers: {}, current: 0, updatedAt: '2026-07-01T09:30:00.000Z' });
  });

  it('reads back exactly what was saved for the same bank version', () => {
    expect(readStoredQuiz(serialiseStoredQuiz(saved), bank, now)).toEqual({ state: saved, notice: null, problem: null, setAside: null });
  });

  it('corrupt JSON: fresh state, a notice, and the raw value handed back to set aside', () => {
    const raw = '{"v":1,"bank":1,"answers":{';
    const result = readStoredQuiz(raw, bank, now);
    expect(result).toEqual({ state: freshQuizState(bank, now), notice: STORAGE_NOTICES.unreadable, problem: 'unreadable', setAside: raw });
  });

  it('valid JSON of the wrong shape is treated as unreadable', () => {
    for (const raw of ['[]', '42', 'null', '{"v":1,"bank":1,"answers":[],"current":0,"updatedAt":"2026-06-30T18:00:00.000Z"}', JSON.stringify({ ...saved, current: -1 }), JSON.stringify({ ...saved, updatedAt: 'yesterday' })]) {
      expect(readStoredQuiz(raw, bank, now), raw).toMatchObject({ problem: 'unreadable', setAside: raw });
    }
  });

  it('an older bank version: fresh state for the current bank, the old answers set aside, a notice', () => {
    const older = serialiseStoredQuiz(saved); // saved for bank version 1
    const result = readStoredQuiz(older, { ...bank, version: 2 }, now);
    expect(result).toMatchObject({ problem: 'other-bank', notice: STORAGE_NOTICES['other-bank'], setAside: older, state: { bank: 2, answers: {}, current: 0 } });
    // A value from a newer bank (an old cached page) is set aside the same way, never misread.
    const newer = serialiseStoredQuiz({ ...saved, bank: 2 });
    expect(readStoredQuiz(newer, bank, now)).toMatchObject({ problem: 'other-bank', setAside: newer, state: { bank: 1, answers: {} } });
  });

  it('another storage format version is named as such', () => {
    const raw = JSON.stringify({ ...saved, v: 0 });
    expect(readStoredQuiz(raw, bank, now)).toMatchObject({ problem: 'other-format', notice: STORAGE_NOTICES['other-format'], setAside: raw });
  });

  it('drops answers the bank cannot use and keeps the current index within the bank', () => {
    const raw = JSON.stringify({ ...saved, answers: { 'pipeline-rebuild': 9, 'on-call-week': 2, 'gone-item': 3, 'latency-3am': 1 }, current: 500 });
    const { state, problem } = readStoredQuiz(raw, bank, now);
    expect(problem).toBeNull();
    expect(state.answers).toEqual({ 'on-call-week': 2, 'latency-3am': 'slo-burn' });
    expect(state.current).toBe(bank.items.length - 1);
  });

  it('never throws, and always returns a state the schema accepts (property)', () => {
    const raws = fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.constant(serialiseStoredQuiz(saved)));
    fc.assert(
      fc.property(raws, (raw) => {
        const result = readStoredQuiz(raw, bank, now);
        expect(storedQuizSchema.safeParse(result.state).success).toBe(true);
        expect(result.state.bank).toBe(bank.version);
        // Whatever is not used is handed back, never lost.
        if (result.problem) expect(result.setAside).toBe(raw);
      }),
    );
  });

  it.each([
    ['2026-07-01T09:30:00Z', true],
    ['2026-07-01T09:30:00.123+02:00', true],
    ['2024-02-29T00:00:00Z', true],
    ['2026-07-01T09:30Z', false],
    ['2026-02-30T00:00:00Z', false],
    ['2026-07-01T24:00:00Z', false],
    ['2026-07-01T09:30:00+0200', false],
    ['2026-07-01 09:30:00Z', false],
  ])('updatedAt %s is %s for both the browser reader and the zod schema', (updatedAt, accepted) => {
    const value = { v: 1, bank: 1, answers: {}, current: 0, updatedAt };
    expect(isStoredQuiz(value)).toBe(accepted);
    expect(storedQuizSchema.safeParse(value).success).toBe(accepted);
  });

  it.each([
    ['an answer of -2^53', { answers: { x: -(2 ** 53) } }],
    ['an answer of 2^53', { answers: { x: 2 ** 53 } }],
    ['a current index of 2^53', { current: 2 ** 53 }],
    ['a bank version of 2^53', { bank: 2 ** 53 }],
  ])('rejects integers beyond the safe range (%s), as the zod schema does', (_name, change) => {
    const value = { ...saved, ...change };
    expect(storedQuizSchema.safeParse(value).success).toBe(false);
    expect(isStoredQuiz(value)).toBe(false);
    // One inside the range is still fine.
    expect(isStoredQuiz({ ...saved, answers: { x: Number.MAX_SAFE_INTEGER } })).toBe(true);
  });

  it('the browser-side reader accepts exactly what the zod schema accepts (property)', () => {
    const nearlyStored = fc.record(
      {
        v: fc.oneof(fc.constant(1), fc.integer({ min: -1, max: 3 }), fc.string()),
        bank: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), fc.string()),
        answers: fc.oneof(
          fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(2 ** 53, -(2 ** 53), 2 ** 60), fc.double(), fc.string({ maxLength: 120 }), fc.boolean())),
          fc.array(fc.integer()),
          fc.constant(null),
        ),
        current: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double(), fc.constant('2')),
        updatedAt: fc.oneof(
          fc.date({ noInvalidDate: true, min: new Date('1970-01-01'), max: new Date('2999-12-31') }).map((d) => d.toISOString()),
          fc.constantFrom('2026-07-01T09:30:00+02:00', '2026-07-01', 'yesterday', '2026-13-45T99:99:99Z'),
          fc.string(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(nearlyStored, fc.jsonValue()), (value) => {
        expect(isStoredQuiz(value)).toBe(storedQuizSchema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });
});
