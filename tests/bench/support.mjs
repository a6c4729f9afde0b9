// @ts-check
/**
 * What the benchmark scripts share: the pages they measure, the built site
 * served by scripts/serve.mjs on 127.0.0.1, the Chromium they drive and the
 * median they print. They build nothing: dist/ must exist.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium when present, else undefined (the driver's own). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Home, one lesson, every tool in src/content/tools.json and the quiz, as paths under the base; and the
 * glossary, the longest page, which loads no script of its own (only the offline registration). Its
 * blocking time is parsing, style and layout alone: the part of the others' that no change to their
 * code can remove. On this project's two-core machine its Lighthouse TBT ranged from 246 to 458 ms
 * between runs of one build, and the about page's (0.9 KB of script) from 63 to 321 ms (2026-12-05):
 * medians from different runs differ by hundreds of ms, so judge a change side by side
 * (bench:main-thread --compare), not against an earlier table.
 */
export function benchPages() {
  const tools = JSON.parse(readFileSync('src/content/tools.json', 'utf8'));
  return ['', 'lessons/two-hats/', ...tools.map((/** @type {{ id: string }} */ tool) => `tools/${tool.id}/`), 'quiz/', 'glossary/'];
}

/** Filters name pages as a table shows them ("/" is the home page) or by part of their path ("tools/"). */
export const choosePages = (/** @type {string[]} */ pages, /** @type {string[]} */ filters) =>
  filters.length === 0 ? pages : pages.filter((page) => filters.some((f) => `/${page}` === f || (f !== '/' && `/${page}`.includes(f))));

/** The base path dist/ was built for, read from its own asset links (BASE_PATH overrides). */
export function builtBase() {
  if (!existsSync('dist/index.html')) {
    console.error('dist/ is missing: run `npm run build` (or `npm run test:build`) first.');
    process.exit(1);
  }
  if (process.env.BASE_PATH) return `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const match = readFileSync('dist/index.html', 'utf8').match(/(?:href|src)="(\/[^"]*?)_astro\//);
  return match?.[1] ?? '/';
}

/**
 * Serves a build (dist/ unless `dir` names another) with scripts/serve.mjs on 127.0.0.1 (BENCH_PORT,
 * else a free port) and resolves with its origin once it listens. `stop` may be called more than once.
 */
export async function serveDist(/** @type {string} */ base, dir = 'dist', port = process.env.BENCH_PORT ?? '0') {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', port, '--host', '127.0.0.1', '--base', base, '--dir', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => server.kill();
  const origin = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('scripts/serve.mjs did not start within 10 s')), 10_000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = / at (http:\/\/[^/]+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`scripts/serve.mjs exited (${code}): ${out}`));
    });
  });
  return { origin: /** @type {string} */ (origin), stop };
}

export const median = (/** @type {number[]} */ xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : (/** @type {number} */ (sorted[mid - 1]) + /** @type {number} */ (sorted[mid])) / 2;
};

/** A Markdown table, the first column left-aligned and the others right-aligned. */
export function markdownTable(/** @type {string[]} */ header, /** @type {string[][]} */ rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(header), `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
