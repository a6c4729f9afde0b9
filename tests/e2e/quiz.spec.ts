import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import bankFile from '../../src/content/quiz/bank.json' with { type: 'json' };
import { kb, pageWeight } from './weights';

const bank = bankFile[0]!;
const TOTAL = bank.items.length;
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const STORAGE_KEY = 'fs:quiz:v1';

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Answers the current question by keyboard: Tab into the radio group, arrow to the wanted choice. */
async function answerByKeyboard(page: Page, arrowPresses: number) {
  const firstRadio = page.getByRole('radio').first();
  await page.keyboard.press('Tab');
  await expect(firstRadio).toBeFocused();
  await page.keyboard.press('Space');
  for (let i = 0; i < arrowPresses; i++) await page.keyboard.press('ArrowDown');
}

test('the whole quiz can be taken by keyboard alone, and the result explains itself', async ({ page }) => {
  // Twenty-six questions answered one by one: a long flow, given the slow timeout.
  test.slow();
  await page.goto('quiz/');
  const start = page.getByRole('button', { name: 'Start the quiz' });
  await expect(start).toBeEnabled();
  await start.focus();
  await page.keyboard.press('Enter');

  for (let i = 0; i < TOTAL; i++) {
    await expect(page.locator('.quiz-counter')).toHaveText(`Question ${i + 1} of ${TOTAL}`);
    // Focus moves to the new question's heading.
    await expect(page.locator('.quiz-prompt')).toBeFocused();
    await answerByKeyboard(page, i % 3);
    // Arrow keys select without advancing.
    await expect(page.locator('.quiz-counter')).toHaveText(`Question ${i + 1} of ${TOTAL}`);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    await page.keyboard.press('Enter'); // submits the form: Next, or "See my result" on the last question
  }

  await expect(page).toHaveURL(/\/quiz\/result\/\?a=1\.[0-9a-z]+$/);
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(/lean towards|Both hats|Not yet clear/);
  const devopsFit = await page.locator('.fit[data-role="devops"] data').getAttribute('value');
  expect(Number(devopsFit)).toBeGreaterThanOrEqual(0);
  expect(Number(devopsFit)).toBeLessThanOrEqual(100);
  await expect(page.getByRole('table', { name: /Facet scores/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What drove it' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('answers are saved as the learner goes; a reload resumes at the same question', async ({ page }) => {
  // Twenty-six questions answered one by one: a long flow, given the slow timeout.
  test.slow();
  await page.goto('quiz/');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('radio', { name: bank.likertScale[4]! }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.quiz-counter')).toHaveText(`Question 2 of ${TOTAL}`);
  await expectNoAxeViolations(page);

  await page.reload();
  await page.getByRole('button', { name: `Resume at question 2 of ${TOTAL}` }).click();
  await expect(page.locator('.quiz-counter')).toHaveText(`Question 2 of ${TOTAL}`);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: bank.likertScale[4]! })).toBeChecked();
});

test('"Start over" clears only the quiz, after asking', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('fs:theme', 'dark');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('quiz/');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Start over…' }).click();
  await page.getByRole('button', { name: 'Yes, start over' }).click();
  await expect(page.locator('.quiz-counter')).toHaveText(`Question 1 of ${TOTAL}`);
  await expect(page.getByRole('radio').first()).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem('fs:theme'))).toBe('dark');
});

test('a shared link shows the same result in a fresh browser', async ({ page, browser }) => {
  // Twenty-six questions answered one by one: a long flow, given the slow timeout.
  test.slow();
  await page.goto('quiz/');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < TOTAL; i++) {
    // Wait for the next question: checking a radio of the one just left is a no-op, and then Next never shows.
    await expect(page.locator('.quiz-counter')).toHaveText(`Question ${i + 1} of ${TOTAL}`);
    await page.getByRole('radio').last().check();
    await page.getByRole('button', { name: i === TOTAL - 1 ? 'See my result' : 'Next' }).click();
  }
  await expect(page).toHaveURL(/\?a=/);
  const url = page.url();
  const heading = await page.locator('#result-heading').textContent();
  const fits = await page.locator('.fit data').evaluateAll((els) => els.map((e) => e.getAttribute('value')));

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.locator('#result-heading')).toHaveText(heading ?? '');
  expect(await other.locator('.fit data').evaluateAll((els) => els.map((e) => e.getAttribute('value')))).toEqual(fits);
  expect(await other.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await fresh.close();
});

test('a tampered or outdated link gets a clear message and an offer to take the quiz', async ({ page }) => {
  // Several links in a row, an axe check and the quiz page: a long flow, given the slow timeout.
  test.slow();
  await page.goto('quiz/result/?a=1.zz');
  await expect(page.getByRole('alert')).toContainText(/changed|edited|not valid|damaged/i);
  await expect(page.getByRole('alert').getByRole('link', { name: 'Take the quiz' })).toBeVisible();

  await page.goto(`quiz/result/?a=9.${'3'.repeat(TOTAL)}`);
  await expect(page.getByRole('alert')).toContainText(/version/i);
  await expectNoAxeViolations(page);
});

test('corrupt stored answers are set aside with a notice, and nothing else stored is touched', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"v":1,"bank":1,"answers":');
      localStorage.setItem('fs:theme', 'dark');
      sessionStorage.setItem('seeded', '1');
    }
  }, STORAGE_KEY);
  await page.goto('quiz/');
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('fs:quiz:set-aside'))).toBe('{"v":1,"bank":1,"answers":');
  expect(await page.evaluate(() => localStorage.getItem('fs:theme'))).toBe('dark');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.locator('.quiz-counter')).toHaveText(`Question 1 of ${TOTAL}`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the quiz page says it needs JavaScript and links to the lessons', async ({ page }) => {
    await page.goto('quiz/');
    // Chromium with scripting disabled by the test harness does not render <noscript>, so read it.
    const noscript = await page.locator('main noscript').innerHTML();
    expect(noscript).toContain('The quiz runs in your browser and needs JavaScript.');
    expect(noscript).toMatch(/<a href="[^"]*\/lessons\/">the rest of the course<\/a>/);
    await expect(page.getByRole('heading', { name: 'How it works' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeHidden();
  });
});

test('the quiz pages ship at most 20 KB of JavaScript (gzip)', () => {
  for (const path of ['quiz/', 'quiz/result/']) {
    const weight = pageWeight(path);
    console.log(`/${path}: ${kb(weight.js)} of JavaScript in ${weight.jsFiles.length} files`);
    expect(weight.js).toBeLessThanOrEqual(20 * 1024);
  }
});
