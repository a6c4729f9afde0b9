import { expect, test } from '@playwright/test';

test.describe('progress', () => {
  test('opening a lesson marks it in progress; marking it done shows on the lessons index and home page', async ({ page }) => {
    await page.goto('lessons/sre-principles/');
    const button = page.getByRole('button', { name: 'Mark this lesson as done' });
    await expect(button).toBeEnabled(); // hydrated, so the visit is recorded
    await expect(button).toHaveAttribute('aria-pressed', 'false');

    await page.goto('lessons/');
    await expect(page.getByText(/SRE lessons: 0 of \d+ done, 1 in progress/)).toBeVisible();
    await expect(page.getByText('Continue where you left off:')).toContainText('SRE principles');

    await page.goto('lessons/sre-principles/');
    await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
    await expect(page.getByRole('button', { name: '✓ Done' })).toHaveAttribute('aria-pressed', 'true');

    await page.goto('');
    await expect(page.getByText(/SRE lessons: 1 of \d+ done/)).toBeVisible();
    const bar = page.getByRole('progressbar', { name: /SRE lessons: 1 of/ });
    await expect(bar).toHaveAttribute('value', '1');
    await expect(page.getByText('Next up:')).toBeVisible();
  });

  test('the button marks a lesson not done again, and an open read-out follows the change', async ({ page, context }) => {
    await page.goto('lessons/sre-principles/');
    await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
    const home = await context.newPage();
    await home.goto('');
    await expect(home.getByText(/SRE lessons: 1 of \d+ done/)).toBeVisible();

    await page.getByRole('button', { name: '✓ Done' }).click();
    await expect(page.getByRole('button', { name: 'Mark this lesson as done' })).toHaveAttribute('aria-pressed', 'false');
    // The home page, still open in another tab, hears of it through storage.
    await expect(home.getByText(/SRE lessons: 0 of \d+ done, 1 in progress/)).toBeVisible();
    await expect(home.getByText('Continue where you left off:')).toContainText('SRE principles');
  });

  test('progress exports to a file and imports back; a bad file is rejected and changes nothing', async ({ page }) => {
    await page.goto('lessons/two-hats/');
    await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
    await page.goto('lessons/');
    await page.getByText('Move your progress to another browser').click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('flow-and-stability-progress.json');
    const exported = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
    expect(exported).toMatchObject({ kind: 'flow-and-stability-progress', version: 2, answers: [], lessons: { 'two-hats': { status: 'done' } } });

    const before = await page.evaluate(() => localStorage.getItem('fs:progress:v1'));
    await page.getByLabel('Import progress from a file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"flow-and-stability-progress","version":1,"lessons":') });
    await expect(page.getByRole('status').filter({ hasText: 'not valid JSON' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('fs:progress:v1'))).toBe(before);

    // On a fresh browser, importing the exported file restores the finished lesson.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByText('Move your progress to another browser').click();
    // The file input stays disabled until the island has hydrated, as a reader sees it.
    await expect(page.getByLabel('Import progress from a file')).toBeEnabled();
    await page.getByLabel('Import progress from a file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect(page.getByRole('status').filter({ hasText: 'Imported progress for 1 lesson' })).toBeVisible();
    await expect(page.getByText(/Shared lessons: 1 of \d+ done/)).toBeVisible();
  });
});

test.describe('progress without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page and lessons index show a newcomer\'s read-out, and no export or import', async ({ page }) => {
    for (const path of ['', 'lessons/']) {
      await page.goto(path);
      await expect(page.getByText(/SRE lessons: 0 of \d+ done/), `/${path}`).toBeVisible();
      await expect(page.getByRole('progressbar', { name: /DevOps lessons: 0 of/ }), `/${path}`).toHaveAttribute('value', '0');
      await expect(page.getByText('Start here:'), `/${path}`).toContainText('Two hats');
      await expect(page.getByText('Move your progress to another browser'), `/${path}`).toBeHidden();
    }
  });
});

test.describe('knowledge checks', () => {
  test('picking an answer and checking it gives feedback that says why', async ({ page }) => {
    await page.goto('lessons/two-hats/');
    const question = page.getByRole('group', { name: /What does an SLO of 99.9% over 30 days allow/ });
    await question.getByRole('radio', { name: 'No downtime at all' }).check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status')).toContainText('Not quite.');
    await question.getByRole('radio', { name: /43 minutes and 12 seconds/ }).check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status')).toContainText('Right.');
  });

  test('works by keyboard alone', async ({ page }) => {
    await page.goto('lessons/two-hats/');
    const question = page.getByRole('group', { name: /What does an SLO of 99.9% over 30 days allow/ });
    const radios = question.getByRole('radio');
    await radios.first().focus();
    await page.keyboard.press('Space');
    await expect(radios.first()).toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(radios.nth(1)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(question.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(question.getByRole('status')).toContainText(/Right\.|Not quite\./);
  });

  test('each checked answer is added to the review log under the question\'s stable id, right or wrong', async ({ page }) => {
    await page.goto('lessons/two-hats/');
    const question = page.getByRole('group', { name: /What does an SLO of 99.9% over 30 days allow/ });
    await expect(question).toHaveAttribute('id', 'check-two-hats--slo-allowance');
    await question.getByRole('radio', { name: 'No downtime at all' }).check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await question.getByRole('radio', { name: /43 minutes and 12 seconds/ }).check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status')).toContainText('Right.');
    const log = await page.evaluate(() => JSON.parse(localStorage.getItem('fs:review:v1') ?? '""') as string);
    expect(log.split('\n').filter(Boolean).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      'check-two-hats--slo-allowance 0',
      'check-two-hats--slo-allowance 1',
    ]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the questions and every answer with its explanation are in the page', async ({ page }) => {
      await page.goto('lessons/two-hats/');
      await expect(page.getByRole('heading', { name: 'Check yourself' })).toBeVisible();
      const question = page.getByRole('group', { name: /What does an SLO of 99.9% over 30 days allow/ });
      await expect(question).toBeVisible();
      await question.getByText('Show the answers').click();
      await expect(page.getByText(/0.1% of 30 days is 2,592 seconds/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Mark this lesson as done' })).toBeHidden();
    });
  });
});

test('every lesson shows 2–4 check-yourself questions', async ({ page }) => {
  // Twenty lessons in one test: more than the default 30 s on a busy machine.
  test.slow();
  await page.goto('lessons/');
  const links = await page.locator('.lesson-list h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThanOrEqual(13);
  for (const href of links) {
    await page.goto(href, { waitUntil: 'domcontentloaded' });
    const count = await page.locator('.checks > li').count();
    expect(count, href).toBeGreaterThanOrEqual(2);
    expect(count, href).toBeLessThanOrEqual(4);
  }
});

test('the comparison table links every row to its lesson', async ({ page }) => {
  await page.goto('compare/');
  const table = page.getByRole('table', { name: 'DevOps and SRE compared, aspect by aspect' });
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(12);
  for (const row of await rows.all()) await expect(row.getByRole('link')).toHaveAttribute('href', /\/lessons\/[a-z-]+\/$/);
});

test('search finds a glossary term', async ({ page }) => {
  await page.goto('search/?q=burn%20rate');
  await expect(page.locator('#search-results').getByRole('link', { name: 'Glossary' }).first()).toBeVisible();
});
