/**
 * Internal links. Every link in the site goes through `joinBase`, so the same
 * build works at a domain root and under a sub-path such as
 * `/flow-and-stability/` (GitHub Pages project sites, a folder on a CDN).
 */

/** Normalises a configured base to "/" or "/some/path/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Prefixes a site-relative path with the base, which must already be
 * normalised ("/" or "/some/path/"; astro.config.mjs normalises the configured
 * one). Pages get a trailing slash (the build writes folders with
 * index.html); files with an extension, query strings and fragments are kept
 * as given. This runs in every island that links, so it stays small; whether
 * a path is internal at all is checked where pages are rendered (see
 * assertInternalPath).
 *
 *   joinBase('/fs/', 'lessons/two-hats') → '/fs/lessons/two-hats/'
 *   joinBase('/', '/glossary/#slo')     → '/glossary/#slo'
 */
export function joinBase(base: string, path: string): string {
  const [, route = '', rest = ''] = /^\/*([^?#]*)(.*)$/.exec(path) ?? [];
  // Nothing to add after an empty path, a folder ("lessons/") or a file ("favicon.svg").
  const slash = /(^|\/|\.[^/]*)$/.test(route) ? '' : '/';
  return `${base}${route}${slash}${rest}`;
}

/** Throws for an absolute URL ("https://…", "//host/…"): href() and joinBase are for internal links only. */
export function assertInternalPath(path: string): void {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new Error(`href() is for internal links; got an absolute URL: ${path}`);
  }
}

/** Removes the base from a pathname, giving the site-relative path ("/lessons/"). */
export function stripBase(base: string, pathname: string): string {
  const prefix = normaliseBase(base);
  if (prefix === '/') return pathname;
  if (pathname === prefix.slice(0, -1)) return '/';
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
}
