/**
 * Where the e2e suite serves the build. `npm run test:build` builds with the
 * same values (BASE_PATH and SITE_URL in package.json); keep them in step.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4322);
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_BASE_PATH = '/flow-and-stability/';

/** Pages that exist but are not in the sitemap. */
export const PAGES_OUTSIDE_SITEMAP = ['search/', 'review/'];
