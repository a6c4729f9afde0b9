/**
 * Knowledge checks ("Check yourself" at the end of a lesson): how a question
 * is named, and what a page reports when a learner checks an answer, so that
 * other features (a review deck, say) can listen without touching the checks.
 */

/** The stable id of a lesson's question, also its fieldset's id: checkQuestionId('two-hats', 0) → "check-two-hats-0". */
export const checkQuestionId = (lessonId: string, index: number): string => `check-${lessonId}-${index}`;

/** The event a page's knowledge checks dispatch (bubbling) after each checked answer. */
export const CHECK_ANSWERED = 'check-answered';

/** Its detail: which question (lesson id and 0-based index, see checkQuestionId) and whether the answer was right. */
export interface CheckAnswered {
  lessonId: string;
  index: number;
  correct: boolean;
}
