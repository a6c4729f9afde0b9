// @ts-check
import { createHash } from 'node:crypto';
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
 * Astro builds the browser bundle with preserveEntrySignatures 'exports-only':
 * an island's file may export nothing but its component. Code that an island
 * shares only with its own lazily loaded parts (the burn rate planner's alert
 * policy, which its exports use too; the payback and DORA inputs, which their
 * results use too) then needs a file of its own, and the renderer entry is a
 * stub re-exporting the framework chunk. With 'allow-extension' that code stays
 * in the island's (or the renderer's) file and is exported from there too;
 * every island still exports its component, and code shared by several
 * islands still goes to shared chunks. Astro sets the option for the client
 * environment itself, so it is changed there; if Astro stops honouring the
 * change, the page-weight tests notice.
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
    plugins: [passThroughPreloadHelper, useStoreWithoutKeys, islandFilesMayExportSharedCode],
    build: {
      // No island needs a preload polyfill; it cost every island page 0.9 KB.
      modulePreload: false,
      rolldownOptions: {
        output: {
          // Fewer, larger chunks compress better: the framework and the stores
          // each ship as one file instead of four small ones (about 1 KB less
          // per island page, measured by tests/e2e/weights.ts). The stores file
          // also carries the persisted-atom helper every stored value is built on,
          // but not the Preact binding (useStore): reading pages use the stores
          // from custom elements and must not load Preact through them.
          //
          // The toolkit every tool runs (field parsing, URL state, the form and
          // result parts, the number and duration formats) is one chunk too.
          // Automatic chunking cut it by which islands use each module (the SRE
          // tools format on load, payback and DORA only in their lazy results;
          // only the SRE tools count plurals), so a tool page loaded three or
          // four small files where one does (0.2-0.35 KB gzip less per tool
          // page). For payback and DORA the formats now come with the page
          // instead of with the first edit: less in total, 0.6 KB more at first.
          //
          // href (link.ts, paths.ts) and CopyLinkButton are a group of their own,
          // ranked above the toolkit: a group takes in what its modules import,
          // so the toolkit's ToolShell (the full-calculator link) would otherwise pull them in, and
          // the quiz result and the progress overview, which use them without
          // the toolkit, would load all of it. CopyLinkButton joins href so that
          // tool pages and the quiz result load one small file rather than two;
          // the progress overview (home page, lessons index) needs only href and
          // carries the button's 0.3 KB for that. The framework ranks above
          // both groups, so neither takes Preact in.
          //
          // There is deliberately no group for the SRE tools' code: automatic
          // chunking already puts each module in one chunk per set of islands
          // that use it, which is exactly what each page needs. A single group
          // made pages load code they never run (the availability tool loaded the
          // stores through the SLO settings, budget status and burn rate the
          // per-period tables) and saved nothing once the modules were split so
          // that each holds only what its users share (see error-budget.ts and
          // tests/unit/tool-modules.test.ts).
          codeSplitting: {
            // A group with a higher priority takes its modules first (and what they import):
            // Preact before its store binding, which would otherwise take Preact along; the
            // binding before 'stores', which would take it.
            groups: [
              { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/, priority: 2 },
              { name: 'stores', test: /node_modules[\\/]nanostores[\\/]|src[\\/]stores[\\/]persisted\./ },
              { name: 'stores-preact', test: /node_modules[\\/]@nanostores[\\/]preact[\\/]/, priority: 1 },
              // What every reading page keeps: lesson progress and the review answer log, with their
              // checks, in one file rather than two (about 0.1 KB gzip less on each reading page).
              { name: 'progress', test: /src[\\/](stores[\\/](progress|review)|lib[\\/]progress[\\/]progress|lib[\\/]review[\\/]log)\.ts$/ },
              { name: 'slo-settings', test: /src[\\/]stores[\\/]slo-settings\.ts$/ },
              { name: 'links', test: /src[\\/](lib[\\/]paths|components[\\/](link|ui[\\/]CopyLinkButton))\.tsx?$/, priority: 1 },
              {
                name: 'toolkit',
                test: /src[\\/](lib[\\/](field|url-params|form|format)|components[\\/]ui[\\/](use-url-state|use-last-valid|Result|TextField|ToolShell|DataTable))\.tsx?$/,
              },
            ],
          },
        },
      },
    },
  },
});
