/**
 * The review deck: which cards a learner reviews, and which are due. The
 * deck holds the knowledge checks of every lesson they have opened or
 * finished, and, as flashcards, the glossary terms those lessons link to,
 * in course order. Cards of lessons not yet opened stay out, so a newcomer
 * is never handed a hundred cards.
 */
import { checkQuestionId } from '../checks';
import type { ProgressState } from '../progress/progress';
import { isDue, type CardState } from './leitner';

/** A lesson's cards: its checks' question ids, then term-<id> for each glossary term it links to. */
export interface DeckLesson {
  id: string;
  cards: string[];
}

/** The glossary card of a term: termCardId('slo') → "term-slo". */
export const termCardId = (termId: string): string => `term-${termId}`;

/** The glossary term ids a lesson's MDX body links to with <Term id="…">, in order of first use. */
export const linkedTermIds = (body: string): string[] => [...new Set([...body.matchAll(/<Term\s+id="([a-z0-9-]+)"/g)].map((m) => m[1] ?? ''))];

/** A lesson's cards, built from its frontmatter checks and its MDX body. */
export const lessonCards = (lessonId: string, checks: readonly { id: string }[], body: string): string[] => [
  ...checks.map((check) => checkQuestionId(lessonId, check.id)),
  ...linkedTermIds(body).map(termCardId),
];

/** The cards of the lessons the learner has opened or finished, once each, in course order (`lessons` sorted). */
export const deckCards = (progress: ProgressState, lessons: readonly DeckLesson[]): string[] => [
  ...new Set(lessons.filter((lesson) => progress.lessons[lesson.id]).flatMap((lesson) => lesson.cards)),
];

/** How many of these cards are due today. */
export const dueCount = (cards: readonly string[], states: ReadonlyMap<string, CardState>, today: number): number =>
  cards.filter((card) => isDue(states.get(card), today)).length;

/**
 * The cards due today, in the order a round takes them: cards already
 * answered, longest overdue first (then the lower box first), before new
 * cards in course order.
 */
export function dueCards(cards: readonly string[], states: ReadonlyMap<string, CardState>, today: number): string[] {
  const due = cards.filter((card) => isDue(states.get(card), today));
  const seen = due.filter((card) => states.has(card));
  const rank = (card: string) => states.get(card) as CardState;
  seen.sort((a, b) => rank(a).due - rank(b).due || rank(a).box - rank(b).box);
  return [...seen, ...due.filter((card) => !states.has(card))];
}

/** The first day after `today` on which one of these cards falls due; null when none is scheduled. */
export function nextDueDay(cards: readonly string[], states: ReadonlyMap<string, CardState>, today: number): number | null {
  const days = cards.map((card) => states.get(card)?.due ?? 0).filter((day) => day > today);
  return days.length > 0 ? Math.min(...days) : null;
}
