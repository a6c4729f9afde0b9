import { describe, expect, it } from 'vitest';
import { neighbours, sortLessons } from '../../src/lib/lessons';

const lesson = (id: string, order: number, draft = false) => ({ id, data: { order, title: id.toUpperCase(), draft } });

describe('sortLessons', () => {
  it('orders by `order` whatever order the collection returns, and drops drafts', () => {
    const sorted = sortLessons([lesson('c', 3), lesson('a', 1), lesson('draft', 2, true), lesson('b', 2)]);
    expect(sorted.map((l) => l.id)).toEqual(['a', 'b', 'c']);
  });
  it('breaks ties by title so the order is stable', () => {
    expect(sortLessons([lesson('z', 1), lesson('m', 1)]).map((l) => l.id)).toEqual(['m', 'z']);
  });
});

describe('neighbours', () => {
  const sorted = sortLessons([lesson('a', 1), lesson('b', 2), lesson('c', 3)]);
  it('gives the previous and next lesson by order', () => {
    expect(neighbours(sorted, 'b')).toEqual({ prev: sorted[0], next: sorted[2] });
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(sorted, 'a').prev).toBeUndefined();
    expect(neighbours(sorted, 'c').next).toBeUndefined();
  });
});
