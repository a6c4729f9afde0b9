import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterEach } from 'vitest';
import { localDay, today } from '../../../src/lib/review/days';
import { isoDate } from './iso-date';
import { afterAnswer, cardStates, INTERVAL_DAYS, isDue, TOP_BOX, type CardState } from '../../../src/lib/review/leitner';
import type { Answer } from '../../../src/lib/review/log';

const day = localDay(Date.parse('2026-12-04T09:00:00Z'), 0); // Friday 4 December 2026
const state = fc.record({ box: fc.integer({ min: 1, max: TOP_BOX }), due: fc.integer({ min: 0, max: 30_000 }) });

describe('Leitner boxes (Leitner 1972, "So lernt man lernen"): intervals 1, 2, 4, 8, 16, 32, 64 days', () => {
  it('a new card answered right goes to box 2, due in two days; answered wrong, to box 1, due tomorrow', () => {
    expect(afterAnswer(undefined, true, day)).toEqual({ box: 2, due: day + 2 });
    expect(afterAnswer(undefined, false, day)).toEqual({ box: 1, due: day + 1 });
  });

  it('worked example: right, right, right on each due day, then wrong, climbs 2 → 3 → 4 and falls back to box 1', () => {
    const a = afterAnswer(undefined, true, day); // box 2, due day + 2
    const b = afterAnswer(a, true, a.due); // box 3, 4 days later
    const c = afterAnswer(b, true, b.due); // box 4, 8 days later
    expect([a, b, c]).toEqual([
      { box: 2, due: day + 2 },
      { box: 3, due: day + 6 },
      { box: 4, due: day + 14 },
    ]);
    expect(afterAnswer(c, false, c.due + 3)).toEqual({ box: 1, due: day + 18 });
  });

  it('a card in the top box stays there, every 64 days', () => {
    expect(afterAnswer({ box: TOP_BOX, due: day }, true, day)).toEqual({ box: TOP_BOX, due: day + 64 });
  });

  it('answering right before the card is due changes nothing (no early promotion); wrong always resets', () => {
    const scheduled: CardState = { box: 3, due: day + 4 };
    expect(afterAnswer(scheduled, true, day)).toBe(scheduled);
    expect(afterAnswer(scheduled, false, day)).toEqual({ box: 1, due: day + 1 });
  });

  it('right when due: one box up (at most the top) and a longer interval, never shorter (property)', () => {
    fc.assert(
      fc.property(state, fc.nat(400), (before, late) => {
        const on = before.due + late;
        const after = afterAnswer(before, true, on);
        expect(after.box).toBe(Math.min(before.box + 1, TOP_BOX));
        expect(after.due - on).toBe(INTERVAL_DAYS[after.box - 1]);
        expect(after.due - on).toBeGreaterThanOrEqual(INTERVAL_DAYS[before.box - 1] as number);
      }),
    );
  });

  it('wrong at any time: back to box 1, due the next day (property)', () => {
    fc.assert(fc.property(fc.option(state, { nil: undefined }), fc.integer({ min: 0, max: 40_000 }), (before, on) => {
      expect(afterAnswer(before, false, on)).toEqual({ box: 1, due: on + 1 });
    }));
  });

  it('over any log, every card ends in a box 1–7, due 1 to 64 whole days after its last answer (property)', () => {
    const answer = fc.record({
      card: fc.constantFrom('check-a--x', 'check-b--y', 'term-slo'),
      right: fc.boolean(),
      at: fc.integer({ min: 0, max: 4_102_444_800_000 }), // 1970 to 2100
      offset: fc.integer({ min: -720, max: 840 }),
    });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 60 }), (unsorted) => {
        const answers: Answer[] = [...unsorted].sort((a, b) => a.at - b.at);
        const states = cardStates(answers);
        for (const [card, s] of states) {
          const last = answers.filter((a) => a.card === card).at(-1) as Answer;
          const gap = s.due - localDay(last.at, last.offset);
          expect(Number.isSafeInteger(s.due)).toBe(true);
          expect(s.box).toBeGreaterThanOrEqual(1);
          expect(s.box).toBeLessThanOrEqual(TOP_BOX);
          // An early right answer keeps the older due day, which is still ahead of it.
          expect(gap).toBeGreaterThanOrEqual(1);
          expect(gap).toBeLessThanOrEqual(64);
        }
      }),
    );
  });

  it('a card is due when never answered, or on and after its due day', () => {
    expect(isDue(undefined, day)).toBe(true);
    expect(isDue({ box: 2, due: day }, day)).toBe(true);
    expect(isDue({ box: 2, due: day + 1 }, day)).toBe(false);
  });
});

describe('calendar days across zones and daylight saving', () => {
  const zones = ['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Australia/Sydney', 'Pacific/Auckland', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'America/St_Johns', 'Asia/Kathmandu'];
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });
  const localDate = (at: number, zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

  it('the day recorded with an answer is the calendar date the learner saw, in any zone, at any instant (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 946_684_800_000, max: 4_102_444_800_000 }), (zone, at) => {
        process.env.TZ = zone;
        const now = new Date(at);
        expect(isoDate(today(now))).toBe(localDate(at, zone));
        expect(isoDate(localDay(at, -now.getTimezoneOffset()))).toBe(localDate(at, zone));
      }),
    );
  });

  it('a due date is whole calendar days after the answer, across a daylight-saving change (Europe/London, 29 March 2026)', () => {
    process.env.TZ = 'Europe/London';
    // 23:30 on Saturday 28 March (GMT), answered wrong: due Sunday 29 March, the day the clocks go forward.
    const saturday = new Date('2026-03-28T23:30:00Z');
    const wrong = afterAnswer(undefined, false, today(saturday));
    expect(isoDate(wrong.due)).toBe('2026-03-29');
    // 00:30 BST on Monday 30 March is 23:30 UTC on the Sunday: still Monday for the learner.
    const monday = new Date('2026-03-29T23:30:00Z');
    expect(isoDate(today(monday))).toBe('2026-03-30');
    expect(isDue(wrong, today(monday))).toBe(true);
    const right = afterAnswer(wrong, true, today(monday));
    expect(isoDate(right.due)).toBe('2026-04-01');
  });

  it('travel does not move past answers: a day is read with the offset stored with the answer', () => {
    // Answered at 22:00 in New York (UTC−5) on 4 December: 03:00 UTC on the 5th.
    const at = Date.parse('2026-12-05T03:00:00Z');
    expect(isoDate(localDay(at, -300))).toBe('2026-12-04');
    const [state] = cardStates([{ card: 'term-slo', right: false, at, offset: -300 }]).values();
    expect(isoDate((state as CardState).due)).toBe('2026-12-05');
  });
});
