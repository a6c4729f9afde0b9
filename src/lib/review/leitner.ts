/**
 * When each card of the review deck is next due: a Leitner card box
 * (Sebastian Leitner, "So lernt man lernen", 1972). Leitner's box has
 * compartments of growing size, reviewed when full; here the seven boxes
 * have fixed review intervals instead, doubling from one day: box n comes
 * round every 2^(n−1) days (1, 2, 4, 8, 16, 32, 64), so a schedule can be
 * computed and tested.
 *
 * - A card answered right when it is due moves up one box (at most box 7)
 *   and is due again after that box's interval. A new card counts as box 1,
 *   so a first right answer puts it in box 2, due in two days.
 * - A card answered wrong goes back to box 1, due tomorrow, however high it was.
 * - A right answer before the card is due (trying a lesson's checks again
 *   the same day, say) changes nothing: only a review when due moves a card
 *   up, as in Leitner's card box, where a card is taken out only when its
 *   compartment is.
 *
 * Every schedule is derived from the answer log (log.ts), in order, so a
 * lesson page only appends to the log. Days are calendar days (days.ts).
 */
import { localDay } from './days';
import type { Answer } from './log';

/** Review interval of each box in days: box n (1-based) → INTERVAL_DAYS[n − 1]. */
export const INTERVAL_DAYS = [1, 2, 4, 8, 16, 32, 64] as const;
export const TOP_BOX = INTERVAL_DAYS.length;

export interface CardState {
  /** 1 … TOP_BOX. */
  box: number;
  /** The calendar day it is next due on (days.ts). */
  due: number;
}

/** A card's state after an answer on `day`; `state` is undefined for a card never answered. */
export function afterAnswer(state: CardState | undefined, right: boolean, day: number): CardState {
  if (!right) return { box: 1, due: day + 1 };
  if (state && day < state.due) return state;
  const box = Math.min((state?.box ?? 1) + 1, TOP_BOX);
  return { box, due: day + (INTERVAL_DAYS[box - 1] ?? 1) };
}

/** Every answered card's state after the whole log (oldest answer first). */
export function cardStates(answers: readonly Answer[]): Map<string, CardState> {
  const states = new Map<string, CardState>();
  for (const { card, right, at, offset } of answers) states.set(card, afterAnswer(states.get(card), right, localDay(at, offset)));
  return states;
}

/** Due on `today`: never answered, or due on or before today. */
export const isDue = (state: CardState | undefined, today: number): boolean => !state || state.due <= today;
