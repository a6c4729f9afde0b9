// @ts-check
/**
 * Astro integration, run once `astro build` has written dist/: bundles each
 * island and each page script into one file (plus the files of its own lazy
 * parts), instead of the dozen shared chunks the build splits them into.
 *
 * Why: a tool page loaded 8 to 13 files. Every file is compressed on its own
 * and carries the import and export lists that tie it to the others, so the
 * split cost 1.3 to 2.9 KB gzip per tool page (measured on 2026-12-05: error
 * budget 18.65 -> 15.80 KB, release risk 20.14 -> 17.48 KB). What it bought,
 * chunks cached once for several pages, matters little here: a reader
 * usually lands on one page from a link, and the service worker (issue #14)
 * caches every file of the site after the first visit anyway. The price is
 * paid once, in that offline copy: code several pages use is in each of
 * their files (2,477,478 bytes instead of 2,376,364; 4% more).
 *
 * What stays shared, imported by every file that needs it:
 * - the framework chunk (Preact with the client renderer, src/components/preact-client.ts), which the renderer
 *   entry and every island must share: two Preacts would not know each
 *   other's components;
 * - each store (src/stores/) that another file on one of the same pages uses:
 *   a store is state, and two copies on one page (the lessons index runs two
 *   scripts on the progress store; a lesson that embedded two SRE tools would
 *   have two users of the SLO settings) would not see each other's changes. Such a store's
 *   chunk is bundled too, with its own copy of nanostores and of the
 *   persisted-atom factory, which nanostores supports (it keeps its one
 *   global counter on globalThis). A store that only one file on each of its
 *   pages uses goes into that file, like any other code.
 *   astro.config.mjs groups the stores so that their chunks carry little else;
 * - what no page references (the framework's own lazy parts) is left alone.
 *
 * Bundled files keep their exports (an island's lazy parts import shared
 * code from it) and are named by their new content; pages are pointed at the
 * new names, and the chunks nothing references any more are deleted, so the
 * offline copy does not carry them. Each file a page loads at first starts
 * with V8's compile hint (COMPILE_HINT, below).
 * Dev and the unit tests never see this step; the end-to-end tests and the
 * page weights (tests/e2e/weights.ts) run on its output.
 */
import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

/** The framework: Preact with the client renderer (astro.config.mjs), which the renderer entry and every island must share. */
const isFramework = (/** @type {string} */ moduleId) =>
  /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|src[\\/]components[\\/]preact-client\./.test(moduleId);
/** A module that creates stores (src/stores/; persisted.ts is the factory they are built with, and holds no state). */
const isStore = (/** @type {string} */ moduleId) => /src[\\/]stores[\\/](?!persisted\.)/.test(moduleId);

/** Relative imports of a built file: static, re-exports and dynamic ones (the forms the minifier writes). */
export function relativeImports(/** @type {string} */ code) {
  const fixed = [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)];
  const dynamic = [...code.matchAll(/\bimport\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g)];
  return [...fixed, ...dynamic].map((m) => m[1] ?? '');
}

/**
 * V8's explicit compile hint (Chrome 136+): compile every function of the file
 * while it streams in, on a background thread, instead of on the main thread
 * at each function's first call. Hydration calls nearly every function of an
 * island and of the framework, so each of those compiles in the task that
 * hydrates it, and that task is what total blocking time counts. It must be
 * the file's first line. Other engines read it as a comment. Lazy parts do
 * not get it: they load when the learner asks for them, and much of them may
 * never run.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** "ErrorBudgetTool.BwVHj2Ld.js" → "ErrorBudgetTool" (the build's names end in an 8-character hash). */
const stem = (/** @type {string} */ file) => file.replace(/\.js$/, '').replace(/\.[\w-]{8}$/, '');

/**
 * The store chunks each file may take in: those that no other file on any of
 * its pages uses. A lesson's one script may take in the progress store; the
 * lessons index's two scripts may not, and two SRE tools embedded in one
 * lesson could not take in the SLO settings they would share.
 * @param {Set<string>[]} pages the files each page loads by itself
 * @param {Map<string, Set<string>>} storesOf the store chunks each file reaches through its imports
 * @returns {Map<string, Set<string>>}
 */
export function storesToTakeIn(pages, storesOf) {
  const taken = new Map();
  for (const [file, stores] of storesOf) {
    const alone = (/** @type {string} */ store) =>
      pages.every((page) => !page.has(file) || [...page].every((other) => other === file || !storesOf.get(other)?.has(store)));
    taken.set(file, new Set([...stores].filter(alone)));
  }
  return taken;
}

/**
 * Bundles one built file again, with everything it imports except `shared`
 * (kept as imports, renamed as `renamed` says), into a file named by its new
 * content, plus one per part it loads lazily. Returns the files written.
 * @param {string} from the folder of the build's own files
 * @param {string} to the folder to write to
 * @param {string} file
 * @param {(file: string) => boolean} shared
 * @param {Map<string, string>} renamed
 */
async function rebundle(from, to, file, shared, renamed) {
  const bundle = await rolldown({
    input: { [stem(file)]: join(from, file) },
    external: (id) => shared(basename(id)),
    preserveEntrySignatures: 'allow-extension',
    onLog(level, log, defaultHandler) {
      if (level === 'warn') throw new Error(`Bundling ${file}: ${log.message}`);
      defaultHandler(level, log);
    },
  });
  const { output } = await bundle.generate({
    format: 'esm',
    minify: true,
    // The final output: no bundler reads its pure annotations any more. Licence comments stay.
    comments: { legal: true, annotation: false, jsdoc: false },
    postBanner: (chunk) => (chunk.isEntry ? COMPILE_HINT : ''),
    entryFileNames: '[name].[hash].js',
    chunkFileNames: (chunk) => `${stem(chunk.name)}.[hash].js`,
    paths: (id) => `./${renamed.get(basename(id)) ?? basename(id)}`,
  });
  await bundle.close();
  const written = [];
  for (const chunk of output) {
    if (chunk.type !== 'chunk') throw new Error(`Bundling ${file} produced an asset, ${chunk.fileName}`);
    await writeFile(join(to, chunk.fileName), chunk.code);
    written.push(chunk);
  }
  return written;
}

/**
 * @param {string} root the built site
 * @param {string} assets the folder of built scripts inside it ("_astro")
 * @param {Map<string, string[]>} chunkModules each built script's name → the module ids it holds
 */
export async function bundleEntries(root, assets, chunkModules) {
  const dir = join(root, assets);
  const chunksWith = (/** @type {(id: string) => boolean} */ test) =>
    new Set([...chunkModules].filter(([, ids]) => ids.some(test)).map(([file]) => file));
  const framework = chunksWith(isFramework);
  const stores = [...chunksWith(isStore)].filter((file) => !framework.has(file)).sort();
  const shared = (/** @type {string} */ file) => framework.has(file) || stores.includes(file);
  const pages = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
  const reference = new RegExp(`/${assets}/([\\w.-]+\\.js)\\b`, 'g');
  /** @type {Map<string, Set<string>>} each page → the built scripts it references (a path in its text that names no built script is not one) */
  const pageEntries = new Map();
  for (const page of pages) {
    const files = [...(await readFile(page, 'utf8')).matchAll(reference)].map((m) => m[1] ?? '');
    pageEntries.set(page, new Set(files.filter((file) => chunkModules.has(file))));
  }
  const entries = new Set([...pageEntries.values()].flatMap((files) => [...files]));

  // The framework chunk is not bundled again, so it gets its hint here. It keeps its name: the
  // name still follows from the content (the same build output always gets the same line).
  for (const file of framework) {
    if (!entries.has(file)) continue;
    const code = await readFile(join(dir, file), 'utf8');
    if (!code.startsWith(COMPILE_HINT)) await writeFile(join(dir, file), COMPILE_HINT + code);
  }

  // Bundled from a copy, so that each file reads the chunks as the build wrote them.
  const copy = await mkdtemp(join(tmpdir(), 'fs-bundle-'));
  await cp(dir, copy, { recursive: true, filter: (source) => !/\.(css|map)$/.test(source) });
  /** @type {Map<string, Set<string>>} */
  const storesOf = new Map();
  for (const entry of entries) {
    const seen = new Set();
    const queue = [entry];
    while (queue.length > 0) {
      const file = /** @type {string} */ (queue.pop());
      if (seen.has(file) || framework.has(file)) continue;
      seen.add(file);
      queue.push(...relativeImports(await readFile(join(copy, file), 'utf8')));
    }
    storesOf.set(entry, new Set(stores.filter((file) => seen.has(file))));
  }
  const own = storesToTakeIn([...pageEntries.values()], storesOf);

  /** @type {Map<string, string>} old name → new name, for the store chunks and the entries */
  const renamed = new Map();
  try {
    // The store chunks that stay shared: each takes in nanostores and the checks it runs.
    for (const file of stores) {
      const [chunk] = await rebundle(copy, dir, file, (f) => f !== file && shared(f), renamed);
      if (chunk) renamed.set(file, chunk.fileName);
    }
    for (const entry of [...entries].sort()) {
      if (shared(entry)) continue;
      const ownStores = own.get(entry) ?? new Set();
      const allowed = new Set([...ownStores].flatMap((file) => chunkModules.get(file) ?? []));
      for (const chunk of await rebundle(copy, dir, entry, (f) => shared(f) && !ownStores.has(f), renamed)) {
        if (chunk.moduleIds.some((id) => isFramework(id) || (isStore(id) && !allowed.has(id)))) {
          throw new Error(`Bundling ${entry} copied shared code into ${chunk.fileName}`);
        }
        if (chunk.isEntry) renamed.set(entry, chunk.fileName);
      }
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }

  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    const next = html.replace(reference, (whole, file) => {
      const name = renamed.get(file);
      return name ? `/${assets}/${name}` : whole;
    });
    if (next !== html) await writeFile(page, next);
  }

  // What the pages can still load, following every import; the rest is deleted.
  const reachable = new Set();
  const queue = [...entries].map((file) => renamed.get(file) ?? file);
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.pop());
    if (reachable.has(file)) continue;
    reachable.add(file);
    queue.push(...relativeImports(await readFile(join(dir, file), 'utf8')));
  }
  const removed = (await readdir(dir)).filter((file) => file.endsWith('.js') && !reachable.has(file));
  for (const file of removed) await unlink(join(dir, file));
  const storesLeft = stores.filter((file) => reachable.has(renamed.get(file) ?? file)).length;
  return { bundled: renamed.size - stores.length, storesLeft, removed: removed.length, files: reachable.size };
}

/** @returns {import('astro').AstroIntegration} */
export default function oneFilePerEntry() {
  /** @type {Map<string, string[]>} */
  const chunkModules = new Map();
  let assets = '_astro';
  return {
    name: 'flow-and-stability:one-file-per-entry',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'flow-and-stability:record-client-chunks',
                apply: 'build',
                applyToEnvironment: (environment) => environment.name === 'client',
                generateBundle(_, bundle) {
                  for (const chunk of Object.values(bundle)) {
                    if (chunk.type === 'chunk') chunkModules.set(basename(chunk.fileName), chunk.moduleIds);
                  }
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (chunkModules.size === 0) throw new Error('No client chunks were recorded: the record-client-chunks plugin did not run');
        const { bundled, storesLeft, removed, files } = await bundleEntries(fileURLToPath(dir), assets, chunkModules);
        logger.info(`${bundled} islands and page scripts bundled into one file each (store chunks kept shared: ${storesLeft}); ${removed} chunks no page loads removed, ${files} scripts left`);
      },
    },
  };
}
