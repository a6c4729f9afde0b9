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
 * Prefixes a site-relative path with the base. Pages get a trailing slash
 * (the build writes folders with index.html); files with an extension, query
 * strings and fragments are kept as given.
 *
 *   joinBase('/fs/', 'lessons/two-hats') → '/fs/lessons/two-hats/'
 *   joinBase('/', '/glossary/#slo')     → '/glossary/#slo'
 */
export function joinBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new Error(`joinBase is for internal links; got an absolute URL: ${path}`);
  }
  const prefix = normaliseBase(base);
  const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(path);
  const rawPath = match?.[1] ?? '';
  const query = match?.[2] ?? '';
  const hash = match?.[3] ?? '';
  let clean = rawPath.replace(/^\/+/, '');
  const lastSegment = clean.split('/').pop() ?? '';
  if (clean !== '' && !clean.endsWith('/') && !lastSegment.includes('.')) clean += '/';
  return `${prefix}${clean}${query}${hash}`;
}

/** Removes the base from a pathname, giving the site-relative path ("/lessons/"). */
export function stripBase(base: string, pathname: string): string {
  const prefix = normaliseBase(base);
  if (prefix === '/') return pathname;
  if (pathname === prefix.slice(0, -1)) return '/';
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
}
