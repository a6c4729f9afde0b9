import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import * as pagefind from 'pagefind';
import { watchForErrors } from './errors';
import { expectInert, MARKUP } from './hostile';
import { E2E_BASE_PATH } from './site';

/**
 * Search results show Pagefind's excerpt, which is HTML. Two proofs that it
 * cannot carry markup into the page: a real index of a lesson whose code
 * block shows <script> and <img onerror> (Pagefind indexes text, escaped),
 * and an index that returns raw markup anyway (the client makes text nodes
 * and <mark> elements, and never parses HTML). Both run under the site's real
 * CSP, which would also report any attempt to set an event handler.
 */

const FIXTURE_LESSON = `<!doctype html><html lang="en"><head><title>Escaping fixture</title></head><body>
<main data-pagefind-body><h1>Escaping in code blocks</h1>
<p>A zzqxfixture lesson whose code block holds markup.</p>
<pre><code>&lt;script&gt;window.__hostile=1&lt;/script&gt; zzqxfixture &lt;img src=x onerror="window.__hostile=1"&gt;</code></pre>
</main></body></html>`;

/** Serves the page's /pagefind/ requests from `dir` instead of dist/. */
async function servePagefindFrom(page: Page, dir: string) {
  await page.route(`**${E2E_BASE_PATH}pagefind/**`, async (route) => {
    const file = join(dir, new URL(route.request().url()).pathname.slice(`${E2E_BASE_PATH}pagefind/`.length));
    if (existsSync(file)) await route.fulfill({ path: file });
    else await route.fulfill({ status: 404 });
  });
}

test('a lesson showing <script> in a code block comes back from the real index as text', async ({ page }, testInfo) => {
  // Indexing runs Pagefind's binary; on a busy machine that and loading the index take a while.
  test.setTimeout(90_000);
  const dir = testInfo.outputPath('pagefind');
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not create an index');
  await index.addHTMLFile({ url: `${E2E_BASE_PATH}lessons/escaping-fixture/`, content: FIXTURE_LESSON });
  await index.writeFiles({ outputPath: dir });
  await pagefind.close();

  const errors = await watchForErrors(page);
  await servePagefindFrom(page, dir);
  await page.goto('search/?q=zzqxfixture');
  const excerpt = page.locator('#search-results .excerpt').first();
  await expect(excerpt).toContainText('<script>window.__hostile=1</script>', { timeout: 30_000 });
  await expect(excerpt).toContainText('<img src=x onerror="window.__hostile=1">');
  await expect(excerpt.locator('mark').first()).toHaveText('zzqxfixture');
  await expect(excerpt.locator('*:not(mark)')).toHaveCount(0);
  await expectInert(page);
  expect(errors).toEqual([]);
});

test('an index returning raw markup and a javascript: URL still adds only text, <mark> and a plain link', async ({ page }) => {
  const errors = await watchForErrors(page);
  const hostile = {
    url: 'javascript:window.__hostile=1',
    excerpt: `before ${MARKUP} <mark>zzqx</mark> <mark><img src=x onerror="window.__hostile=1">inside</mark> after`,
    meta: { title: '<b>bold</b>' },
  };
  // A stand-in for pagefind.js, served from the site's own origin like the real one.
  const module = `const hit = ${JSON.stringify(hostile)};
export async function options() {}
export async function search() { return { results: [{ data: async () => hit }] }; }`;
  await page.route(`**${E2E_BASE_PATH}pagefind/pagefind.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: module }));
  await page.goto('search/?q=zzqx');
  const item = page.locator('#search-results li').first();
  await expect(item).toBeVisible({ timeout: 20_000 });
  // Markup that is not <mark> shows as the characters it is.
  await expect(item.locator('.excerpt')).toContainText(`before ${MARKUP} zzqx`);
  await expect(item.locator('.excerpt mark')).toHaveText(['zzqx', '<img src=x onerror="window.__hostile=1">inside']);
  await expect(item.locator('.excerpt *:not(mark)')).toHaveCount(0);
  await expect(item.locator('a')).toHaveText('<b>bold</b>');
  await expect(item.locator('a')).not.toHaveAttribute('href', /.*/);
  await expectInert(page);
  expect(errors).toEqual([]);
});
