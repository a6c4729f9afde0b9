/**
 * The answers model: a map from item id to an answer.
 * - Likert item: 1 (Strongly dislike) … 5 (Strongly like).
 * - Scenario item: the picked option's id, or its 0-based index.
 * A missing key means the item was skipped.
 *
 * Anything else (an unknown item id, a 7, an option that does not exist) is
 * treated as skipped, so scoring is total and never sees a bad value.
 */
import type { QuizBank, QuizItem, ScenarioOption } from './schema';

export type LikertAnswer = 1 | 2 | 3 | 4 | 5;
/** Likert: 1..5; scenario: option id or 0-based option index. */
export type Answer = number | string;
export type Answers = Readonly<Record<string, Answer>>;

/** The neutral Likert answer ("Neither like nor dislike"). */
export const NEUTRAL_LIKERT = 3;

/** An answer checked against its item. */
export type ResolvedAnswer =
  | { kind: 'likert'; value: LikertAnswer }
  | { kind: 'scenario'; index: number; option: ScenarioOption };

export function isLikertAnswer(value: unknown): value is LikertAnswer {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/**
 * Likert coding from the quiz-scoring reference: c = (r − 3) ÷ 2, so
 * 1 → −1, 2 → −0.5, 3 → 0, 4 → 0.5, 5 → 1.
 */
export function likertCoding(value: LikertAnswer): number {
  return (value - 3) / 2;
}

/** The answer to one item, or null when it is skipped or invalid. */
export function resolveAnswer(item: QuizItem, answer: Answer | undefined): ResolvedAnswer | null {
  if (answer === undefined) return null;
  if (item.kind === 'likert') return isLikertAnswer(answer) ? { kind: 'likert', value: answer } : null;
  const index =
    typeof answer === 'string'
      ? item.options.findIndex((option) => option.id === answer)
      : Number.isInteger(answer)
        ? answer
        : -1;
  const option = item.options[index];
  return option ? { kind: 'scenario', index, option } : null;
}

/** Reads the map without trusting its prototype (an id like "constructor" is just a key). */
export function answerFor(answers: Answers, itemId: string): Answer | undefined {
  return Object.prototype.hasOwnProperty.call(answers, itemId) ? answers[itemId] : undefined;
}

/**
 * The canonical form of an answer map: only the bank's items, in bank order,
 * Likert answers as 1..5 and scenario answers as option ids. Invalid answers
 * are dropped (skipped).
 */
export function normaliseAnswers(bank: Pick<QuizBank, 'items'>, answers: Answers): Record<string, Answer> {
  const result: Record<string, Answer> = {};
  for (const item of bank.items) {
    const resolved = resolveAnswer(item, answerFor(answers, item.id));
    if (resolved) result[item.id] = resolved.kind === 'likert' ? resolved.value : resolved.option.id;
  }
  return result;
}
