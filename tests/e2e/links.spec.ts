import { expect, test } from '@playwright/test';
import { allPages } from './pages';
import { E2E_BASE_PATH, E2E_ORIGIN } from './site';

/**
 * Every internal link and #fragment on every page resolves: the target
 * answers 200 and, when there is a fragment, has an element with that id.
 */
const decode = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1] ?? '')));
}

test('every internal link and fragment resolves', async ({ request }) => {
  const cache = new Map<string, { status: number; ids: Set<string> }>();
  async function load(pathname: string) {
    let entry = cache.get(pathname);
    if (!entry) {
      const response = await request.get(`${E2E_ORIGIN}${pathname}`, { maxRedirects: 0 });
      entry = { status: response.status(), ids: ids(await response.text()) };
      cache.set(pathname, entry);
    }
    return entry;
  }

  const broken: string[] = [];
  let checked = 0;
  for (const page of allPages()) {
    const pagePath = `${E2E_BASE_PATH}${page}`;
    const source = await load(pagePath);
    expect(source.status, pagePath).toBe(200);
    const html = await (await request.get(`${E2E_ORIGIN}${pagePath}`)).text();
    for (const link of hrefs(html)) {
      const url = new URL(link, `${E2E_ORIGIN}${pagePath}`);
      if (url.origin !== E2E_ORIGIN) continue;
      checked++;
      if (!url.pathname.startsWith(E2E_BASE_PATH)) {
        broken.push(`${pagePath} → ${link} (outside the base path)`);
        continue;
      }
      const target = await load(url.pathname);
      if (target.status !== 200) broken.push(`${pagePath} → ${link} (${target.status})`);
      else if (url.hash && !target.ids.has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${pagePath} → ${link} (no element with id ${url.hash})`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(20);
});
