import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import bankJson from '../../../src/content/quiz/bank.json';
import { normaliseAnswers, type Answer } from '../../../src/lib/quiz/answers';
import { quizBankSchema, type QuizBank } from '../../../src/lib/quiz/schema';
import { scoreQuiz } from '../../../src/lib/quiz/score';
import { decodeShare, encodeShare } from '../../../src/lib/quiz/share';

const bank: QuizBank = quizBankSchema.parse(bankJson[0]);
const n = bank.items.length;

/** Any valid answer map: each item skipped or answered, scenarios by id or by index. */
const answersArb = fc
  .tuple(
    ...bank.items.map((item) =>
      item.kind === 'likert'
        ? fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined })
        : fc.option(fc.oneof(fc.constantFrom(...item.options.map((o) => o.id)), fc.integer({ min: 0, max: item.options.length - 1 })), { nil: undefined }),
    ),
  )
  .map((values) => {
    const answers: Record<string, Answer> = {};
    values.forEach((value, i) => {
      if (value !== undefined) answers[bank.items[i]!.id] = value;
    });
    return answers;
  });

describe('share links', () => {
  it('encodes the bank version and one base-36 character per item in bank order', () => {
    // Item 1 Likert 5, item 2 skipped, item 3 (latency-3am) fourth option → "4", the rest skipped.
    expect(encodeShare(bank, { 'pipeline-rebuild': 5, 'latency-3am': 'slow-trace' })).toBe(`1.504${'0'.repeat(n - 3)}`);
    expect(encodeShare(bank, {})).toBe(`1.${'0'.repeat(n)}`);
    expect(encodeShare(bank, { 'latency-3am': 3 })).toBe(encodeShare(bank, { 'latency-3am': 'slow-trace' }));
  });

  it('decodes scenario answers to option ids', () => {
    expect(decodeShare(`1.504${'0'.repeat(n - 3)}`, bank)).toEqual({ ok: true, bankVersion: 1, answers: { 'pipeline-rebuild': 5, 'latency-3am': 'slow-trace' } });
  });

  it('round-trips any answers to their canonical form, with the same result (property)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const decoded = decodeShare(encodeShare(bank, answers), bank);
        expect(decoded).toEqual({ ok: true, bankVersion: bank.version, answers: normaliseAnswers(bank, answers) });
        if (decoded.ok) expect(scoreQuiz(bank, decoded.answers)).toEqual(scoreQuiz(bank, answers));
      }),
    );
  });

  it('a tampered link (wrong length, bad characters, out-of-range answers) says so', () => {
    const valid = encodeShare(bank, {});
    const threeOptionScenario = bank.items.findIndex((i) => i.kind === 'scenario' && i.options.length === 3);
    const fourOptionScenario = bank.items.findIndex((i) => i.kind === 'scenario' && i.options.length === 4);
    const likert = bank.items.findIndex((i) => i.kind === 'likert');
    const put = (index: number, ch: string) => `1.${'0'.repeat(index)}${ch}${'0'.repeat(n - index - 1)}`;
    const tampered = [
      valid.slice(0, -1),
      `${valid}0`,
      valid.replace(/0$/, '!'),
      valid.replace(/0$/, 'A'),
      put(likert, '6'),
      put(likert, 'z'),
      put(threeOptionScenario, '4'),
      put(fourOptionScenario, '5'),
      'hello',
      '1',
      `-1.${'0'.repeat(n)}`,
      `0.${'0'.repeat(n)}`,
      `1.5.${'0'.repeat(n)}`,
    ];
    for (const link of tampered) {
      expect(decodeShare(link, bank), link).toEqual({ ok: false, reason: 'tampered', message: expect.stringContaining('damaged or edited') });
    }
    expect(decodeShare(put(fourOptionScenario, '4'), bank).ok).toBe(true);
  });

  it('a link from another bank version is outdated, with a message naming both versions', () => {
    const result = decodeShare(`2.${'0'.repeat(n + 4)}`, bank);
    expect(result).toEqual({ ok: false, reason: 'outdated', message: expect.stringContaining('version 2 of the quiz') });
    expect(!result.ok && result.message).toContain('this is version 1');
  });

  it('a missing parameter is its own case, not an error', () => {
    for (const value of [null, undefined, '']) expect(decodeShare(value, bank)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const result = decodeShare(value, bank);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
