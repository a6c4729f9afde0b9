/**
 * What the review deck shows, built from the collections at build time and
 * served as review/cards.json (src/pages/review/cards.json.ts): every
 * lesson's questions with their feedback and the glossary terms the lessons
 * use come to about 20 KB gzip, too much to carry in the page's HTML, and
 * only a learner who reviews needs them.
 */
import { getCollection } from 'astro:content';
import { checkQuestionId } from '../../lib/checks';
import { sortLessons } from '../../lib/lessons';
import { lessonCards, termCardId } from '../../lib/review/deck';
import { href } from '../link';
import type { ReviewContent } from './ReviewDeck';

export async function reviewContent(): Promise<ReviewContent> {
  const lessons = sortLessons(await getCollection('lessons'));
  const deck = lessons.map((lesson) => ({ id: lesson.id, cards: lessonCards(lesson.id, lesson.data.checks, lesson.body ?? '') }));
  const checks = lessons.flatMap((lesson) =>
    lesson.data.checks.map((check) => ({
      card: checkQuestionId(lesson.id, check.id),
      lessonTitle: lesson.data.title,
      question: check.question,
      options: check.options.map(({ text, correct, feedback }) => ({ text, correct, feedback })),
    })),
  );
  const used = new Set(deck.flatMap((lesson) => lesson.cards));
  const terms = (await getCollection('glossary'))
    .filter((term) => used.has(termCardId(term.id)))
    .map((term) => ({ card: termCardId(term.id), term: term.data.term, ...(term.data.expansion ? { expansion: term.data.expansion } : {}), short: term.data.short, href: `${href('glossary/')}#${term.id}` }));
  return { lessons: deck, checks, terms };
}
