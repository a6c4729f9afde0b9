import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answeredNow, answerLine, isAnswerLog, lastTime, lastTimeText, MAX_LOG_CHARS, parseAnswerLog, withAnswer, type Answer } from '../../../src/lib/review/log';
import { answerSchema, answersSchema } from '../../../src/lib/review/log-schema';

const answer = (card: string, right: boolean, at = Date.parse('2026-12-04T09:00:00Z'), offset = 60): Answer => ({ card, right, at, offset });
/** Answers of every shape the zod schema accepts. */
const answers = fc.array(
  fc.record({
    card: fc.stringMatching(/^(check|term)-[a-z0-9-]{1,120}$/),
    right: fc.boolean(),
    at: fc.integer({ min: 0, max: 999_999_999_999_999 }),
    offset: fc.integer({ min: -999, max: 999 }),
  }),
  { maxLength: 20 },
);
const logOf = (list: Answer[]) => list.reduce(withAnswer, '');

describe('the answer log', () => {
  it('appends one line per answer: card, right (1) or wrong (0), instant, offset in minutes east', () => {
    const log = withAnswer(withAnswer('', answer('check-two-hats--which-hat', true)), answer('term-slo', false, 0, -300));
    expect(log).toBe('check-two-hats--which-hat 1 1796374800000 60\nterm-slo 0 0 -300\n');
    expect(parseAnswerLog(log)).toEqual([answer('check-two-hats--which-hat', true), answer('term-slo', false, 0, -300)]);
  });

  it('records the browser\'s offset the right way round (getTimezoneOffset counts minutes west), and UTC as 0, not -0', () => {
    const now = new Date('2026-12-04T09:00:00Z');
    const { offset } = answeredNow('term-slo', true, now);
    expect(offset).toBe(-now.getTimezoneOffset());
    expect(answerLine(answer('term-slo', true, 5, -0))).toBe('term-slo 1 5 0\n');
  });

  it.each([
    ['empty', '', true],
    ['a line', 'term-slo 1 5 0\n', true],
    ['no final newline', 'term-slo 1 5 0', false],
    ['another kind of card', 'quiz-x 1 5 0\n', false],
    ['a right that is not 0 or 1', 'term-slo 2 5 0\n', false],
    ['a leading zero', 'term-slo 1 05 0\n', false],
    ['minus zero', 'term-slo 1 5 -0\n', false],
    ['an offset over 999', 'term-slo 1 5 1000\n', false],
    ['upper case', 'term-SLO 1 5 0\n', false],
    ['JSON', '["term-slo",1,5,0]', false],
  ])('%s (%j) is a valid log: %s', (_, text, ok) => {
    expect(isAnswerLog(text)).toBe(ok);
  });

  it('the reader agrees with the zod schema: whatever it accepts parses to answers the schema accepts, and every valid list round-trips (property)', () => {
    fc.assert(
      fc.property(answers, (list) => {
        const log = logOf(list);
        expect(isAnswerLog(log)).toBe(true);
        expect(parseAnswerLog(log)).toEqual(list);
      }),
    );
    const texts = fc.oneof(fc.string(), answers.map(logOf).map((log) => log.slice(0, -1)), answers.chain((list) => fc.nat(200).map((cut) => logOf(list).slice(cut))));
    fc.assert(
      fc.property(texts, (text) => {
        if (isAnswerLog(text)) expect(answersSchema.safeParse(parseAnswerLog(text)).success).toBe(true);
      }),
    );
  });

  it('a line the schema rejects is rejected by the reader too (property)', () => {
    const wrong = fc.record({ card: fc.string({ maxLength: 20 }), right: fc.boolean(), at: fc.integer({ min: -5, max: 2 ** 53 }), offset: fc.integer({ min: -2000, max: 2000 }) });
    fc.assert(
      fc.property(wrong, (a) => {
        const line = answerLine(a);
        expect(isAnswerLog(line)).toBe(answerSchema.safeParse(a).success && !a.card.includes('\n') && !a.card.includes(' '));
      }),
    );
  });

  it(`keeps the newest answers within ${MAX_LOG_CHARS.toLocaleString('en-GB')} characters, whole lines only`, () => {
    let log = '';
    for (let i = 0; i < 8_000; i++) log = withAnswer(log, answer(`check-lesson--q${i}`, i % 2 === 0, 1_796_374_800_000 + i));
    expect(log.length).toBeLessThanOrEqual(MAX_LOG_CHARS);
    expect(isAnswerLog(log)).toBe(true);
    expect(parseAnswerLog(log).at(-1)?.card).toBe('check-lesson--q7999');
    expect(parseAnswerLog(log)[0]?.card).not.toBe('check-lesson--q0');
  });
});

describe('last time, next to a lesson\'s checks', () => {
  const cards = ['check-two-hats--which-hat', 'check-two-hats--slo-allowance', 'check-two-hats--class-implements-interface'];
  it('counts each question\'s latest answer: "You got 2 of 3 right last time."', () => {
    const log = logOf([answer(cards[0]!, false), answer(cards[1]!, true), answer(cards[2]!, true), answer(cards[0]!, false), answer('term-slo', false)]);
    expect(lastTime(log, cards)).toEqual({ right: 2, of: 3 });
    expect(lastTimeText(lastTime(log, cards))).toBe('You got 2 of 3 right last time.');
    // A later right answer replaces an earlier wrong one.
    expect(lastTimeText(lastTime(withAnswer(log, answer(cards[0]!, true)), cards))).toBe('You got 3 of 3 right last time.');
  });
  it('says nothing before any of them was answered, and counts only those answered', () => {
    expect(lastTimeText(lastTime('', cards))).toBe('');
    expect(lastTimeText(lastTime(logOf([answer(cards[1]!, true)]), cards))).toBe('You got 1 of 1 right last time.');
  });
});
