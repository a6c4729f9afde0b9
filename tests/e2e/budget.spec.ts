import { expect, test } from '@playwright/test';
import { allPages } from './pages';
import { kb, pageWeight, weightTable } from './weights';

/**
 * Byte budgets over dist/. Pages without islands load no JavaScript file;
 * the search page loads Pagefind only when a query is run (a dynamic import
 * not counted here). Tool pages carry their own budgets in their issues.
 */
const weights = allPages().map(pageWeight);

test('report page weights (gzip)', () => {
  console.log(`\nPage weights (gzip)\n${weightTable(weights)}\n`);
  expect(weights.length).toBeGreaterThan(5);
});

for (const weight of weights.filter((w) => w.islands === 0 && w.page !== 'search/')) {
  test(`/${weight.page} has no island and references no .js file`, () => {
    expect(weight.jsFiles).toEqual([]);
  });
}

test('every stylesheet a page\'s scripts depend on is already linked by the page (so no preload helper is needed: astro.config.mjs)', () => {
  const missing = weights.flatMap((w) => w.cssNeededByJs.filter((css) => !w.cssFiles.includes(css)).map((css) => `/${w.page}: ${css}`));
  expect(missing).toEqual([]);
  // The check looks at something: the burn rate planner's chart depends on the tools stylesheet.
  expect(weights.find((w) => w.page === 'tools/burn-rate/')?.cssNeededByJs.length).toBeGreaterThan(0);
});

test('the search page loads no script file before a search', () => {
  const search = weights.find((w) => w.page === 'search/');
  expect(search?.jsFiles).toEqual([]);
});

test('every page stays within 30 KB of HTML and 12 KB of CSS (gzip)', () => {
  const over = weights.filter((w) => w.html > 30 * 1024 || w.css > 12 * 1024).map((w) => `/${w.page}: HTML ${kb(w.html)}, CSS ${kb(w.css)}`);
  expect(over).toEqual([]);
});
