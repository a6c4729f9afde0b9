// @ts-check
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { normaliseBase } from './src/lib/paths.ts';
import oneFilePerEntry from './scripts/bundle/integration.mjs';
import securityHeaders from './scripts/security/integration.mjs';

/**
 * The site can live at a domain root or under a sub-path (GitHub Pages
 * project sites, a folder on a CDN). Both are read from the environment at
 * build time so one source tree serves every host:
 *   BASE_PATH=/flow-and-stability/ SITE_URL=https://example.github.io npm run build
 */
const base = normaliseBase(process.env.BASE_PATH ?? '/');
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/**
 * Vite wraps every dynamic import() in a preload helper (1.7 KB, 0.7 KB gzip,
 * in the framework chunk of every island page) even with modulePreload off
 * (vitejs/vite#18551, #13952). Here it would only add <link> tags for files
 * the page already has: every stylesheet is linked by the page's HTML (a test
 * in tests/e2e/budget.spec.ts holds that), and the scripts a lazy part needs
 * are nearly all loaded already. So the helper becomes a pass-through. If Vite
 * renames the helper, this stops applying and the page-weight tests notice.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
/** A short name for a module id (an id itself may carry queries other plugins act on). @param {string} text */
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12);
const passThroughPreloadHelper = {
  name: 'flow-and-stability:pass-through-preload-helper',
  enforce: /** @type {const} */ ('pre'),
  apply: /** @type {const} */ ('build'),
  /**
   * One copy per importing module: a shared copy would live in one chunk (the
   * framework's) and make every script with a dynamic import load that chunk.
   * @param {string} id @param {string | undefined} importer
   */
  resolveId: (id, importer) => (id === PRELOAD_HELPER ? `${PRELOAD_HELPER}?for=${hash(importer ?? '')}` : null),
  /** @param {string} id */
  load: (id) => (id.startsWith(`${PRELOAD_HELPER}?`) ? 'export const __vitePreload = (load) => load();' : null),
};

/**
 * @nanostores/preact's useStore imports nanostores' listenKeys (and with it the
 * deep-map path reader) for its `keys` option: 0.18 KB gzip on every island
 * page. No island passes `keys` (tests/unit/stores/use-store.test.ts holds
 * that), so in the browser build that import resolves to a stand-in that
 * throws, saying why, if one ever does. Server rendering, dev and the unit
 * tests keep the real one.
 */
const USE_STORE_KEYS = '\0flow-and-stability:use-store-keys';
/** @type {import('vite').Plugin} */
const useStoreWithoutKeys = {
  name: 'flow-and-stability:use-store-without-keys',
  enforce: 'pre',
  apply: 'build',
  applyToEnvironment: (environment) => environment.name === 'client',
  resolveId: (id, importer) => (id === 'nanostores' && importer && /[\\/]@nanostores[\\/]preact[\\/]/.test(importer) ? USE_STORE_KEYS : null),
  /** @param {string} id */
  load: (id) =>
    id === USE_STORE_KEYS
      ? 'export const listenKeys = () => { throw Error("useStore keys: off in astro.config.mjs") };'
      : null,
};

/**
 * Astro's Preact renderer hydrates islands with @astrojs/preact/client.js,
 * which also turns props passed as Preact signals back into signals: 0.2 KB
 * gzip in the framework chunk of every island page, and a @preact/signals
 * chunk in the offline copy, for a feature no island uses. In the browser
 * build it resolves to src/components/preact-client.ts, the same file without
 * signals, which throws if a page ever passes one. Dev keeps the original.
 */
const PREACT_CLIENT = fileURLToPath(new URL('./src/components/preact-client.ts', import.meta.url));
/** @type {import('vite').Plugin} */
const preactClientWithoutSignals = {
  name: 'flow-and-stability:preact-client-without-signals',
  enforce: 'pre',
  apply: 'build',
  applyToEnvironment: (environment) => environment.name === 'client',
  resolveId: (id) => (id === '@astrojs/preact/client.js' ? PREACT_CLIENT : null),
};

/**
 * Astro builds the browser bundle with preserveEntrySignatures 'exports-only':
 * an island's file may export nothing but its component. Code that an island
 * shares only with its own lazily loaded parts (the burn rate planner's alert
 * policy, which its exports use too; the payback and DORA inputs, which their
 * results use too) then needs a file of its own, and the renderer entry is a
 * stub re-exporting the framework chunk. With 'allow-extension' that code stays
 * in the island's (or the renderer's) file and is exported from there too;
 * every island still exports its component, and code shared by several
 * islands still goes to shared chunks. scripts/bundle/ bundles those files
 * again anyway; what still needs the option is the renderer entry, which stays
 * the one framework file the bundling step and the page weights know (without
 * it, measured 2026-12-05, every island page counted 2.9 KB more on demand:
 * the framework's signal support, which no island uses, moved out of that
 * file). Astro sets the option for the client environment itself, so it is
 * changed there; if Astro stops honouring the change, the page-weight tests
 * notice.
 */
const islandFilesMayExportSharedCode = {
  name: 'flow-and-stability:island-files-may-export-shared-code',
  apply: /** @type {const} */ ('build'),
  /**
   * @param {string} name
   * @param {import('vite').EnvironmentOptions} config
   */
  configEnvironment(name, config) {
    if (name !== 'client') return;
    config.build ??= {};
    config.build.rolldownOptions ??= {};
    config.build.rolldownOptions.preserveEntrySignatures = 'allow-extension';
  },
};

export default defineConfig({
  site,
  base,
  output: 'static',
  // Every page is a folder with index.html, so links end in "/" everywhere.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The search and review pages are tools, not content: keep them out of the sitemap.
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !/\/(search|review)\/$/.test(new URL(page).pathname) }), oneFilePerEntry(), securityHeaders()],
  devToolbar: { enabled: false },
  /**
   * A strict Content-Security-Policy on every page, as a <meta> Astro writes:
   * no 'unsafe-inline' or 'unsafe-eval'; inline scripts and styles run only by
   * hash. Astro hashes what it bundles; scripts/security/ (the last
   * integration) sets each page's hashes to exactly what it carries inline,
   * including the is:inline theme scripts and style attributes Astro cannot
   * see, and writes dist/_headers. SECURITY.md explains each directive.
   */
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "worker-src 'self'", "manifest-src 'self'"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [passThroughPreloadHelper, useStoreWithoutKeys, preactClientWithoutSignals, islandFilesMayExportSharedCode],
    build: {
      // No island needs a preload polyfill; it cost every island page 0.9 KB.
      modulePreload: false,
      rolldownOptions: {
        output: {
          // After the build, scripts/bundle/ bundles each island and page script into one file;
          // only the framework chunk and the chunks that hold a store stay shared (see there).
          // These groups keep those chunks lean: the framework alone, and each store with no more
          // than the checks it runs. The progress and review stores share one chunk: every
          // reading page needs both. (The quiz store's chunk, made by the build's own rules,
          // holds the quiz storage code both quiz pages run.) nanostores and the persisted-atom
          // factory get a chunk of their own, ranked above the stores (a group takes in what its
          // modules import), so that a page with one store does not load another's; scripts/bundle/
          // then copies them into each store's file.
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|src[\\/]components[\\/]preact-client\./, priority: 2 },
              { name: 'stores', test: /node_modules[\\/]nanostores[\\/]|src[\\/]stores[\\/]persisted\./, priority: 1 },
              { name: 'progress', test: /src[\\/](stores[\\/](progress|review)|lib[\\/]progress[\\/]progress|lib[\\/]review[\\/]log)\.ts$/ },
              { name: 'slo-settings', test: /src[\\/]stores[\\/]slo-settings\.ts$/ },
            ],
          },
        },
      },
    },
  },
});
