import { joinBase } from '../lib/paths';

/** Site-internal link that respects the configured base path. Use for every internal href. */
export const href = (path: string): string => joinBase(import.meta.env.BASE_URL, path);
