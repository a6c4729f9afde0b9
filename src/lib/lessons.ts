/**
 * Ordering and navigation of lessons. Astro's collection order is not stable,
 * so every list of lessons goes through `sortLessons`.
 */
export interface Orderable {
  id: string;
  data: { order: number; title: string; draft?: boolean };
}

/** Published lessons by `order`, then by title so equal orders stay stable. */
export function sortLessons<T extends Orderable>(lessons: readonly T[]): T[] {
  return lessons
    .filter((lesson) => !lesson.data.draft)
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en'));
}

export interface Neighbours<T> {
  prev: T | undefined;
  next: T | undefined;
}

export function neighbours<T extends Orderable>(sorted: readonly T[], id: string): Neighbours<T> {
  const index = sorted.findIndex((lesson) => lesson.id === id);
  if (index === -1) return { prev: undefined, next: undefined };
  return { prev: sorted[index - 1], next: sorted[index + 1] };
}
