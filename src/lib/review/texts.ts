/**
 * What the review deck says, shared by the review page and the due count on
 * the home page and lessons index, so they use the same words.
 */
import { dayName } from './days';
import type { CardState } from './leitner';

const cards = (n: number) => (n === 1 ? '1 card is' : `${n} cards are`);

/** "3 cards are due for review." / "Nothing is due for review." */
export const dueText = (due: number): string => (due > 0 ? `${cards(due)} due for review.` : 'Nothing is due for review.');

/** The empty state: "Nothing is due. Next review: Thursday." (or tomorrow, or a date). */
export const nothingDueText = (nextDay: number | null, today: number): string =>
  nextDay === null ? 'Nothing is due.' : `Nothing is due. Next review: ${dayName(nextDay, today)}.`;

/** After an answer: "Next review: tomorrow." / "Next review: Saturday, in 2 days." */
export function scheduledText(state: CardState, today: number): string {
  const days = state.due - today;
  const when = dayName(state.due, today);
  return days <= 1 ? `Next review: ${when}.` : `Next review: ${when}, in ${days} days.`;
}
