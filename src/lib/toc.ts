/**
 * Table of contents from a rendered lesson's headings. Astro gives a flat list
 * (depth, slug, text); the lesson page shows h2 sections with their h3
 * subsections nested below them.
 */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
  const toc: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth < minDepth || depth > maxDepth) continue;
    const item: TocItem = { slug, text, children: [] };
    const parent = toc.at(-1);
    if (depth === minDepth || parent === undefined) toc.push(item);
    else parent.children.push(item);
  }
  return toc;
}
