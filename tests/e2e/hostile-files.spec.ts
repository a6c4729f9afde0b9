import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './errors';
import { expectInert, hydratedAround, MARKUP } from './hostile';

/**
 * Files a learner imports are the other way in: progress files on the
 * lessons index and deployment logs in the DORA tool. Hostile ones get a
 * clear message quickly, leave what was stored as it was, and never run.
 */

/** A file of `bytes` zero bytes that takes no disk space (sparse), so a 200 MB case costs nothing. */
function sparseFile(path: string, bytes: number): string {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

const MB = 1024 * 1024;
const AT = '2024-05-06T09:12:00Z';
const progressJson = (fields: Record<string, unknown>) =>
  JSON.stringify({ kind: 'flow-and-stability-progress', version: 1, exportedAt: AT, lastOpened: null, lessons: {}, ...fields });

/** Bytes that are not text: every byte value, repeated (the same on every run). */
const BINARY = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 151 + 7) % 256));

const STORED = JSON.stringify({ v: 1, lessons: { 'two-hats': { status: 'done', updatedAt: AT } }, lastOpened: 'two-hats' });

async function openImport(page: Page) {
  await page.goto('lessons/');
  await page.evaluate((stored) => localStorage.setItem('fs:progress:v1', stored), STORED);
  await page.reload();
  await page.getByText('Move your progress to another browser').click();
  const input = page.getByLabel('Import progress from a file');
  // The controls stay disabled until <progress-transfer> is defined.
  await expect(input).toBeEnabled();
  return input;
}

test.describe('progress import', () => {
  const refused: Array<{ what: string; file: (path: (name: string) => string) => string | { name: string; mimeType: string; buffer: Buffer }; message: string }> = [
    { what: 'a 50 MB file', file: (path) => sparseFile(path('huge.json'), 50 * MB), message: 'too large to be a progress file' },
    { what: 'a binary file', file: () => ({ name: 'progress.json', mimeType: 'application/json', buffer: BINARY }), message: 'not valid JSON' },
    {
      what: 'deeply nested JSON',
      // 5,000 levels: as text, since JSON.stringify itself overflows the stack on it.
      file: () => ({ name: 'nested.json', mimeType: 'application/json', buffer: Buffer.from(progressJson({ lessons: 0 }).replace('"lessons":0', `"lessons":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`)) }),
      message: 'damaged (at lessons.a',
    },
    { what: 'a file from a future version', file: () => ({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(progressJson({ version: 99 })) }), message: 'newer version of the site (format 99)' },
  ];

  for (const { what, file, message } of refused) {
    test(`${what} is refused with a clear message and the stored progress is unchanged`, async ({ page }, testInfo) => {
      const errors = await watchForErrors(page);
      const input = await openImport(page);
      const started = Date.now();
      await input.setInputFiles(file((name) => testInfo.outputPath(name)));
      await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
      // Refused promptly: the page never stalled on the file.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await page.evaluate(() => localStorage.getItem('fs:progress:v1'))).toBe(STORED);
      await expect(page.getByText(/Shared lessons: 1 of \d+ done/)).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test('a __proto__ and constructor payload pollutes nothing: only real lessons are imported', async ({ page }) => {
    const errors = await watchForErrors(page);
    const input = await openImport(page);
    const done = { status: 'done', updatedAt: AT };
    // Written as text: an object literal with "__proto__" would set the prototype, not a key.
    const payload = progressJson({ lastOpened: '__proto__', lessons: { 'sre-principles': done } })
      .replace('"lessons":{', `"lessons":{"__proto__":{"status":"done","updatedAt":"${AT}","polluted":1},"constructor":{"status":"done","updatedAt":"${AT}"},`)
      .replace(/^\{/, '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},');
    await input.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(payload) });
    const said = page.getByRole('status').filter({ hasText: 'Imported progress for 1 lesson' });
    await expect(said).toBeVisible();
    await expect(said).toContainText('constructor');
    expect(await page.evaluate(() => [({} as { polluted?: unknown }).polluted, Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')])).toEqual([undefined, false]);
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('fs:progress:v1'))) ?? '{}');
    expect(Object.keys(stored.lessons).sort()).toEqual(['sre-principles', 'two-hats']);
    expect(stored.lastOpened).toBe('two-hats');
    expect(errors).toEqual([]);
  });
});

test.describe('DORA deployments CSV', () => {
  async function openDataTab(page: Page) {
    await page.goto('tools/dora/');
    const tab = page.getByRole('tab', { name: 'From your data' });
    await hydratedAround(page, tab);
    await tab.click();
    await expect(page.getByLabel('CSV file of deployments')).toBeVisible();
  }

  test('a 200 MB file is refused on its size with a message, before it is read', async ({ page }, testInfo) => {
    const errors = await watchForErrors(page);
    await openDataTab(page);
    const results = page.locator('[aria-labelledby="dora-result-heading"]');
    const before = await results.innerText();
    const started = Date.now();
    await page.getByLabel('CSV file of deployments').setInputFiles(sparseFile(testInfo.outputPath('deployments.csv'), 200 * MB));
    await expect(page.getByRole('status').filter({ hasText: 'This file is 200 MB; the tool reads files up to 50 MB' })).toBeVisible();
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(page.getByText(/Reading deployments\.csv/)).toHaveCount(0);
    expect(await results.innerText()).toBe(before);
    expect(errors).toEqual([]);
  });

  test('formula cells (=, +, -, @) and markup are data: the rows are refused, shown as text, and nothing runs', async ({ page }) => {
    const errors = await watchForErrors(page);
    await openDataTab(page);
    const csv = [
      'deployed_at,oldest_commit_at,failed,restored_at',
      `=cmd|' /C calc'!A0,${AT},no,`,
      `${AT},+1+cmd|' /C calc'!A0,no,`,
      `${AT},${AT},-2+3,`,
      `${AT},${AT},yes,@SUM(1+1)*cmd|' /C calc'!A0`,
      `"${MARKUP.replaceAll('"', '""')}",${AT},no,`,
    ].join('\n');
    await page.getByLabel('Or paste CSV text').fill(csv);
    await page.getByRole('button', { name: 'Analyse pasted text' }).click();
    const problems = page.locator('.csv-errors');
    await expect(problems).toContainText(`"=cmd|' /C calc'!A0" is not a valid ISO 8601 timestamp`);
    await expect(problems).toContainText('"+1+cmd');
    await expect(problems).toContainText('-2+3');
    await expect(problems).toContainText('"@SUM(1+1)');
    await expect(problems).toContainText('"><img src=x onerror=');
    await expectInert(page);
    expect(errors).toEqual([]);
  });
});
