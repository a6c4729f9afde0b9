import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/**
 * Nothing on a tool page moves between its first paint and the end of
 * hydration: the sum of its layout shifts (the Layout Instability API's
 * entries, which Lighthouse's cumulative layout shift adds up) is 0. Shifts
 * are counted, not timed, so the test is deterministic when the page is
 * right. A page that reveals or resizes something after the first paint
 * (an element shown by a body script instead of by the head script's
 * `.js-only`, a hydrated island rendering other content than the server
 * did) fails whenever a frame is painted before the change; to make that
 * frame likely, the stylesheets arrive late, as on a slow mobile link.
 */

const tools: { id: string }[] = JSON.parse(readFileSync('src/content/tools.json', 'utf8'));

/** The desktop viewport of the project, and Lighthouse's mobile one (Moto G Power, 412 × 823). */
const viewports = [
  { name: 'desktop', size: { width: 1280, height: 720 } },
  { name: 'mobile', size: { width: 412, height: 823 } },
];

type Shift = { value: number; hadRecentInput: boolean; sources: string[] };

/** Starts recording before the page's own code runs; buffered: true also delivers shifts reported before. */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    (window as unknown as { layoutShifts: Shift[] }).layoutShifts = shifts;
    const describe = (node: Node | null) =>
      node instanceof Element ? `<${node.localName}${node.className ? ` class="${node.className}"` : ''}>` : String(node?.nodeName);
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] })[]) {
        shifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput, sources: entry.sources.map((s) => describe(s.node)) });
      }
    });
    observer.observe({ type: 'layout-shift', buffered: true });
  });
}

/** Every island on the page hydrated (client:visible ones once scrolled to), then two frames for what they render. */
async function hydrateAll(page: Page) {
  const islands = page.locator('astro-island');
  for (const island of await islands.all()) {
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr', /.*/);
  }
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

for (const { name, size } of viewports) {
  test.describe(`layout shift on a ${name} screen`, () => {
    test.use({ viewport: size });

    for (const { id } of tools) {
      test(`tools/${id}/ does not move from the first paint until its islands are hydrated (CLS 0)`, async ({ page }) => {
        await page.route(/\.css$/, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 150));
          await route.continue();
        });
        await recordLayoutShifts(page);
        await page.goto(`tools/${id}/`);
        await hydrateAll(page);
        const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
        // Listing the moved elements makes a failure say what to fix.
        expect(shifts.flatMap((shift) => shift.sources)).toEqual([]);
        expect(shifts.reduce((sum, shift) => sum + shift.value, 0)).toBe(0);
      });
    }
  });
}
