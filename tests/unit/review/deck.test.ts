import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDay } from '../../../src/lib/review/days';
import { isoDate } from './iso-date';
import { deckCards, dueCards, dueCount, dueText, lessonCards, linkedTermIds, nextDueDay, termCardId, type DeckLesson } from '../../../src/lib/review/deck';
import type { CardState } from '../../../src/lib/review/leitner';
import { dayName, nothingDueText, scheduledText, weekday } from '../../../src/lib/review/texts';
import { emptyProgress, markOpened, setDone } from '../../../src/lib/progress/progress';

const friday = localDay(Date.parse('2026-12-04T12:00:00Z'), 0);
const t0 = new Date('2026-12-01T10:00:00Z');
const lessons: DeckLesson[] = [
  { id: 'two-hats', cards: ['check-two-hats--which-hat', 'check-two-hats--slo-allowance', 'term-slo', 'term-sre'] },
  { id: 'sre-principles', cards: ['check-sre-principles--which-is-toil', 'term-toil', 'term-slo'] },
  { id: 'error-budgets', cards: ['check-error-budgets--outage-at-99-95', 'term-error-budget'] },
];

describe('days', () => {
  it('numbers calendar days from 1 January 1970 and names them', () => {
    expect(friday).toBe(20791);
    expect(isoDate(friday)).toBe('2026-12-04');
    expect(weekday(friday)).toBe('Friday');
    expect(weekday(0)).toBe('Thursday');
  });
  it('names a day as a learner reads it: today, tomorrow, a weekday this coming week, else a date', () => {
    expect(dayName(friday, friday)).toBe('today');
    expect(dayName(friday + 1, friday)).toBe('tomorrow');
    expect(dayName(friday + 6, friday)).toBe('Thursday');
    expect(dayName(friday + 7, friday)).toBe('Friday 11 December');
    expect(dayName(friday + 32, friday)).toBe('Tuesday 5 January 2027');
  });
  it('a weekday name always matches the ISO date (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -100_000, max: 100_000 }), (day) => {
      const utc = new Date(`${isoDate(day)}T12:00:00Z`);
      expect(weekday(day)).toBe(utc.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' }));
    }));
  });
});

describe('the deck', () => {
  it('holds the cards of lessons opened or finished, each once, in course order', () => {
    expect(deckCards(emptyProgress(), lessons)).toEqual([]);
    const progress = setDone(markOpened(emptyProgress(), 'sre-principles', t0), 'two-hats', true, t0);
    expect(deckCards(progress, lessons)).toEqual(['check-two-hats--which-hat', 'check-two-hats--slo-allowance', 'term-slo', 'term-sre', 'check-sre-principles--which-is-toil', 'term-toil']);
  });

  it('finds the glossary terms a lesson links to, once each, in order', () => {
    const body = 'An <Term id="slo">SLO</Term> sets the <Term id="error-budget">budget</Term>; the <Term  id="slo">SLO</Term> again.';
    expect(linkedTermIds(body)).toEqual(['slo', 'error-budget']);
    expect(termCardId('slo')).toBe('term-slo');
    expect(lessonCards('two-hats', [{ id: 'which-hat' }], body)).toEqual(['check-two-hats--which-hat', 'term-slo', 'term-error-budget']);
  });

  it('every lesson links to at least one glossary term that exists, so each lesson brings flashcards', () => {
    const glossary = new Set((JSON.parse(readFileSync('src/content/glossary.json', 'utf8')) as { id: string }[]).map((t) => t.id));
    for (const file of ['two-hats', 'error-budgets', 'sre-principles']) {
      const ids = linkedTermIds(readFileSync(`src/content/lessons/${file}.mdx`, 'utf8'));
      expect(ids.length, file).toBeGreaterThan(0);
      for (const id of ids) expect(glossary.has(id), id).toBe(true);
    }
  });

  it('a round takes answered cards first, longest overdue first, then new cards in course order', () => {
    const cards = [...new Set(lessons.flatMap((l) => l.cards))];
    const states = new Map<string, CardState>([
      ['term-slo', { box: 3, due: friday - 1 }],
      ['check-two-hats--which-hat', { box: 2, due: friday }],
      ['term-sre', { box: 1, due: friday - 1 }],
      ['term-toil', { box: 4, due: friday + 3 }],
    ]);
    expect(dueCards(cards, states, friday)).toEqual(['term-sre', 'term-slo', 'check-two-hats--which-hat', 'check-two-hats--slo-allowance', 'check-sre-principles--which-is-toil', 'check-error-budgets--outage-at-99-95', 'term-error-budget']);
    expect(dueCount(cards, states, friday)).toBe(7);
    expect(nextDueDay(cards, states, friday)).toBe(friday + 3);
    expect(nextDueDay(['term-slo'], states, friday)).toBeNull();
  });

  it('due and not due split the deck (property)', () => {
    const cards = [...new Set(lessons.flatMap((l) => l.cards))];
    const states = fc.dictionary(fc.constantFrom(...cards), fc.record({ box: fc.integer({ min: 1, max: 7 }), due: fc.integer({ min: friday - 10, max: friday + 70 }) }));
    fc.assert(fc.property(states, (dict) => {
      const map = new Map(Object.entries(dict));
      const due = dueCards(cards, map, friday);
      expect(due.length).toBe(dueCount(cards, map, friday));
      expect(new Set(due).size).toBe(due.length);
      const next = nextDueDay(cards, map, friday);
      const later = cards.filter((c) => !due.includes(c));
      expect(next === null).toBe(later.length === 0);
    }));
  });
});

describe('what the deck says', () => {
  it('counts due cards in words', () => {
    expect(dueText(0)).toBe('Nothing is due for review.');
    expect(dueText(1)).toBe('1 card is due for review.');
    expect(dueText(12)).toBe('12 cards are due for review.');
  });
  it('names the next review in the empty state: "Nothing is due. Next review: Thursday."', () => {
    expect(nothingDueText(friday + 6, friday)).toBe('Nothing is due. Next review: Thursday.');
    expect(nothingDueText(friday + 1, friday)).toBe('Nothing is due. Next review: tomorrow.');
    expect(nothingDueText(null, friday)).toBe('Nothing is due.');
  });
  it('says when an answered card comes back', () => {
    expect(scheduledText({ box: 1, due: friday + 1 }, friday)).toBe('Next review: tomorrow.');
    expect(scheduledText({ box: 2, due: friday + 2 }, friday)).toBe('Next review: Sunday, in 2 days.');
    expect(scheduledText({ box: 5, due: friday + 16 }, friday)).toBe('Next review: Sunday 20 December, in 16 days.');
  });
});
