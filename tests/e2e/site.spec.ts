import { expect, test } from '@playwright/test';
import { E2E_BASE_PATH, E2E_ORIGIN } from './site';

test.describe('theme', () => {
  test('a chosen theme persists across reload and is applied before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('');
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // Record the theme at the moment <body> first appears: with no flash, it is already dark.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(17, 20, 24)');
  });

  test('"System" follows the operating system setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('');
    await page.getByLabel('Theme').selectOption('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 20, 24)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  test('the inline theme script stays under 1 KB', async ({ request }) => {
    const html = await (await request.get(`${E2E_ORIGIN}${E2E_BASE_PATH}`)).text();
    const script = /<script>([^<]*fs:theme[^<]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toContain('localStorage');
    expect(Buffer.byteLength(script)).toBeLessThan(1024);
  });
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('lessons/two-hats/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('search finds the lesson by a phrase from its body', async ({ page }) => {
  await page.goto('');
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('programmer\'s joke');
  await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const result = page.locator('#search-results').getByRole('link', { name: /Two hats/ });
  await expect(result).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toContainText('result');
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${E2E_BASE_PATH}lessons/two-hats/$`));
});

test.describe('404', () => {
  test('an unknown path inside the site gets the 404 page', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    // Its links carry the base path, so they work from any depth.
    await expect(page.getByRole('link', { name: 'Browse the lessons' })).toHaveAttribute('href', `${E2E_BASE_PATH}lessons/`);
  });

  test('a path outside the base path is not served', async ({ request }) => {
    const response = await request.get(`${E2E_ORIGIN}/lessons/two-hats/`);
    expect(response.status()).toBe(404);
  });
});

test.describe('lesson page', () => {
  test('shows reading time, a table of contents and its sources', async ({ page }) => {
    await page.goto('lessons/two-hats/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Two hats');
    await expect(page.getByText(/\d+ min read/)).toBeVisible();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'Class SRE implements DevOps' }).click();
    await expect(page).toHaveURL(/#class-sre-implements-devops$/);
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  });

  test('is readable at 320 px wide without horizontal scrolling of the page', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('lessons/two-hats/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
