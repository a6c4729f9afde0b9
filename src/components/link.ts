import { joinBase } from '../lib/paths';

/** Site-internal link that respects the configured base path: the one way to build an internal href, in pages and islands alike. */
export const href = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

/** The id of a source's entry in a SourceList; /about/ lists every source, so `about/#${sourceAnchor(id)}` cites it. */
export const sourceAnchor = (id: string): string => `source-${id}`;
