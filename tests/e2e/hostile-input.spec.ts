import { expect, test } from '@playwright/test';
import { watchForErrors } from './errors';
import {
  DIRECTION_CONTROLS,
  expectInert,
  HOSTILE_VALUES,
  hostileUrl,
  hydratedAround,
  LINK_READERS,
  MARKUP,
  NAMED_EXPORTS,
  textOf,
} from './hostile';

/**
 * Someone else's text reaches a learner two ways: in a shared link, and in
 * what they paste into a field that ends up in an export. Every page that
 * reads its URL gets markup, script, a javascript: URL and text-direction
 * overrides in every parameter (and as the name of one it does not know), and
 * a 6,000-character value in its first. Each must be shown as text or rejected with a notice, and never
 * run: no script, no injected element, no CSP violation. The lists are in
 * hostile.ts; a new tool is one line there.
 */
for (const { path, params, echoes = true } of LINK_READERS) {
  test.describe(`/${path} from a hostile link`, () => {
    for (const [what, value] of Object.entries(HOSTILE_VALUES)) {
      test(`${what} in the link's parameters is rejected with a notice and never runs`, async ({ page }) => {
        const errors = await watchForErrors(page);
        const response = await page.goto(hostileUrl(path, params, value));
        expect(response?.status()).toBe(200);
        await page.waitForLoadState('networkidle');
        // The islands read the URL when they hydrate; the notice is theirs.
        const notice = page.locator('.notice').first();
        await expect(notice).toBeVisible({ timeout: 15_000 });
        if (echoes && value === HOSTILE_VALUES['markup and script']) await expect(notice).toContainText('"><img src=x onerror=');
        // An echoed value cannot turn the rest of a notice around.
        expect(await notice.innerText()).not.toMatch(DIRECTION_CONTROLS);
        expect(await page.locator('main').innerText()).not.toMatch(/\b(NaN|undefined|Infinity)\b/);
        await expectInert(page);
        expect(errors).toEqual([]);
      });
    }
  });
}

for (const { path, field, wrap, exports, read } of NAMED_EXPORTS) {
  test(`/${path}: markup in "${field}" is refused or exported as text, and the exports stay well-formed`, async ({ page }) => {
    const errors = await watchForErrors(page);
    await page.goto(path);
    const input = page.getByLabel(field, { exact: true });
    await hydratedAround(page, input);
    const value = wrap(MARKUP);
    await input.fill(value);
    const refused = (await input.getAttribute('aria-invalid')) === 'true';
    for (const name of exports) {
      const output = page.getByLabel(name, { exact: true });
      if (!refused) await expect.poll(() => textOf(output)).toContain(value);
      // Parses (throws otherwise); an accepted value comes back whole, as a string.
      const strings = read(await textOf(output));
      if (!refused) expect(strings.some((s) => s.includes(value))).toBe(true);
    }
    await expectInert(page);
    expect(errors).toEqual([]);
  });
}

test('/tools/burn-rate/: a selector with a text-direction override is refused, so the rules read as they run', async ({ page }) => {
  const errors = await watchForErrors(page);
  await page.goto(`tools/burn-rate/?errors=${encodeURIComponent('http_requests_total{job="api\u202E"}')}`);
  const notices = page.getByRole('status').filter({ hasText: 'Ignored errors=' });
  await expect(notices).toContainText('[U+202E]');
  await expect(notices).toContainText('invisible text-direction character');
  expect(await textOf(page.getByLabel('Prometheus rules', { exact: true }))).not.toMatch(DIRECTION_CONTROLS);
  expect(errors).toEqual([]);
});
