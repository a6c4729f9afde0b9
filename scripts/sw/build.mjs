#!/usr/bin/env node
// @ts-check
/**
 * Writes the service worker, dist/sw.js, with Workbox's generateSW
 * (workbox-build). It runs last in `npm run build`, after Pagefind, because
 * the search index is written after Astro finishes and must be precached too:
 *
 *   node scripts/sw/build.mjs [--dir dist]
 *
 * The base path is read from the built manifest's scope
 * (dist/manifest.webmanifest), so the worker always matches the build it
 * sits in, whatever BASE_PATH was. What it does (README, "Offline"):
 *   - precaches every page, stylesheet and script, the data pages fetch (the
 *     review cards), the Pagefind index, the sample CSV and the app's icons, each URL with a content revision, so a
 *     new build replaces exactly the files that changed;
 *   - answers a page request from that cache whatever its query string (tool
 *     links carry their inputs there), and any other navigation from the
 *     network, falling back to the site's 404 page when there is none;
 *   - waits, once a new version is installed, until the reader accepts the
 *     "new version" notice (a SKIP_WAITING message) or closes every tab, so
 *     an open page never mixes old HTML with new scripts.
 */
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateSW } from 'workbox-build';
import { SERVICE_WORKER_FILE } from '../security/headers.mjs';

/** Cache names start with this, and end with the worker's scope (Workbox adds it), so one origin can host several sites. Also in src/lib/offline/setting.ts (tests/unit/offline/setting.test.ts holds them together). */
export const CACHE_ID = 'flow-and-stability';
export { SERVICE_WORKER_FILE };

/**
 * What is precached, relative to dist/. Pagefind writes four UI bundles the
 * search page does not use (it renders results itself), so only the reader
 * and its index are listed; sitemaps and _headers are for crawlers and hosts.
 */
export const PRECACHE_PATTERNS = [
  '**/*.html',
  // Data the pages fetch: the review deck's cards, Pagefind's entry file.
  '**/*.json',
  '_astro/**/*.{js,css}',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
  'pagefind/index/*.pf_index',
  'pagefind/fragment/*.pf_fragment',
  'samples/*.csv',
  'favicon.svg',
  'icons/*.png',
  'manifest.webmanifest',
];

/**
 * The generateSW options for a build in `dir` served under `base`.
 * @param {string} dir
 * @param {string} base "/" or "/sub/path/"
 * @returns {import('workbox-build').GenerateSWOptions}
 */
export function serviceWorkerOptions(dir, base) {
  return {
    globDirectory: dir,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: [SERVICE_WORKER_FILE],
    swDest: join(dir, SERVICE_WORKER_FILE),
    // Manifest URLs are absolute under the base, like every link on the site.
    modifyURLPrefix: { '': base },
    // Files under _astro/ carry a content hash in their names: no revision needed.
    dontCacheBustURLsMatching: /\/_astro\//,
    // A page is the same file whatever its query: tool inputs, ?q= on search, Pagefind's ?ts=.
    ignoreURLParametersMatching: [/./],
    directoryIndex: 'index.html',
    // Pages never built: the network's answer (a new page, or the host's 404), else the site's own 404 page.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${base}404.html` } },
      },
    ],
    cacheId: CACHE_ID,
    cleanupOutdatedCaches: true,
    // A first visit's page is controlled at once, so it works offline without a reload;
    // an update waits for the reader (see the module comment).
    clientsClaim: true,
    skipWaiting: false,
    // One file: nothing for the worker to import, and one URL for hosts to keep uncached.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    disableDevLogs: true,
  };
}

/** The base path a build was made for: its manifest's scope. @param {string} dir */
export async function builtBase(dir) {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.webmanifest'), 'utf8'));
  if (typeof manifest.scope !== 'string' || !/^\/(.*\/)?$/.test(manifest.scope)) {
    throw new Error(`${dir}/manifest.webmanifest: expected a scope like "/" or "/sub/path/", got ${JSON.stringify(manifest.scope)}`);
  }
  return /** @type {string} */ (manifest.scope);
}

/**
 * Writes `dir`/sw.js for the build in `dir`.
 * @param {string} dir
 * @returns {Promise<{ base: string, count: number, size: number, swBytes: number, warnings: string[] }>}
 */
export async function buildServiceWorker(dir) {
  const base = await builtBase(dir);
  const options = serviceWorkerOptions(resolve(dir), base);
  const { count, size, warnings } = await generateSW(options);
  const swBytes = (await stat(options.swDest)).size;
  return { base, count, size, swBytes, warnings };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const started = performance.now();
  const { base, count, size, swBytes, warnings } = await buildServiceWorker(values.dir);
  for (const warning of warnings) console.warn(`sw: ${warning}`);
  const ms = Math.round(performance.now() - started);
  console.log(
    `${values.dir}/${SERVICE_WORKER_FILE} for ${base}: ${count} files precached, ${size.toLocaleString('en')} bytes (${(size / 1024).toFixed(0)} KiB); the worker is ${swBytes.toLocaleString('en')} bytes (${ms} ms)`,
  );
}
