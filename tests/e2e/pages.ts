import { existsSync, readFileSync } from 'node:fs';
import { E2E_BASE_PATH, PAGES_OUTSIDE_SITEMAP } from './site';

/**
 * Site-relative paths ("lessons/two-hats/") of every page in the built
 * sitemap. Read from dist/ at collection time so each page gets its own
 * named test; the tests themselves fetch every page over HTTP.
 */
export function sitemapPages(): string[] {
  const index = read('dist/sitemap-index.xml');
  if (index === '') return [];
  return locs(index).flatMap((url) => {
    const file = `dist/${new URL(url).pathname.slice(E2E_BASE_PATH.length)}`;
    return locs(read(file)).map(toRelative);
  });
}

/** The sitemap's pages plus the few deliberately left out of it. */
export function allPages(): string[] {
  return [...sitemapPages(), ...PAGES_OUTSIDE_SITEMAP];
}

function read(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
}

function toRelative(url: string): string {
  const { pathname } = new URL(url);
  if (!pathname.startsWith(E2E_BASE_PATH)) throw new Error(`Sitemap URL outside the base path: ${url}`);
  return pathname.slice(E2E_BASE_PATH.length);
}
