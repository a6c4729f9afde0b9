/**
 * The offline copy: what the About page's setting stores and which caches
 * are this site's. No DOM here; OfflineSetting.astro does the work.
 */

/**
 * localStorage key of the setting "keep an offline copy". Absent means yes
 * (the default); OFFLINE_OFF means no, and then no page registers the service
 * worker. The registration script in offline/UpdateNotice.astro reads the same
 * key as a literal, to stay a few hundred bytes (a unit test holds the two together).
 */
export const OFFLINE_SETTING_KEY = 'fs:offline:v1';
export const OFFLINE_OFF = 'off';

/**
 * Prefix of the service worker's cache names (`cacheId` in
 * scripts/sw/build.mjs; a unit test holds the two together).
 */
export const CACHE_ID = 'flow-and-stability';

/**
 * Whether a Cache Storage name is one of this site's. Workbox names its caches
 * `${cacheId}-${purpose}-${scope}` (precache-v2, runtime, …), and a cache is
 * shared by the whole origin: on a host such as user.github.io, other sites
 * in other folders have theirs, and removing this site's copy must leave those.
 */
export const isSiteCache = (name: string, scope: string): boolean => name.startsWith(`${CACHE_ID}-`) && name.endsWith(`-${scope}`);
