/**
 * Pagefind's excerpt is the page's text, HTML-escaped, with <mark> around
 * the matches. It is read here into plain text parts, so the search page can
 * build it from text nodes and <mark> elements and never parse it as HTML:
 * anything else that looks like a tag (it should not occur, as Pagefind
 * escapes what it indexes) stays the characters it is.
 */

export interface ExcerptPart {
  text: string;
  /** A match, shown in <mark>. */
  marked: boolean;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The character references an HTML escaper writes: the five named ones and numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      return marked ? { text: decodeEntities(marked[1] ?? ''), marked: true } : { text: decodeEntities(part), marked: false };
    });
}
