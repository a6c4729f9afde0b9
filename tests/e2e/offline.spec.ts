import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { buildServiceWorker } from '../../scripts/sw/build.mjs';
import bankFile from '../../src/content/quiz/bank.json' with { type: 'json' };
import { watchForErrors } from './errors';
import { sitemapPages } from './pages';
import { E2E_BASE_PATH } from './site';

/**
 * Offline and installable (issue #14). Each test serves a build with its own
 * scripts/serve.mjs on a free port (so its own origin and its own service
 * worker), lets the worker precache the site, and then stops that server:
 * "offline" is a server that is gone, plus Playwright's offline mode for the
 * page, so nothing can come from anywhere but the cache. (Playwright's
 * offline mode alone does not reach a service worker's own fetches.)
 *
 * The rest of the suite blocks service workers (playwright.config.ts).
 */
test.use({ serviceWorkers: 'allow' });

interface Site {
  url: (path?: string) => string;
  stop: () => Promise<void>;
}

/** Serves `dir` under the e2e base path on a free port, as `npm start` would. */
async function serve(dir: string): Promise<Site> {
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--host', '127.0.0.1', '--base', E2E_BASE_PATH, '--dir', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = / at (http:\/\/[^/]+)\//.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    server.once('exit', (code) => reject(new Error(`serve.mjs exited (${code}) before listening: ${out}`)));
  });
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
  };
  return { url: (path = '') => `${origin}${E2E_BASE_PATH}${path}`, stop };
}

/** Waits until a service worker controls the page and has finished precaching (it is active only once it has). */
async function offlineReady(page: Page): Promise<number> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.includes('precache'));
    let count = 0;
    for (const name of names) count += (await (await caches.open(name)).keys()).length;
    return count;
  });
}

/** The URLs a built sw.js precaches. */
const precached = (dir: string) => [...readFileSync(join(dir, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');

/** Cuts the network: the server is stopped and the browser context is offline. */
async function goOffline(site: Site, context: BrowserContext) {
  await site.stop();
  await context.setOffline(true);
}

/** Opens a page and checks it came from the service worker, with its own content. */
async function open(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.fromServiceWorker(), url).toBe(true);
  await expect(page.locator('h1').first()).toBeVisible();
}

/**
 * One field per tool and a value other than the one it opens with: changing it must change the result,
 * offline. The SRE tools remember the last SLO, so each gets its own. A new tool fails the tour until it
 * is named here.
 */
const TOOL_INPUTS: Record<string, { component: string; label: string; value: string }> = {
  'tools/error-budget/': { component: 'ErrorBudgetTool', label: 'SLO', value: '99.5' },
  'tools/budget-status/': { component: 'BudgetStatusTool', label: 'SLO', value: '99.95' },
  'tools/burn-rate/': { component: 'BurnRateTool', label: 'SLO', value: '99' },
  'tools/availability/': { component: 'AvailabilityTool', label: 'Component 1 availability', value: '99.5' },
  'tools/release-risk/': { component: 'ReleaseRiskTool', label: 'SLO', value: '99.99' },
  'tools/dora/': { component: 'DoraTool', label: 'Change failure rate', value: '40' },
  'tools/automation-payback/': { component: 'PaybackTool', label: 'Hours to automate', value: '100' },
  'tools/value-stream/': { component: 'ValueStreamTool', label: 'Stage 1 process time', value: '9h' },
};

test('installable, and after one visit every lesson, tool, the quiz, the review deck, the glossary and search work with the network off', async ({ page, context }) => {
  test.slow();
  const site = await serve('dist');
  try {
    const errors = await watchForErrors(page);
    await page.goto(site.url());

    // Installability, as Chrome checks it (web.dev/articles/install-criteria).
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBe(`${E2E_BASE_PATH}manifest.webmanifest`);
    const manifest = await page.evaluate(async (href) => (await fetch(href)).json(), manifestHref as string);
    expect(manifest.name).toBeTruthy();
    expect(manifest.short_name).toBeTruthy();
    expect(['standalone', 'minimal-ui', 'fullscreen']).toContain(manifest.display);
    expect(new URL(manifest.start_url, site.url()).href.startsWith(new URL(manifest.scope, site.url()).href)).toBe(true);
    expect(manifest.scope).toBe(E2E_BASE_PATH);
    const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
    for (const size of ['192x192', '512x512']) expect(icons.some((i) => i.sizes === size && i.type === 'image/png' && i.purpose === 'any'), size).toBe(true);
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of icons) {
      const [width, height] = await page.evaluate(async (src) => {
        const bitmap = await createImageBitmap(await (await fetch(src)).blob());
        return [bitmap.width, bitmap.height];
      }, icon.src);
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }

    // The first visit caches the whole site, and the worker takes the page.
    const entries = precached('dist');
    expect(await offlineReady(page)).toBe(entries.length);
    // Chromium's own verdict: the manifest parses cleanly and nothing about the site stops installing it.
    // (Playwright's contexts are incognito-like, and Chromium never installs from incognito: that one is ours to ignore.)
    const cdp = await context.newCDPSession(page);
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
    await cdp.detach();
    for (const url of ['index.html', 'review/cards.json', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'samples/deployments-sample.csv'].map((f) => `${E2E_BASE_PATH}${f}`)) {
      expect(entries, url).toContain(url);
    }

    await goOffline(site, context);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // A worker with a fetch handler controls start_url: it answers with the network gone.
    await open(page, new URL(manifest.start_url, site.url()).href);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(site.url('sw.js'));

    const pages = sitemapPages();
    const lessons = pages.filter((p) => /^lessons\/[\w-]+\/$/.test(p));
    expect(lessons.length).toBeGreaterThanOrEqual(10);
    for (const lesson of lessons) await open(page, site.url(lesson));

    // Progress is kept offline, and the review deck fetches its cards from the cache.
    await open(page, site.url('lessons/two-hats/'));
    await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
    await open(page, site.url('review/'));
    await page.getByRole('button', { name: /Start a round/ }).click();
    await expect(page.getByRole('heading', { name: /^Card 1 of/ })).toBeFocused();

    const tools = pages.filter((p) => /^tools\/[\w-]+\/$/.test(p));
    expect(tools.sort()).toEqual(Object.keys(TOOL_INPUTS).sort());
    for (const [tool, { component, label, value }] of Object.entries(TOOL_INPUTS)) {
      // A shared link's query string does not stop the cached page from answering.
      await open(page, `${site.url(tool)}?utm_source=offline`);
      const island = page.locator(`astro-island[component-url*="/${component}."]`).first();
      await island.scrollIntoViewIfNeeded();
      await expect(island).not.toHaveAttribute('ssr', /.*/);
      const main = page.locator('main');
      const before = await main.innerText();
      await page.getByLabel(label, { exact: true }).first().fill(value);
      await expect.poll(() => main.innerText(), { message: tool }).not.toBe(before);
      await expect(page.locator('[aria-invalid="true"]'), tool).toHaveCount(0);
      await expect(page.locator('section.result[data-stale="true"]'), tool).toHaveCount(0);
    }
    await open(page, site.url('tools/'));

    // The quiz, start to finish.
    await open(page, site.url('quiz/'));
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    const total = bankFile[0]!.items.length;
    for (let i = 1; i <= total; i++) {
      await expect(page.locator('.quiz-counter')).toHaveText(`Question ${i} of ${total}`);
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: i < total ? 'Next' : 'See my result' }).click();
    }
    await expect(page).toHaveURL(/\/quiz\/result\/\?a=/);
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(/lean towards|Both hats|Not yet clear/);

    await open(page, site.url('glossary/'));
    await expect(page.locator('dfn').first()).toBeVisible();

    // Search: Pagefind's reader, its WebAssembly, worker, index and fragments all come from the cache.
    await open(page, `${site.url('search/')}?q=error+budget`);
    await expect(page.locator('#search-status')).toHaveText(/\d+ results? for “error budget”/);
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);

    // A page that was never built: the site's own 404 page, offline too.
    const missing = await page.goto(site.url('no-such-page/'));
    expect(missing?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

    await open(page, site.url('about/'));
    await expect(page.locator('offline-setting [role="status"]')).toHaveText(new RegExp(`Available offline: .*\\(${entries.length} files\\)`));

    expect(errors).toEqual([]);
  } finally {
    await context.setOffline(false);
    await site.stop();
  }
});

test('a new build: an open page shows a notice, keeps its own files until the reader reloads, then shows the new content; stored progress survives', async ({ page }) => {
  test.slow();
  const dir = mkdtempSync(join(tmpdir(), 'offline-e2e-'));
  cpSync('dist', dir, { recursive: true });
  const site = await serve(dir);
  try {
    const errors = await watchForErrors(page);
    await page.goto(site.url());
    await offlineReady(page);
    // A reader coming back: the page is served by the worker from the start (a first visit's page
    // only learns of a new version once the reader moves on).
    await page.reload();
    await page.evaluate(() => {
      localStorage.setItem('fs:theme', 'dark');
      const done = { status: 'done', updatedAt: '2026-01-01T00:00:00.000Z' };
      localStorage.setItem('fs:progress:v1', JSON.stringify({ v: 1, lessons: { 'two-hats': done }, lastOpened: 'two-hats' }));
    });
    const stored = () => page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith('fs:'))));
    const before = await stored();
    // The notice sits inside a live region, so a screen reader announces it when it appears.
    const notice = page.getByRole('status').getByText('A new version of this site is available.');
    await expect(notice).toBeHidden();

    // Deploy a new version: a changed home page, and a worker whose precache list says so.
    const home = join(dir, 'index.html');
    const oldHeading = await page.locator('h1').innerText();
    writeFileSync(home, readFileSync(home, 'utf8').replace('optimises for', 'optimises, in this new edition, for'));
    await buildServiceWorker(dir);

    // The browser looks for a new worker on navigation (and at most every 24 hours); ask now.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(notice).toBeVisible();
    await expect(page.locator('h1')).toHaveText(oldHeading);

    // Other pages keep coming from the old version while it waits, notice shown, and it can be dismissed.
    await page.goto(site.url('lessons/'));
    await expect(notice).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
    await page.goto(site.url());
    await expect(page.locator('h1')).toHaveText(oldHeading);

    // Reload: the new version takes over, the page reloads with the new content.
    await expect(notice).toBeVisible();
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    await expect(page.locator('h1')).toContainText('in this new edition');
    await expect(notice).toBeHidden();
    expect(await stored()).toEqual(before);
    // The cache holds the new build and nothing of the old one.
    expect(await offlineReady(page)).toBe(precached(dir).length);
    expect(errors).toEqual([]);
  } finally {
    await site.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the About page removes the offline copy (worker and caches, not progress) and can bring it back', async ({ page }) => {
  const site = await serve('dist');
  try {
    const errors = await watchForErrors(page);
    await page.goto(site.url('about/'));
    await page.evaluate(() => localStorage.setItem('fs:theme', 'dark'));
    await offlineReady(page);
    const keep = page.getByRole('checkbox', { name: 'Keep an offline copy in this browser' });
    const status = page.locator('offline-setting [role="status"]');
    await expect(status).toHaveText(/^Available offline: /);
    await expect(keep).toBeChecked();

    await keep.uncheck();
    await expect(status).toHaveText(/^Offline copy removed \(\d+ files\)/);
    const state = () =>
      page.evaluate(async () => ({
        registered: (await navigator.serviceWorker.getRegistration()) !== undefined,
        caches: (await caches.keys()).length,
        theme: localStorage.getItem('fs:theme'),
      }));
    expect(await state()).toEqual({ registered: false, caches: 0, theme: 'dark' });

    // The choice sticks: the next page registers no worker.
    await page.goto(site.url('glossary/'));
    await page.waitForLoadState('load');
    await page.goto(site.url('about/'));
    await page.waitForLoadState('load');
    await expect(keep).not.toBeChecked();
    await expect(status).toHaveText('The offline copy is turned off in this browser.');
    expect(await state()).toEqual({ registered: false, caches: 0, theme: 'dark' });

    await keep.check();
    await expect(status).toHaveText(/^Available offline: /);
    expect((await state()).registered).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await site.stop();
  }
});
