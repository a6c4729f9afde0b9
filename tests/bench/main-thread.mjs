#!/usr/bin/env node
// @ts-check
/**
 * Main-thread work while a page loads and its islands start:
 * `npm run bench:main-thread`.
 *
 * It serves the existing dist/ (build it first), loads each page in a fresh
 * Chromium context with a phone-sized viewport and the CPU slowed 4× (as
 * Lighthouse assumes a mid-range phone), waits for the page to settle, and
 * prints per page the median of:
 * - blocking time: the part over 50 ms of every long task (the Long Tasks API),
 *   from navigation until settled, not only after first paint as Lighthouse counts;
 * - the longest task;
 * - script time: what the page's own files run (islands, page scripts,
 *   hydration), from Long Animation Frame entries.
 *
 * On a shared machine these medians move by up to half between two runs of
 * the same build, like Lighthouse's. To judge a change, compare two builds in
 * one run: `--compare DIR` serves a second build (a copy of dist/ made before
 * the change) and alternates loads between them, so both see the same load on
 * the machine; the table then shows both, the other build first.
 * Speed is measured, never asserted.
 *
 *   npm run bench:main-thread [-- --runs 9] [-- --compare /tmp/dist-before] [-- / tools/ quiz/]   (paths filter the pages)
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { benchPages, builtBase, choosePages, chromiumPath, markdownTable, median, serveDist } from './support.mjs';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, compare: { type: 'string' } },
  allowPositionals: true,
});
const RUNS = Math.max(1, Number.parseInt(values.runs ?? '7', 10) || 7);
const CPU_SLOWDOWN = 4;
/** After the load event: client:visible and client:idle islands hydrate in this time. */
const SETTLE_MS = 2500;
const pages = choosePages(benchPages(), positionals);
if (values.compare && !existsSync(`${values.compare}/index.html`)) {
  console.error(`--compare ${values.compare}: no built site there (a copy of dist/ is expected).`);
  process.exit(1);
}

/** Runs in the page before anything else: records long tasks and the scripts of long animation frames. */
function observe() {
  const w = /** @type {any} */ (window);
  w.__tasks = [];
  w.__scripts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const frame of /** @type {any[]} */ (list.getEntries())) {
      for (const script of frame.scripts) {
        // The site's files under _astro/, and hydration (Astro's island calls the renderer in a promise callback).
        if (/\/_astro\//.test(script.sourceURL) || script.invoker === 'import.then') w.__scripts.push(script.duration);
      }
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/** @typedef {{ blocking: number; longest: number; script: number }} Run */

/** One load of `url` in a fresh context. @returns {Promise<Run>} */
async function load(/** @type {import('@playwright/test').Browser} */ browser, /** @type {string} */ url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(observe);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    /** @type {{ tasks: number[]; scripts: number[] }} */
    const { tasks, scripts } = await page.evaluate(() => ({ tasks: /** @type {any} */ (window).__tasks, scripts: /** @type {any} */ (window).__scripts }));
    return {
      blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      longest: Math.max(0, ...tasks),
      script: scripts.reduce((sum, d) => sum + d, 0),
    };
  } finally {
    await context.close();
  }
}

const base = builtBase();
/** The builds measured, the one to compare against first. */
const builds = values.compare ? [{ name: values.compare, dir: values.compare }, { name: 'dist', dir: 'dist' }] : [{ name: 'dist', dir: 'dist' }];
const servers = [];
/** @type {string[][]} */
const rows = [];
let failed = false;
const browser = await chromium.launch({
  ...(chromiumPath ? { executablePath: chromiumPath } : {}),
  args: ['--disable-gpu', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});
try {
  // Each build on a free port of its own (BENCH_PORT would give both the same one).
  for (const build of builds) servers.push(await serveDist(base, build.dir, builds.length > 1 ? '0' : undefined));
  console.error(`Main thread at ${CPU_SLOWDOWN}x CPU, ${RUNS} loads per page and build, of ${builds.map((b) => b.name).join(' and ')}`);
  for (const path of pages) {
    /** @type {Run[][]} */
    const runs = builds.map(() => []);
    for (let i = 0; i < RUNS; i++) {
      for (const [b, server] of servers.entries()) runs[b]?.push(await load(browser, `${server.origin}${base}${path}`));
    }
    for (const [b, build] of builds.entries()) {
      const of = runs[b] ?? [];
      const m = (/** @type {keyof Run} */ key) => median(of.map((run) => run[key])).toFixed(0);
      rows.push([`/${path}`, ...(builds.length > 1 ? [build.name] : []), m('blocking'), m('longest'), m('script')]);
      console.error(`  /${path} (${build.name}): blocking ${of.map((run) => Math.round(run.blocking)).join(', ')} ms`);
    }
  }
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await browser.close();
  for (const server of servers) server.stop();
}
if (rows.length > 0) {
  console.log(`\nMain thread while loading, CPU ${CPU_SLOWDOWN}x slower, median of ${RUNS} loads`);
  console.log(markdownTable(['Page', ...(builds.length > 1 ? ['Build'] : []), 'Blocking (ms)', 'Longest task (ms)', 'Script (ms)'], rows));
}
process.exit(failed ? 1 : 0);
