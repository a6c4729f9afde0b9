import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './errors';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const LOG = 'fs:review:v1';
// Thursday 3 December 2026, mid-morning in London, then the days after.
const THURSDAY = new Date('2026-12-03T10:00:00Z');
const FRIDAY = new Date('2026-12-04T10:00:00Z');

test.use({ timezoneId: 'Europe/London' });

const sloQuestion = (page: Page) => page.getByRole('group', { name: /What does an SLO of 99.9% over 30 days allow/ });
const storedLog = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '""') as string, LOG);

async function answerSloWrongInLesson(page: Page) {
  await page.goto('lessons/two-hats/');
  await sloQuestion(page).getByRole('radio', { name: 'No downtime at all' }).check();
  await sloQuestion(page).getByRole('button', { name: 'Check answer' }).click();
  await expect(sloQuestion(page).getByRole('status')).toContainText('Not quite.');
}

test('a check answered wrong in a lesson comes due on /review/, is answered right by keyboard, and is scheduled later; the state survives a reload', async ({ page }) => {
  test.slow();
  const errors = await watchForErrors(page);
  await page.clock.setFixedTime(THURSDAY);
  await answerSloWrongInLesson(page);
  expect(await storedLog(page)).toBe(`check-two-hats--slo-allowance 0 ${THURSDAY.getTime()} 0\n`);
  await page.reload();
  await expect(page.getByText('You got 0 of 1 right last time.')).toBeVisible();

  // The same day: the lesson's other cards are new, so due; the one just missed comes back tomorrow.
  await page.goto('review/');
  await expect(page.getByText(/\d+ cards are due for review\./)).toBeVisible();
  await page.getByRole('button', { name: /Start a round/ }).click();
  await expect(page.getByRole('heading', { name: 'Card 1 of', exact: false })).toBeFocused();
  await expect(page.getByRole('group', { name: /What does an SLO of 99.9% over 30 days allow/ })).toHaveCount(0);

  // The next day it is due, and first in the round (cards answered before come first).
  await page.clock.setFixedTime(FRIDAY);
  await page.goto('review/');
  await page.getByRole('button', { name: /Start a round/ }).click();
  const heading = page.getByRole('heading', { name: /^Card 1 of \d+: Two hats/ });
  await expect(heading).toBeFocused();
  const card = page.getByRole('group', { name: /What does an SLO of 99.9% over 30 days allow/ });
  await expect(card).toBeVisible();
  // Number key 1 picks "43 minutes and 12 seconds…", Enter checks it.
  await page.keyboard.press('1');
  await expect(card.getByRole('radio', { name: /43 minutes and 12 seconds/ })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Right.', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('Next review: Sunday, in 2 days.', { exact: true })).toBeVisible();
  // Announced: the live region says the result and when the card returns.
  await expect(page.getByRole('status').filter({ hasText: 'Right. Next review: Sunday, in 2 days.' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();

  // Reload: the answer is kept, the card is no longer due, and the lesson says how it went last time.
  await page.reload();
  const log = await storedLog(page);
  expect(log.split('\n').filter(Boolean)).toEqual([`check-two-hats--slo-allowance 0 ${THURSDAY.getTime()} 0`, `check-two-hats--slo-allowance 1 ${FRIDAY.getTime()} 0`]);
  await page.getByRole('button', { name: /Start a round/ }).click();
  await expect(page.getByRole('heading', { name: /^Card 1 of/ })).toBeFocused();
  await expect(card).toHaveCount(0);
  await page.goto('lessons/two-hats/');
  await expect(page.getByText('You got 1 of 1 right last time.')).toBeVisible();
  // The home page and lessons index count what is due.
  for (const path of ['', 'lessons/']) {
    await page.goto(path);
    await expect(page.getByText(/\d+ cards are due for review\./), `/${path}`).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('a glossary card: the term, then the definition, then "I knew it" or "I didn\'t" by number key; an empty deck says when to come back', async ({ page }) => {
  await page.clock.setFixedTime(THURSDAY);
  await page.goto('review/');
  await expect(page.getByText(/Your deck is empty/)).toBeVisible();
  await page.goto('lessons/two-hats/');
  await expect(page.getByRole('button', { name: 'Mark this lesson as done' })).toBeEnabled();
  await page.goto('review/');
  await page.getByRole('button', { name: /Start a round/ }).click();
  // Checks come before terms within a lesson: answer the three checks (any answer), then a term comes up.
  for (let i = 0; i < 3; i++) {
    await expect(page.getByRole('heading', { name: new RegExp(`^Card ${i + 1} of`) })).toBeFocused();
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: /^Card 4 of \d+: glossary/ })).toBeFocused();
  await expect(page.getByText(/What does .+ mean\?/)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show the definition' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'I knew it' })).toBeFocused();
  await page.keyboard.press('1');
  await expect(page.getByText('Next review: Saturday, in 2 days.', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'You knew it. Next review: Saturday, in 2 days.' })).toBeAttached();
  // Finish the round: every card answered "I didn't" or with option 2.
  while (await page.getByRole('button', { name: 'Next' }).isVisible()) {
    await page.getByRole('button', { name: 'Next' }).click();
    // Focus moves to the next card's heading, or to the round's end: only then do number keys apply to it.
    const focused = page.getByRole('heading', { name: /^Card \d+ of|^Round complete/ });
    await expect(focused).toBeFocused();
    if (/^Round complete/.test((await focused.textContent()) ?? '')) break;
    if (await page.getByRole('button', { name: 'Show the definition' }).isVisible()) {
      await page.getByRole('button', { name: 'Show the definition' }).click();
      await page.keyboard.press('2');
    } else {
      await page.keyboard.press('2');
      await page.keyboard.press('Enter');
    }
  }
  await expect(page.getByRole('heading', { name: /Round complete: you got \d+ of \d+ right\./ })).toBeFocused();
  // Everything was answered today: nothing is due until tomorrow (the cards answered wrong).
  await expect(page.getByText('Nothing is due. Next review: tomorrow.')).toBeVisible();
});

test('answers export with progress and import into a fresh browser', async ({ page, browser, baseURL }) => {
  test.slow();
  await page.clock.setFixedTime(THURSDAY);
  await answerSloWrongInLesson(page);
  await page.goto('lessons/');
  await page.getByText('Move your progress to another browser').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const text = await (await (await downloading).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const exported = JSON.parse(text);
  expect(exported).toMatchObject({ version: 2, answers: [{ card: 'check-two-hats--slo-allowance', right: false, at: '2026-12-03T10:00:00.000+00:00' }] });

  const fresh = await browser.newContext({ baseURL, timezoneId: 'Europe/London' });
  const other = await fresh.newPage();
  await other.clock.setFixedTime(FRIDAY);
  await other.goto('lessons/');
  await other.getByText('Move your progress to another browser').click();
  await expect(other.getByLabel('Import progress from a file')).toBeEnabled();
  await other.getByLabel('Import progress from a file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.getByRole('status').filter({ hasText: 'Imported progress for 1 lesson and 1 review answer' })).toBeVisible();
  expect(await storedLog(other)).toBe(await storedLog(page));
  await other.goto('review/');
  await other.getByRole('button', { name: /Start a round/ }).click();
  await expect(other.getByRole('group', { name: /What does an SLO of 99.9% over 30 days allow/ })).toBeVisible();
  await fresh.close();
});

test('corrupt stored answers are set aside, never lost, and the deck starts afresh', async ({ page }) => {
  const errors = await watchForErrors(page);
  await page.clock.setFixedTime(THURSDAY);
  await page.goto('lessons/two-hats/');
  await expect(page.getByRole('button', { name: 'Mark this lesson as done' })).toBeEnabled();
  await page.evaluate((key) => localStorage.setItem(key, '{"half a log'), LOG);
  await page.goto('review/');
  await expect(page.getByText('Your saved answers could not be read, so your deck starts afresh. A copy of the old data is kept in this browser.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('fs:review:set-aside'))).toBe('{"half a log');
  await page.getByRole('button', { name: /Start a round/ }).click();
  // The number keys work once the card has focus (its listener is set up after the card renders).
  await expect(page.getByRole('heading', { name: /^Card 1 of/ })).toBeFocused();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
  expect((await storedLog(page)).split('\n').filter(Boolean)).toHaveLength(1);
  expect(await page.evaluate(() => localStorage.getItem('fs:review:set-aside'))).toBe('{"half a log');
  // A lesson page with the corrupt log still records (after setting it aside).
  await page.evaluate((key) => localStorage.setItem(key, '42'), LOG);
  await answerSloWrongInLesson(page);
  expect(await page.evaluate(() => localStorage.getItem('fs:review:set-aside'))).toBe('42');
  expect(await storedLog(page)).toMatch(/^check-two-hats--slo-allowance 0 /);
  expect(errors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`a round has no WCAG 2.2 A/AA violation in the ${theme} theme, and fits 320 px`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript((t) => localStorage.setItem('fs:theme', t), theme);
    await page.clock.setFixedTime(THURSDAY);
    await page.goto('lessons/two-hats/');
    await expect(page.getByRole('button', { name: 'Mark this lesson as done' })).toBeEnabled();
    await page.goto('review/');
    await page.getByRole('button', { name: /Start a round/ }).click();
    const axe = async (step: string) => {
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(violations.map((v) => `${step}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), step).toBeLessThanOrEqual(0);
    };
    await axe('a question');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await axe('its feedback');
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the review page says what it needs and links every lesson\'s checks', async ({ page }) => {
    await page.goto('review/');
    await expect(page.getByText(/needs JavaScript/)).toBeVisible();
    await expect(page.getByText('Loading your review deck')).toBeHidden();
    const link = page.getByRole('link', { name: /Two hats/ }).first();
    await expect(link).toHaveAttribute('href', /\/lessons\/two-hats\/#check-yourself$/);
    await page.goto('lessons/two-hats/');
    await expect(page.getByText(/review deck/)).toBeHidden();
  });
});
