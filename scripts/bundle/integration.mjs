// @ts-check
/**
 * Astro integration, run once `astro build` has written dist/: bundles each
 * island and each page script into one file (plus the files of its own lazy
 * parts), instead of the dozen shared chunks the build splits them into.
 *
 * Why: a tool page loaded 8 to 13 files. Every file is compressed on its own
 * and carries the import and export lists that tie it to the others, so the
 * split cost 1.5 to 2.7 KB gzip per tool page (measured on 2026-12-05: the
 * error budget page went from 18.65 to 15.92 KB, release risk from 20.14 to
 * 17.62 KB). What it bought, cached chunks shared between pages, matters
 * little here: a reader usually lands on one page from a link, and the
 * service worker (issue #14) caches every file of the site after the first
 * visit anyway. The price is paid once, in that offline copy: code that
 * several pages use is in each of their files.
 *
 * Three kinds of chunk stay shared, loaded by every file that needs them:
 * - the framework (Preact with Astro's renderer), which the renderer entry
 *   and every island must share: two Preacts would not know each other's
 *   components;
 * - every chunk holding a store (src/stores/, nanostores): a store is state,
 *   and two copies on one page (the lessons index runs two scripts on the
 *   progress store) would not see each other's changes. astro.config.mjs
 *   groups the stores so that these chunks carry little else.
 * - what no page references (the framework's own lazy parts) is left alone.
 *
 * Entries keep their exports (an island's lazy parts import shared code from
 * it) and get a new name from their new content. The old chunks that nothing
 * references any more are deleted, so the offline copy does not carry them.
 * Dev and the unit tests never see this step; the end-to-end tests and the
 * page weights (tests/e2e/weights.ts) run on its output.
 */
import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

/** Modules whose chunk must stay shared: the framework, and state. */
export const mustStayShared = (/** @type {string} */ moduleId) =>
  /node_modules[\\/](preact|@astrojs[\\/]preact|nanostores)[\\/]|src[\\/]stores[\\/]/.test(moduleId);

/** Relative imports of a built file: static, re-exports and dynamic ones (the forms the minifier writes). */
export function relativeImports(/** @type {string} */ code) {
  const fixed = [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)];
  const dynamic = [...code.matchAll(/\bimport\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g)];
  return [...fixed, ...dynamic].map((m) => m[1] ?? '');
}

/** "ErrorBudgetTool.BwVHj2Ld.js" → "ErrorBudgetTool" (the build's names end in an 8-character hash). */
const stem = (/** @type {string} */ file) => file.replace(/\.js$/, '').replace(/\.[\w-]{8}$/, '');

/**
 * @param {string} root the built site
 * @param {string} assets the folder of built scripts inside it ("_astro")
 * @param {Map<string, string[]>} chunkModules each built script's name → the module ids it holds
 */
export async function bundleEntries(root, assets, chunkModules) {
  const dir = join(root, assets);
  const shared = new Set([...chunkModules].filter(([, ids]) => ids.some(mustStayShared)).map(([file]) => file));
  const pages = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
  const reference = new RegExp(`/${assets}/([\\w.-]+\\.js)\\b`, 'g');
  const entries = new Set();
  for (const page of pages) for (const m of (await readFile(page, 'utf8')).matchAll(reference)) entries.add(m[1] ?? '');

  // Bundled from a copy, so that each entry reads the chunks as the build wrote them.
  const copy = await mkdtemp(join(tmpdir(), 'fs-bundle-'));
  await cp(dir, copy, { recursive: true, filter: (source) => !/\.(css|map)$/.test(source) });
  /** @type {Map<string, string>} */
  const renamed = new Map();
  try {
    for (const entry of [...entries].sort()) {
      if (shared.has(entry) || !chunkModules.has(entry)) continue;
      const imports = relativeImports(await readFile(join(copy, entry), 'utf8'));
      if (imports.every((file) => shared.has(file))) continue; // already one file
      const bundle = await rolldown({
        input: { [stem(entry)]: join(copy, entry) },
        external: (id) => shared.has(basename(id)),
        makeAbsoluteExternalsRelative: true,
        preserveEntrySignatures: 'allow-extension',
        onLog(level, log, defaultHandler) {
          if (level === 'warn') throw new Error(`Bundling ${entry}: ${log.message}`);
          defaultHandler(level, log);
        },
      });
      const { output } = await bundle.generate({
        format: 'esm',
        minify: true,
        entryFileNames: '[name].[hash].js',
        chunkFileNames: (chunk) => `${stem(chunk.name)}.[hash].js`,
      });
      await bundle.close();
      for (const file of output) {
        if (file.type !== 'chunk') throw new Error(`Bundling ${entry} produced an asset, ${file.fileName}`);
        if (file.moduleIds.some(mustStayShared)) throw new Error(`Bundling ${entry} copied shared code into ${file.fileName}`);
        await writeFile(join(dir, file.fileName), file.code);
        if (file.isEntry) renamed.set(entry, file.fileName);
      }
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }

  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    const next = html.replace(reference, (whole, file) => (renamed.has(file) ? `/${assets}/${renamed.get(file)}` : whole));
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
  return { bundled: renamed.size, removed: removed.length, files: reachable.size };
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
        const { bundled, removed, files } = await bundleEntries(fileURLToPath(dir), assets, chunkModules);
        logger.info(`${bundled} islands and page scripts bundled into one file each; ${removed} chunks no page loads removed, ${files} scripts left`);
      },
    },
  };
}
