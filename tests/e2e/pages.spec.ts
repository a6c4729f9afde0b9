import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { watchForErrors } from './errors';
import { allPages, sitemapPages } from './pages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('the sitemap lists the core pages', () => {
  const pages = sitemapPages();
  for (const path of ['', 'lessons/', 'lessons/two-hats/', 'glossary/', 'about/', 'tools/', 'quiz/']) {
    expect(pages).toContain(path);
  }
});

test('every built page ends at </html>: a page script written after its layout would land outside the document', () => {
  const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  expect(files.length).toBeGreaterThan(30);
  const outside = files.filter((file) => !/<\/body><\/html>\s*$/.test(readFileSync(join('dist', file), 'utf8')));
  expect(outside).toEqual([]);
});

for (const path of allPages()) {
  test.describe(`/${path}`, () => {
    test('answers 200 with no console error, no CSP violation, no broken number and no misplaced caption', async ({ page }) => {
      const errors = await watchForErrors(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
      // Nothing computed, on the server or after hydration, reaches the reader as a broken number.
      expect(await page.locator('body').innerText()).not.toMatch(/\b(NaN|undefined|Infinity)\b/);
      // A figcaption captions its figure only as the figure's first or last child (the HTML content model);
      // islands' markup comes from Preact, which the Astro compiler's nesting check never sees.
      const misplaced = await page.locator('figcaption').evaluateAll((captions) =>
        captions
          .filter((c) => {
            const figure = c.parentElement;
            return figure?.localName !== 'figure' || (c !== figure.firstElementChild && c !== figure.lastElementChild);
          })
          .map((c) => c.textContent?.trim()),
      );
      expect(misplaced).toEqual([]);
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`has no WCAG 2.2 A/AA violation in the ${theme} theme`, async ({ page }) => {
        // axe walks every element: the glossary's ~1,000 can take longer than the default 30 s on a busy machine.
        test.slow();
        await page.emulateMedia({ colorScheme: theme });
        await page.addInitScript((t) => localStorage.setItem('fs:theme', t), theme);
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('no page scrolls sideways at 320 px wide (wide tables scroll inside their own region)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const path of allPages()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`/${path}: ${overflow}px too wide`);
  }
  expect(wide).toEqual([]);
});
