import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compareRowSchema } from '../../../src/lib/content-schemas';
import rows from '../../../src/content/compare.json';

/** The /compare/ table: valid rows in a fixed order, each linking a lesson that exists, and a row for every lesson. */
const lessonIds = readdirSync('src/content/lessons')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));
const parsed = rows.map((row) => compareRowSchema.parse(row));

it('rows have unique ids and run 1, 2, 3 … in order', () => {
  expect(new Set(parsed.map((r) => r.id)).size).toBe(parsed.length);
  expect(parsed.map((r) => r.order).sort((a, b) => a - b)).toEqual(parsed.map((_, i) => i + 1));
});

it('every row links a lesson that exists, and every lesson has a row', () => {
  for (const row of parsed) expect(lessonIds, row.id).toContain(row.lesson);
  const covered = new Set(parsed.map((r) => r.lesson));
  expect(lessonIds.filter((id) => !covered.has(id))).toEqual([]);
});
