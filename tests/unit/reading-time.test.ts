import { describe, expect, it } from 'vitest';
import { readingMinutes, WORDS_PER_MINUTE, wordCount } from '../../src/lib/reading-time';

describe('wordCount', () => {
  it('counts the words a reader reads, not MDX syntax', () => {
    const mdx = [
      "import Tool from '../../components/Tool.astro';",
      '',
      '## Error budgets',
      '',
      'A **99.9%** SLO allows [43 minutes](/tools/) a month.',
      '',
      '<Tool client:visible slo={99.9} />',
      '',
      '```yaml',
      'not: counted',
      '```',
    ].join('\n');
    expect(wordCount(mdx)).toBe(10);
  });
  it('ignores frontmatter', () => {
    expect(wordCount('---\ntitle: "A B C"\n---\nOne two three.')).toBe(3);
  });
});

describe('readingMinutes', () => {
  it(`rounds up at ${WORDS_PER_MINUTE} words a minute (Brysbaert 2019 puts non-fiction near 238)`, () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingMinutes(words(WORDS_PER_MINUTE))).toBe(1);
    expect(readingMinutes(words(WORDS_PER_MINUTE + 1))).toBe(2);
    expect(readingMinutes(words(1000))).toBe(5);
  });
  it('is at least one minute, even for an empty lesson', () => {
    expect(readingMinutes('')).toBe(1);
  });
});
