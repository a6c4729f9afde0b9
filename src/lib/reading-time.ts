/**
 * Reading time for a lesson, from its source text.
 *
 * 230 words a minute is a common middle estimate for adults reading
 * non-fiction on screen (Brysbaert 2019 puts silent reading of English
 * non-fiction at about 238 wpm); lessons hold numbers and tables, so we round
 * the estimate up to whole minutes rather than pretend to precision.
 */
export const WORDS_PER_MINUTE = 230;

/** Strips MDX syntax that is not read as words: imports, JSX tags, code fences, markup. */
export function readableText(source: string): string {
  return source
    .replace(/^---[\s\S]*?\n---\n/, ' ') // frontmatter
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|~-]+/g, ' ');
}

export function wordCount(source: string): number {
  const words = readableText(source).match(/[\p{L}\p{N}][\p{L}\p{N}'’.%-]*/gu);
  return words?.length ?? 0;
}

/** Whole minutes, at least one. */
export function readingMinutes(source: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(wordCount(source) / wordsPerMinute));
}
