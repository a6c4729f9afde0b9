/** Knowledge checks ("Check yourself" at the end of a lesson): how a question is named. */

/**
 * The stable id of a lesson's question, from the lesson's id and the check's
 * own `id` in the frontmatter: checkQuestionId('two-hats', 'which-hat') →
 * "check-two-hats--which-hat". It is also the question's fieldset id and its
 * card in the review deck, so answers are kept by it. Slugs never contain
 * "--", so the pair can always be told apart.
 */
export const checkQuestionId = (lessonId: string, checkId: string): string => `check-${lessonId}--${checkId}`;
