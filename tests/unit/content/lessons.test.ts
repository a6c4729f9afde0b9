import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { lessonSchema } from '../../../src/lib/content-schemas';
import { wordCount } from '../../../src/lib/reading-time';
import glossary from '../../../src/content/glossary.json';
import sources from '../../../src/content/sources.json';

/**
 * The curriculum's writing rules, checked on every lesson file: valid
 * frontmatter, a body of 700–1,800 words, a worked example or comparison,
 * key takeaways, 2–4 check-yourself questions (in the frontmatter), and
 * glossary links and sources that exist.
 */
const DIR = 'src/content/lessons';
const MIN_WORDS = 700;
const MAX_WORDS = 1800;

const lessons = readdirSync(DIR)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const text = readFileSync(`${DIR}/${file}`, 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    return { file, frontmatter: parseYaml(match?.[1] ?? ''), body: match?.[2] ?? '' };
  });

const glossaryIds = new Set(glossary.map((t) => t.id));
const sourceIds = new Set(sources.map((s) => s.id));

describe.each(lessons)('$file', ({ file, frontmatter, body }) => {
  const data = lessonSchema.parse(frontmatter);

  it(`has a body of ${MIN_WORDS}–${MAX_WORDS} words`, () => {
    const words = wordCount(body);
    expect(words, `${file}: ${words} words`).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(words, `${file}: ${words} words`).toBeLessThanOrEqual(MAX_WORDS);
  });

  it('has learning objectives, 2–4 check-yourself questions and sources', () => {
    expect(data.objectives.length).toBeGreaterThanOrEqual(2);
    expect(data.checks.length).toBeGreaterThanOrEqual(2);
    expect(data.checks.length).toBeLessThanOrEqual(4);
    for (const id of data.sources) expect(sourceIds, `${file} cites ${id}`).toContain(id);
  });

  it('has key takeaways and a worked example or comparison table', () => {
    expect(body).toMatch(/^## Key takeaways$/m);
    const hasTable = /^\|.*\|\s*$\n^\|\s*:?-{3,}/m.test(body);
    const hasWorkedExample = /^##+ .*(worked example|example)/im.test(body);
    expect(hasTable || hasWorkedExample, `${file}: add a comparison table or a "Worked example" section`).toBe(true);
  });

  it('does not repeat the check-yourself block in the body (the page renders it)', () => {
    expect(body).not.toMatch(/^## Check yourself/m);
  });

  it('links only to glossary terms that exist', () => {
    for (const [, id] of body.matchAll(/<Term\s+id="([^"]+)"/g)) expect(glossaryIds, `${file}: <Term id="${id}">`).toContain(id);
  });
});

it('lesson orders are unique', () => {
  const orders = lessons.map((l) => lessonSchema.parse(l.frontmatter).order);
  expect(new Set(orders).size).toBe(orders.length);
});

it('every glossary term is used in a lesson, as a <Term> link or by name', () => {
  const text = lessons.map((l) => l.body).join('\n').toLowerCase();
  const unused = glossary.filter((t) => !text.includes(`<term id="${t.id}"`) && !new RegExp(`\\b${t.term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text));
  expect(unused.map((t) => t.id)).toEqual([]);
});
