/**
 * Drives Pagefind on the search page: reads ?q=, loads the index lazily and
 * renders results as a plain list of links.
 */
import { excerptParts } from '../lib/search/excerpt';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 20;

export async function runSearch(base: string): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!input || !status || !list) return;

  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (query === '') {
    input.focus();
    return;
  }
  status.textContent = 'Searching…';
  try {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    const { results } = await pagefind.search(query);
    const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...shown.map(renderResult));
    status.textContent =
      results.length === 0
        ? `No results for “${query}”.`
        : `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”${results.length > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
  } catch {
    status.textContent = 'Search could not load. Try reloading the page.';
  }
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  const href = webAddress(data.url);
  if (href) link.href = href;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link, excerpt);
  return item;
}

/** Only a web address becomes a link: never a javascript: or data: URL, whatever the index says. */
function webAddress(raw: string): string | null {
  try {
    const { protocol } = new URL(raw, location.href);
    return protocol === 'http:' || protocol === 'https:' ? raw : null;
  } catch {
    return null;
  }
}

/** Text nodes and <mark> elements only: the excerpt is never parsed as HTML (see excerptParts). */
function excerptNodes(excerpt: string): Node[] {
  return excerptParts(excerpt).map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}
