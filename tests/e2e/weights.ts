import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { E2E_BASE_PATH } from './site';

/**
 * Page weights measured on dist/: bytes are deterministic, so budgets are
 * tested here rather than timed. `js` counts every script a page loads on its
 * own: script files, inline module scripts (each gzipped on its own, though
 * they also count in `html`), island components and renderers, and what those
 * import statically. `lazyJs` counts what its islands and scripts can import
 * later, on demand (a chart's code once the learner edits, a CSV parser once
 * a file is chosen), so `js + lazyJs` is everything the page can ever load. Pagefind,
 * loaded by the search page from its own folder, is not counted.
 */
export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  jsFiles: string[];
  /** Text of each inline module script (Astro inlines a small processed script that imports nothing). */
  inlineJs: string[];
  /** gzip bytes of the service worker registration every page carries inline (offline/UpdateNotice.astro); also in `js`. */
  registrationJs: number;
  /** Loaded on demand by the page's islands: dynamic imports and what they import. */
  lazyJs: number;
  lazyJsFiles: string[];
  /** Stylesheets the page links. */
  cssFiles: string[];
  /** Stylesheets its scripts name as dependencies of their dynamic imports (Vite's __vite__mapDeps lists). */
  cssNeededByJs: string[];
  islands: number;
}

export const gzipBytes = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

/** The service worker registration (offline/UpdateNotice.astro): it registers sw.js and can ask a new version to take over. */
export const isRegistrationScript = (code: string): boolean => code.includes('sw.js') && code.includes('SKIP_WAITING');

/** dist/ file for a URL path under the base, e.g. "/flow-and-stability/_astro/x.js". */
function distFile(urlPath: string): string {
  return join('dist', urlPath.slice(E2E_BASE_PATH.length));
}

function staticImports(code: string): string[] {
  const found = [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)];
  return found.map((m) => m[1] ?? '');
}

function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g)].map((m) => m[1] ?? '');
}

const resolve = (from: string, spec: string) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(from), spec));

/**
 * The framework chunk: Preact with the renderer entry that hydrates islands
 * (src/components/preact-client.ts, which the browser build uses instead of
 * Astro's; astro.config.mjs). It loads nothing on demand.
 */
export const isFramework = (url: string): boolean => /\/preact-client\.[\w-]+\.js$/.test(url);

/** Files reachable from the entries by static imports and, when `lazy`, also by dynamic ones. */
function jsClosure(entryUrls: string[], lazy = false): string[] {
  const seen = new Set<string>();
  const queue = [...entryUrls];
  while (queue.length > 0) {
    const url = queue.pop() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    const file = distFile(url);
    if (!existsSync(file)) throw new Error(`Page references a missing script: ${url}`);
    const code = readFileSync(file, 'utf8');
    for (const spec of staticImports(code)) queue.push(resolve(url, spec));
    if (lazy) for (const spec of dynamicImports(code)) queue.push(resolve(url, spec));
  }
  return [...seen].sort();
}

const gzipFiles = (urls: string[]) => urls.reduce((sum, url) => sum + gzipBytes(readFileSync(distFile(url))), 0);

export function pageWeight(page: string): PageWeight {
  const htmlFile = join('dist', page, page.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const attr = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
  const cssUrls = attr(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g);
  const scriptUrls = [
    ...attr(/<script[^>]+src="([^"]+)"/g),
    ...attr(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...attr(/component-url="([^"]+)"/g),
    ...attr(/renderer-url="([^"]+)"/g),
    ...attr(/before-hydration-url="([^"]+)"/g),
  ].filter((u) => u !== '');
  // Astro inlines a small processed script that imports nothing (a custom element); it counts as
  // JavaScript the page loads. Inline module scripts may import bundled files too.
  const inlineScripts = attr(/<script type="module">([\s\S]*?)<\/script>/g);
  for (const inline of inlineScripts) {
    scriptUrls.push(...staticImports(inline).map((s) => (s.startsWith('/') ? s : posix.join(E2E_BASE_PATH, s))));
  }
  const jsFiles = jsClosure(scriptUrls);
  const lazyJsFiles = jsClosure(scriptUrls, true).filter((url) => !jsFiles.includes(url));
  const cssNeededByJs = [...jsFiles, ...lazyJsFiles].flatMap((url) =>
    [...readFileSync(distFile(url), 'utf8').matchAll(/["'`]([^"'`]+\.css)["'`]/g)].map((m) => posix.join(E2E_BASE_PATH, m[1] ?? '')),
  );
  return {
    page,
    html: gzipBytes(html),
    css: cssUrls.reduce((sum, url) => sum + gzipBytes(readFileSync(distFile(url))), 0),
    js: gzipFiles(jsFiles) + inlineScripts.reduce((sum, code) => sum + gzipBytes(code), 0),
    jsFiles,
    inlineJs: inlineScripts,
    registrationJs: inlineScripts.filter(isRegistrationScript).reduce((sum, code) => sum + gzipBytes(code), 0),
    lazyJs: gzipFiles(lazyJsFiles),
    lazyJsFiles,
    cssFiles: cssUrls,
    cssNeededByJs: [...new Set(cssNeededByJs)].sort(),
    islands: (html.match(/<astro-island\b/g) ?? []).length,
  };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function weightTable(weights: PageWeight[]): string {
  const rows = weights.map((w) =>
    [`/${w.page}`.padEnd(36), kb(w.html).padStart(9), kb(w.css).padStart(9), kb(w.js).padStart(9), kb(w.lazyJs).padStart(11), String(w.islands).padStart(8)].join(' '),
  );
  const head = ['page'.padEnd(36), 'HTML gz'.padStart(9), 'CSS gz'.padStart(9), 'JS gz'.padStart(9), '+on demand'.padStart(11), 'islands'.padStart(8)].join(' ');
  return [head, ...rows].join('\n');
}

