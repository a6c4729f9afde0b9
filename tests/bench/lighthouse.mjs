#!/usr/bin/env node
/**
 * Lighthouse performance of the built site: `npm run bench:lighthouse`.
 *
 * Serves the existing dist/ (it builds nothing: run `npm run build` or
 * `npm run test:build` first) with scripts/serve.mjs on 127.0.0.1, runs
 * Lighthouse's performance category three times per page with its default
 * mobile emulation and simulated throttling, and prints the median of each
 * metric per page. Speed is measured, never asserted: the exit code only says
 * whether the measurement itself ran.
 *
 * Pages: home, one lesson, every tool in src/content/tools.json, the quiz,
 * and the glossary as a reference without script (tests/bench/support.mjs).
 *
 *   npm run bench:lighthouse [-- --runs 3] [-- / tools/dora/ quiz/]   (paths filter the pages)
 *
 * Chrome: CHROMIUM_PATH, else /usr/bin/chromium when present, else whatever
 * chrome-launcher finds (CHROME_PATH). Lighthouse drives it; nothing is downloaded.
 */
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { benchPages, builtBase, choosePages, chromiumPath, markdownTable, median, serveDist } from './support.mjs';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '3' } },
  allowPositionals: true,
});
const RUNS = Math.max(1, Number.parseInt(values.runs, 10) || 3);
/** A run takes 10–30 s on two busy cores; past this it is stuck, not slow. */
const RUN_TIMEOUT_MS = 120_000;
/** Lighthouse warns of a slow host below this benchmark index (core/gather/driver/environment.js). */
const SLOW_CPU_INDEX = 1000;

const pages = choosePages(benchPages(), positionals);

async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The numbers this bench reports from one Lighthouse result. */
function metrics(lhr) {
  const value = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: (lhr.categories.performance.score ?? Number.NaN) * 100,
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    cpu: lhr.environment.benchmarkIndex,
  };
}

const base = builtBase();
const { origin, stop: stopServer } = await serveDist(base);
/** @type {import('chrome-launcher').LaunchedChrome | undefined} */
let chrome;

let stopped = false;
function stop() {
  if (stopped) return;
  stopped = true;
  try {
    chrome?.kill();
  } catch {
    // already gone
  }
  stopServer();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stop();
    process.exit(130);
  });
}

const rows = [];
let failed = false;
try {
  chrome = await launch({
    ...(chromiumPath ? { chromePath: chromiumPath } : {}),
    // chrome-launcher adds a fresh temporary --user-data-dir and removes it on kill().
    chromeFlags: [
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    handleSIGINT: false,
    logLevel: 'silent',
  });

  console.error(`Lighthouse (mobile, simulated throttling), ${RUNS} runs per page, against ${origin}${base}`);
  for (const page of pages) {
    const url = `${origin}${base}${page}`;
    const runs = [];
    for (let i = 1; i <= RUNS; i++) {
      const result = await withTimeout(
        lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' }),
        RUN_TIMEOUT_MS,
        `Lighthouse on ${url}`,
      );
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
      runs.push(metrics(lhr));
      console.error(`  /${page} run ${i}: score ${Math.round(runs.at(-1).score)}`);
    }
    const m = (key) => median(runs.map((run) => run[key]));
    rows.push({ page: `/${page}`, score: m('score'), tbt: m('tbt'), cls: m('cls'), fcp: m('fcp'), lcp: m('lcp'), cpu: m('cpu') });
  }
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  stop();
}

if (rows.length > 0) {
  const header = ['Page', 'Score', 'TBT (ms)', 'CLS', 'FCP (s)', 'LCP (s)', 'CPU index'];
  const table = rows.map((r) => [
    r.page,
    r.score.toFixed(0),
    r.tbt.toFixed(0),
    r.cls.toFixed(3),
    (r.fcp / 1000).toFixed(2),
    (r.lcp / 1000).toFixed(2),
    r.cpu.toFixed(0),
  ]);
  console.log(`\nLighthouse performance, mobile, median of ${RUNS} run${RUNS === 1 ? '' : 's'}`);
  console.log(markdownTable(header, table));
  if (rows.some((r) => r.cpu < SLOW_CPU_INDEX)) {
    console.log(`\nA CPU index under ${SLOW_CPU_INDEX} means the machine was slower or busier than Lighthouse assumes:`);
    console.log('its total blocking time and score then measure the machine more than the page; compare runs made alike.');
  }
}
process.exit(failed ? 1 : 0);
