import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryTermSchema, lessonSchema, sourceSchema } from '../../../src/lib/content-schemas';
import glossary from '../../../src/content/glossary.json';
import sources from '../../../src/content/sources.json';

const valid = {
  title: 'Error budgets',
  description: 'What an SLO allows, and how teams spend and protect it.',
  track: 'sre',
  order: 5,
  objectives: ['Compute the error budget of an SLO.', 'Explain an error budget policy.'],
  sources: ['sre-book'],
  checks: [
    {
      id: 'budget-left',
      question: 'What does a 99.9% SLO leave as error budget?',
      options: [
        { text: '0.1% of events', correct: true, feedback: 'One minus the SLO: 0.1% may fail.' },
        { text: '99.9% of events', feedback: 'That is what must succeed, not the budget.' },
      ],
    },
    {
      id: 'who-sets-it',
      question: 'Who sets the SLO for a service?',
      options: [
        { text: 'The team with its stakeholders', correct: true, feedback: 'It is an internal target agreed with product owners.' },
        { text: 'The customer contract', feedback: 'That is the SLA, with its own consequences.' },
      ],
    },
  ],
};

/** Formats issues as the build does: the field path, then the message. */
const problems = (data: unknown) => {
  const result = lessonSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('lesson frontmatter schema', () => {
  it('accepts a complete lesson and defaults draft to false', () => {
    expect(lessonSchema.parse(valid).draft).toBe(false);
  });
  it('names the field when the track is misspelled', () => {
    expect(problems({ ...valid, track: 'SRE' })).toEqual([expect.stringMatching(/^track: .*"devops".*"sre".*"both"/)]);
  });
  it('names the field when order is missing or not a whole number', () => {
    const { order: _omit, ...withoutOrder } = valid;
    expect(problems(withoutOrder)).toEqual([expect.stringMatching(/^order: /)]);
    expect(problems({ ...valid, order: 1.5 })).toEqual([expect.stringMatching(/^order: .*int/i)]);
  });
  it('rejects an unknown field, so a typo such as "sorces" does not pass silently', () => {
    expect(problems({ ...valid, sorces: ['sre-book'] })).toEqual([expect.stringMatching(/sorces/)]);
  });
  it('requires exactly one correct option in each check-yourself question', () => {
    const [first, second] = valid.checks;
    const noCorrect = { ...first, options: first!.options.map((o) => ({ ...o, correct: false })) };
    expect(problems({ ...valid, checks: [noCorrect, second] })).toEqual([expect.stringMatching(/^checks\.0\.options: mark exactly one option/)]);
  });
  it('requires each check to have an id of its own within the lesson (the review deck keeps answers by it)', () => {
    const [first, second] = valid.checks;
    const { id: _omit, ...withoutId } = first!;
    expect(problems({ ...valid, checks: [withoutId, second] })).toEqual([expect.stringMatching(/^checks\.0\.id: /)]);
    expect(problems({ ...valid, checks: [first, { ...second, id: first!.id }] })).toEqual(['checks: give each check an id of its own within the lesson']);
    expect(problems({ ...valid, checks: [{ ...first, id: 'Budget Left' }, second] })).toEqual([expect.stringMatching(/^checks\.0\.id: use lower-case words/)]);
  });
  it('requires at least two objectives and one source', () => {
    expect(problems({ ...valid, objectives: ['Only one objective here.'] })).toEqual([expect.stringMatching(/^objectives: /)]);
    expect(problems({ ...valid, sources: [] })).toEqual([expect.stringMatching(/^sources: /)]);
  });
});

describe('content files', () => {
  it('every source is valid and has a unique id', () => {
    const parsed = sources.map((s) => sourceSchema.parse(s));
    expect(new Set(parsed.map((s) => s.id)).size).toBe(parsed.length);
  });
  it('a source URL must be https', () => {
    const result = sourceSchema.safeParse({ ...sources[0], url: 'http://example.com/' });
    expect(result.success).toBe(false);
  });
  it('a glossary term without a source is rejected', () => {
    const result = glossaryTermSchema.safeParse({ ...glossary[0], sources: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['sources']);
  });
  it('every glossary term is valid, and its related terms and sources exist', () => {
    const terms = glossary.map((t) => glossaryTermSchema.parse(t));
    const termIds = new Set(terms.map((t) => t.id));
    const sourceIds = new Set(sources.map((s) => s.id));
    expect(termIds.size).toBe(terms.length);
    for (const term of terms) {
      for (const related of term.related) expect(termIds, `${term.id} → ${related}`).toContain(related);
      for (const source of term.sources) expect(sourceIds, `${term.id} → ${source}`).toContain(source);
    }
  });
  it('every lesson cites only sources that exist', () => {
    const sourceIds = new Set(sources.map((s) => s.id));
    const dir = 'src/content/lessons';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${dir}/${file}`, 'utf8'))?.[1] ?? '';
      const cited = /sources:\n((?:\s+- .+\n?)+)/.exec(frontmatter)?.[1] ?? '';
      const ids = [...cited.matchAll(/- (\S+)/g)].map((m) => m[1]);
      expect(ids.length, file).toBeGreaterThan(0);
      for (const id of ids) expect(sourceIds, `${file} cites ${id}`).toContain(id);
    }
  });
});
