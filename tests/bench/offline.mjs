#!/usr/bin/env node
/**
 * How big the offline copy is and how long a first visit takes to store it:
 * `npm run bench:offline`.
 *
 * Serves the existing dist/ (it builds nothing: run `npm run build` or
 * `npm run test:build` first) with scripts/serve.mjs on a free port of
 * 127.0.0.1, then, in a fresh Chromium context each run, opens the home page
 * and times from the start of the navigation until the service worker is
 * active (it activates only once every file is cached). Prints the precache
 * size read from dist/sw.js and the median of the runs. Measured, never
 * asserted: the exit code only says whether the measurement ran.
 *
 *   npm run bench:offline [-- --runs 5]
 *
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium when present, else Playwright's own.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath, median, serveDist } from './support.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Math.max(1, Number.parseInt(values.runs, 10) || 5);

if (!existsSync('dist/sw.js')) {
  console.error('dist/sw.js is missing: run `npm run build` (or `npm run test:build`) first.');
  process.exit(1);
}
const base = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')).scope;
const urls = [...readFileSync('dist/sw.js', 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
const files = urls.map((url) => join('dist', url.slice(base.length)));
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);

const { origin, stop } = await serveDist(base);
const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
try {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${origin}${base}`);
    const ms = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      return performance.now();
    });
    times.push(ms);
    await context.close();
  }
  console.log(`Precache: ${urls.length} files, ${bytes.toLocaleString('en')} bytes (${gzipped.toLocaleString('en')} gzip)`);
  console.log(`First visit to offline-ready (home page, ${RUNS} runs): median ${Math.round(median(times))} ms; runs ${times.map(Math.round).join(', ')} ms`);
} finally {
  await browser.close();
  stop();
}
