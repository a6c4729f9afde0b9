import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import bankJson from '../../../src/content/quiz/bank.json';
import type { Answer } from '../../../src/lib/quiz/answers';
import { quizBankSchema, type QuizBank } from '../../../src/lib/quiz/schema';
import { scoreQuiz, type DimensionScore } from '../../../src/lib/quiz/score';
import { CLOSE_GAP } from '../../../src/lib/quiz/verdict';

const bank: QuizBank = quizBankSchema.parse(bankJson[0]);

/** Per item: skipped, a valid answer, or junk (out of range, wrong type, unknown option). */
const entriesArb = fc
  .tuple(
    ...bank.items.map((item) =>
      fc.option(
        item.kind === 'likert'
          ? fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.constantFrom<Answer>(0, 6, 2.5, -1, 'five', Number.NaN))
          : fc.oneof(
              fc.constantFrom(...item.options.map((o) => o.id)),
              fc.integer({ min: 0, max: item.options.length - 1 }),
              fc.constantFrom<Answer>(9, -1, 'no-such-option', 1.5),
            ),
        { nil: undefined },
      ),
    ),
  )
  .map((values) => {
    const entries: Array<[string, Answer]> = [];
    values.forEach((value, i) => {
      if (value !== undefined) entries.push([bank.items[i]!.id, value]);
    });
    return entries;
  });

/** Valid Likert-only answers, to check monotonicity. */
const likertArb = fc.tuple(...bank.items.map(() => fc.integer({ min: 1, max: 5 })));

function checkDimension(d: DimensionScore) {
  if (d.fit === null) {
    expect(d.reason).toMatch(/\S/);
  } else {
    expect(Number.isInteger(d.fit)).toBe(true);
    expect(d.fit).toBeGreaterThanOrEqual(0);
    expect(d.fit).toBeLessThanOrEqual(100);
    expect(Math.abs(d.sum)).toBeLessThanOrEqual(d.max);
  }
}

describe('scoring properties', () => {
  it('every fit is a whole number within 0–100, never NaN, or null with a reason (8values-style axis, quiz-scoring reference)', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const result = scoreQuiz(bank, Object.fromEntries(entries));
        checkDimension(result.roles.devops);
        checkDimension(result.roles.sre);
        result.facets.forEach(checkDimension);
        expect(['slight', 'moderate', 'clear']).toContain(result.confidence);
      }),
    );
  });

  it('permuting the order in which answers were inserted changes nothing', () => {
    fc.assert(
      fc.property(
        entriesArb.chain((entries) => fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }))),
        ([entries, shuffled]) => {
          expect(scoreQuiz(bank, Object.fromEntries(shuffled))).toEqual(scoreQuiz(bank, Object.fromEntries(entries)));
        },
      ),
    );
  });

  it('is deterministic: scoring the same answers twice gives equal results', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const answers = Object.fromEntries(entries);
        expect(scoreQuiz(bank, answers)).toEqual(scoreQuiz(bank, answers));
      }),
    );
  });

  it('the verdict agrees with the fits it is drawn from', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const r = scoreQuiz(bank, Object.fromEntries(entries));
        const { devops, sre } = { devops: r.roles.devops.fit, sre: r.roles.sre.fit };
        if (r.verdict === 'devops') expect(devops!).toBeGreaterThan(sre!);
        if (r.verdict === 'sre') expect(sre!).toBeGreaterThan(devops!);
        if (r.verdict === 'both') expect(Math.abs(devops! - sre!)).toBeLessThan(CLOSE_GAP);
        if (devops === null || sre === null) expect(r.verdict).toBe('unclear');
      }),
    );
  });

  it('liking an activity more never lowers the fit of a role it bears on', () => {
    const likertIndexes = bank.items.flatMap((item, i) => (item.kind === 'likert' ? [i] : []));
    fc.assert(
      fc.property(likertArb, fc.constantFrom(...likertIndexes), (values, index) => {
        const item = bank.items[index]!;
        const answers = (value: number) => Object.fromEntries(bank.items.map((it, i) => [it.id, i === index ? value : values[i]!]));
        const current = values[index]!;
        if (current === 5 || item.kind !== 'likert') return;
        const before = scoreQuiz(bank, answers(current));
        const after = scoreQuiz(bank, answers(current + 1));
        for (const role of ['devops', 'sre'] as const) {
          if (item.effects[role] > 0) expect(after.roles[role].fit!).toBeGreaterThanOrEqual(before.roles[role].fit!);
        }
      }),
    );
  });
});
