import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { lessonSchema, pathSchema, type Track } from '../../../src/lib/content-schemas';
import { sortLessons } from '../../../src/lib/lessons';
import paths from '../../../src/content/paths.json';

/**
 * Learning paths (src/content/paths.json) against the lessons that exist:
 * each role's path covers every lesson of its track and the shared ones,
 * the full course holds every lesson once, in course order, and a path that
 * leaves lessons out says so in its summary (issue #12).
 */
const DIR = 'src/content/lessons';

const lessons = readdirSync(DIR)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`${DIR}/${file}`, 'utf8'))?.[1] ?? '';
    return { id: file.replace(/\.mdx$/, ''), data: lessonSchema.parse(parseYaml(frontmatter)) };
  });

const parsed = paths.map((path) => pathSchema.parse(path));
const path = (id: string) => {
  const found = parsed.find((p) => p.id === id);
  if (!found) throw new Error(`paths.json has no "${id}" path`);
  return found;
};
const lessonsOf = (...tracks: Track[]) => sortLessons(lessons).filter((l) => tracks.includes(l.data.track)).map((l) => l.id);

describe('learning paths', () => {
  it('has the three paths the quiz can recommend, each valid and naming lessons that exist, once each', () => {
    expect(parsed.map((p) => p.id).sort()).toEqual(['devops-first', 'full', 'sre-first']);
    const ids = new Set(lessons.map((l) => l.id));
    for (const p of parsed) {
      for (const id of p.lessons) expect(ids, `${p.id} → ${id}`).toContain(id);
      expect(new Set(p.lessons).size, `${p.id} repeats a lesson`).toBe(p.lessons.length);
    }
  });

  it('DevOps first includes every lesson of the devops and shared tracks', () => {
    const missing = lessonsOf('devops', 'both').filter((id) => !path('devops-first').lessons.includes(id));
    expect(missing).toEqual([]);
  });

  it('SRE first includes every lesson of the sre and shared tracks', () => {
    const missing = lessonsOf('sre', 'both').filter((id) => !path('sre-first').lessons.includes(id));
    expect(missing).toEqual([]);
  });

  it('the full course holds every published lesson, in course order', () => {
    expect(path('full').lessons).toEqual(sortLessons(lessons).map((l) => l.id));
  });

  it('a path that leaves lessons out says so in its summary', () => {
    const all = sortLessons(lessons).map((l) => l.id);
    for (const p of parsed) {
      const left = all.filter((id) => !p.lessons.includes(id));
      if (left.length > 0) expect(p.summary, `${p.id} leaves out ${left.join(', ')}`).toMatch(/leaves out/i);
    }
  });
});
