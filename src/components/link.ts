import { assertInternalPath, joinBase } from '../lib/paths';

/**
 * Site-internal link that respects the configured base path: the one way to build an internal href, in pages and islands alike.
 * Where pages are rendered (the build, the dev server) an absolute URL fails loudly; the browser copy of an island skips that check.
 */
export const href = (path: string): string => {
  if (import.meta.env.SSR) assertInternalPath(path);
  return joinBase(import.meta.env.BASE_URL, path);
};

/** The id of a source's entry in a SourceList; /about/ lists every source, so `about/#${sourceAnchor(id)}` cites it. */
export const sourceAnchor = (id: string): string => `source-${id}`;
