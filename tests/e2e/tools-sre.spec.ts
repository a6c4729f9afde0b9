import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { kb, pageWeight } from './weights';

/**
 * The four SRE calculators: each opened from a shared link, typed into,
 * given bad input, opened from a tampered link, and read without
 * JavaScript. Expected figures come from the slo-math reference (SRE book
 * 2016, Workbook 2018, "The Calculus of Service Availability" 2017).
 */

const STALE_NOTE = 'Showing the last valid result; fix the highlighted field to update it.';

/** Islands hydrate when visible; typing before that would be lost. */
async function hydrated(page: Page) {
  await page.locator('.sre-tool').first().scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has(.sre-tool)')).not.toHaveAttribute('ssr', /.*/);
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

const result = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
const times = (scope: Locator) => scope.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
const dataValue = (scope: Locator) => scope.getAttribute('value');

async function expectNoBrokenNumbers(page: Page) {
  expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined/);
}

async function expectStale(region: Locator) {
  await expect(region).toHaveAttribute('data-stale', 'true');
  await expect(region).toContainText(STALE_NOTE);
}

/** The field's message is next to it and announced with it. */
async function expectFieldError(field: Locator, message: string | RegExp) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
}

test.describe('error budget calculator', () => {
  test('a shared link shows 99.9% of 30 days as 43m 12s, 1,000 of 1,000,000 requests, and the SRE book table (SRE book 2016 ch. 3; Workbook 2018 policy appendix)', async ({ page }) => {
    await open(page, 'tools/error-budget/?slo=99.9&window=30d&requests=1000000&calendar=sre');
    const budget = result(page, 'Error budget');
    await expect(budget.locator('.big-number time')).toHaveAttribute('datetime', 'PT43M12S');
    await expect(budget.locator('.big-number time')).toHaveText('43m 12s');
    await expect(budget.locator('data[value="1000"]')).toHaveText('1,000');
    const table = page.getByRole('table', { name: /Allowed bad time per period at 99.9%/ });
    await expect(table).toContainText('Months of 30 days, quarters of 90 days and years of 365 days');
    // Day 86.4 s, week 604.8 s, 30 days 2592 s, 90 days, 365 days 8h 45m 36s.
    expect((await times(table)).filter((_, i) => i % 2 === 1)).toEqual(['PT1M26.4S', 'PT10M4.8S', 'PT43M12S', 'PT2H9M36S', 'PT8H45M36S']);
  });

  test('99.95% over 28 days is 20m 9.6s; the Gregorian calendar makes a year 8h 45m 57s at 99.9%', async ({ page }) => {
    await open(page, 'tools/error-budget/?slo=99.95&window=28d&calendar=gregorian');
    await expect(result(page, 'Error budget').locator('.big-number time')).toHaveAttribute('datetime', 'PT20M9.6S');
    await page.getByLabel('SLO', { exact: true }).fill('99.9');
    const table = page.getByRole('table', { name: /per period/ });
    await expect(table).toContainText('365.2425 days');
    await expect(table.getByRole('row', { name: /Year/ }).locator('time').last()).toHaveAttribute('datetime', 'PT8H45M56.952S');
  });

  test('typing updates the result and the URL; 99,9 reads as 99.9; the reverse form finds the SLO', async ({ page }) => {
    await open(page, 'tools/error-budget/');
    await page.getByLabel('SLO', { exact: true }).fill('99,95');
    await page.getByLabel('Window', { exact: true }).fill('30d');
    await expect(result(page, 'Error budget').locator('.big-number time')).toHaveAttribute('datetime', 'PT21M36S');
    await expect(page).toHaveURL(/\?slo=99\.95&window=30d&requests=1000000&calendar=sre$/);
    await page.getByLabel('Requests in the window').fill('2,050,000');
    await expect(result(page, 'Error budget').locator('data[value="1025"]')).toBeVisible();

    await page.getByLabel('Allowed bad time', { exact: true }).fill('4h 22m 48s');
    await page.getByLabel('Time window').fill('365d');
    await expect(result(page, 'SLO for this bad time').locator('data')).toHaveAttribute('value', '99.95');
    await page.getByLabel('Allowed failed requests', { exact: true }).fill('1');
    await expect(result(page, 'SLO for these failures').locator('data')).toHaveAttribute('value', '99.9999');
  });

  test('bad input: a message next to the field, the last result kept and marked stale, no NaN', async ({ page }) => {
    await open(page, 'tools/error-budget/');
    const slo = page.getByLabel('SLO', { exact: true });
    const budget = result(page, 'Error budget');
    for (const [typed, message] of [
      ['100', /SLO must be less than 100%: 100% leaves no error budget/],
      ['abc', /SLO must be a number/],
      ['0', /SLO must be more than 0%/],
      ['-5', /SLO must be at least 0%/],
      ['', /Enter a value for SLO/],
    ] as const) {
      await slo.fill(typed);
      await expectFieldError(slo, message);
      await expectStale(budget);
      await expect(budget.locator('.big-number time')).toHaveAttribute('datetime', 'PT43M12S');
      await expectNoBrokenNumbers(page);
    }
    await slo.fill('99.9');
    await page.getByLabel('Window', { exact: true }).fill('30');
    await expectFieldError(page.getByLabel('Window', { exact: true }), /Add a unit to Window/);
    await page.getByLabel('Window', { exact: true }).fill('100y');
    await expectFieldError(page.getByLabel('Window', { exact: true }), /at most 5 years/);
    await page.getByLabel('Requests in the window').fill('1e99');
    await expectFieldError(page.getByLabel('Requests in the window'), /Requests in the window must be (a whole number|a number)/);
    await expectStale(budget);
    // Each message names its field as labelled.
    for (const [label, typed, message] of [
      ['Allowed bad time', '1y', /Allowed bad time must be less than the whole window/],
      ['Time window', '30s', /Time window must be at least 1m\./],
      ['Total requests', '1', /Total requests must be at least 2\./],
    ] as const) {
      const field = page.getByLabel(label, { exact: true });
      await field.fill(typed);
      await expectFieldError(field, message);
    }
    await expect(page).toHaveURL(/slo=99\.9&window=30d/);
    await page.getByLabel('Window', { exact: true }).fill('30d');
    await page.getByLabel('Requests in the window').fill('1000000');
    await expect(budget).toHaveAttribute('data-stale', 'false');
    await expectNoBrokenNumbers(page);
  });

  test('a tampered link falls back to the defaults and names each ignored parameter', async ({ page }) => {
    await open(page, 'tools/error-budget/?slo=abc&window=2s&calendar=mayan');
    const notices = page.getByRole('status').filter({ hasText: 'Ignored' });
    await expect(notices).toContainText('Ignored slo=abc');
    await expect(notices).toContainText('Ignored window=2s');
    await expect(notices).toContainText('Ignored calendar=mayan');
    await expect(result(page, 'Error budget').locator('.big-number time')).toHaveAttribute('datetime', 'PT43M12S');
    await expectNoBrokenNumbers(page);
  });
});

test.describe('error budget status', () => {
  test('a shared link: 25m bad 12 days into 30 at 99.9% is 57.9% spent at burn 1.45, at risk (Workbook 2018 policy appendix)', async ({ page }) => {
    await open(page, 'tools/budget-status/?slo=99.9&window=30d&elapsed=12d&bad=25m');
    const status = result(page, 'Budget status');
    const consumed = Number(await dataValue(status.locator('dd data').first()));
    expect(consumed).toBeCloseTo(1500 / 2592, 12);
    const burn = Number(await dataValue(status.getByRole('definition').filter({ hasText: '×' }).locator('data').first()));
    expect(burn).toBeCloseTo(1500 / 2592 / 0.4, 12);
    await expect(status.locator('.policy-state')).toHaveText('At risk');
    // 30d ÷ 1.4468 = 20d 17h 49m from the window's start.
    await expect(status).toContainText('20d 18h into the');
  });

  test('request-based: 900 of 1,000,000 after 12 of 30 days is 36% of the budget at burn 0.9, healthy', async ({ page }) => {
    await open(page, 'tools/budget-status/?slo=99.9&window=30d&elapsed=12d&failed=900&total=1000000');
    await expect(page.getByRole('radio', { name: 'Failed requests' })).toBeChecked();
    const status = result(page, 'Budget status');
    await expect(status.locator('dd data').first()).toHaveAttribute('value', '0.36');
    await expect(status.locator('.policy-state')).toHaveText('Healthy');
    await expect(status).toContainText('Assumes traffic continues at the rate seen so far');
  });

  test('typing past the budget: consumed over 100%, remaining floored at 0, exhausted, and the URL follows', async ({ page }) => {
    await open(page, 'tools/budget-status/');
    await page.getByLabel('Bad time so far').fill('50m');
    const status = result(page, 'Budget status');
    await expect(status.locator('.policy-state')).toHaveText('Exhausted');
    expect(Number(await dataValue(status.locator('dd data').first()))).toBeCloseTo(3000 / 2592, 12);
    await expect(status.locator('dd data').nth(1)).toHaveAttribute('value', '0');
    await expect(status).toContainText('Halt changes and releases other than P0 fixes and security fixes');
    await expect(page).toHaveURL(/\?slo=99\.9&window=30d&elapsed=12d&bad=50m$/);

    await page.getByRole('radio', { name: 'Failed requests' }).check();
    await page.getByLabel('Failed requests so far').fill('3000');
    await expect(page).toHaveURL(/&failed=3000&total=1000000$/);
    await expect(status.locator('.policy-state')).toHaveText('Exhausted');
  });

  test('bad input keeps the last result, marked stale, with the message next to the field', async ({ page }) => {
    await open(page, 'tools/budget-status/');
    const status = result(page, 'Budget status');
    await page.getByLabel('Time elapsed').fill('31d');
    await expectFieldError(page.getByLabel('Time elapsed'), /can't be longer than the window/);
    await expectStale(status);
    await expect(status.locator('.policy-state')).toHaveText('At risk');
    await page.getByLabel('Time elapsed').fill('12d');
    await page.getByLabel('Bad time so far').fill('13d');
    await expectFieldError(page.getByLabel('Bad time so far'), /can't be more than the time elapsed/);
    await page.getByLabel('Bad time so far').fill('lots');
    await expectFieldError(page.getByLabel('Bad time so far'), /must be a duration/);
    await page.getByRole('radio', { name: 'Failed requests' }).check();
    await page.getByLabel('Failed requests so far').fill('2000000');
    await expectFieldError(page.getByLabel('Failed requests so far'), /can't be more than total requests/);
    await expectStale(status);
    await expectNoBrokenNumbers(page);
  });

  test('a tampered link names the ignored parameters and uses the defaults', async ({ page }) => {
    await open(page, 'tools/budget-status/?slo=99.9&window=30d&elapsed=40d&bad=xyz');
    const notices = page.getByRole('status').filter({ hasText: 'Ignored' });
    await expect(notices).toContainText('Ignored elapsed=40d');
    await expect(notices).toContainText('Ignored bad=xyz');
    await expect(page.getByLabel('Time elapsed')).toHaveValue('12d');
    await expectNoBrokenNumbers(page);
  });
});

test.describe('burn-rate alert planner', () => {
  test('28-day window: burn thresholds 13.44, 5.6, 2.8 and 0.9333 (Workbook 2018 ch. 5, same budget shares)', async ({ page }) => {
    await open(page, 'tools/burn-rate/?slo=99.9&window=28d');
    const table = page.getByRole('table', { name: /Alert rows/ });
    for (const header of ['Severity', 'Long window', 'Short window', 'Burn rate', 'Budget consumed', 'Time to fire']) {
      await expect(table.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
    }
    const burns = await table.locator('tbody tr td:nth-child(5) data').evaluateAll((els) => els.map((e) => Number(e.getAttribute('value'))));
    expect(burns.slice(0, 3)).toEqual([13.44, 5.6, 2.8]);
    expect(burns[3]).toBeCloseTo(0.9333333333333333, 15);
    // Time to fire at 100% errors: 1 h × 13.44 × 0.1% = 48.384 s.
    await expect(table.locator('tbody tr').first().locator('time').last()).toHaveAttribute('datetime', 'PT48.384S');
  });

  test('30-day window: 14.4, 6, 3 and 1; at 0.5% errors the two page rows never fire (Workbook 2018 ch. 5)', async ({ page }) => {
    await open(page, 'tools/burn-rate/?slo=99.9&window=30d&rate=0.5');
    const table = page.getByRole('table', { name: /Alert rows/ });
    const burns = await table.locator('tbody tr td:nth-child(5) data').evaluateAll((els) => els.map((e) => e.getAttribute('value')));
    expect(burns).toEqual(['14.4', '6', '3', '1']);
    const fire = table.locator('tbody tr td:last-child');
    await expect(fire.nth(0)).toHaveText(/^never/);
    await expect(fire.nth(1)).toHaveText(/^never/);
    // 1 d × 0.3% ÷ 0.5% = 14.4 h.
    await expect(fire.nth(2).locator('time')).toHaveAttribute('datetime', 'PT14H24M');
    await expect(page.getByRole('img', { name: 'Time to fire against error rate' })).toBeVisible();
    await page.getByText('Chart data as a table').click();
    await expect(page.getByRole('table', { name: 'Time to fire at a constant error rate, per alert row' })).toBeVisible();
  });

  test('at a 90% SLO the 2%/1h page cannot fire, and says why (Workbook 2018 ch. 5)', async ({ page }) => {
    await open(page, 'tools/burn-rate/?slo=90&window=30d');
    const first = page.getByRole('table', { name: /Alert rows/ }).locator('tbody tr').first();
    await expect(first).toContainText("Can't fire.");
    await expect(first).toContainText('even a total outage spends only 1.39% of the budget in 1h');
  });

  test('rows can be edited, added and removed by keyboard, with labelled fields; the URL follows', async ({ page }) => {
    await open(page, 'tools/burn-rate/');
    await page.getByLabel('Row 2 budget share').fill('2,5');
    await page.getByLabel('Row 2 long window').fill('2h');
    await expect(page).toHaveURL(/rows=page:2:1h,page:2\.5:2h,ticket:10:1d,ticket:10:3d&rate=100$/);
    const table = page.getByRole('table', { name: /Alert rows/ });
    await expect(table.locator('tbody tr').nth(1).locator('td:nth-child(5) data')).toHaveAttribute('value', '9');

    await page.getByRole('button', { name: 'Add a row' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Row 5 severity')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Row 5 budget share')).toBeFocused();
    await page.keyboard.type('5');
    await expect(table.locator('tbody tr')).toHaveCount(5);
    await page.getByRole('button', { name: 'Remove row 1' }).click();
    await expect(page.getByLabel('Row 1 severity')).toBeFocused();
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(page).toHaveURL(/rows=page:2\.5:2h,ticket:10:1d,ticket:10:3d,ticket:5:1d&rate=100$/);

    // 10m is a twelfth of 2h, the default, so only another value is written.
    await page.getByLabel('Row 1 short window').fill('10m');
    await expect(table.locator('tbody tr').first().locator('time').nth(1)).toHaveAttribute('datetime', 'PT10M');
    await page.getByLabel('Row 1 short window').fill('15m');
    await expect(page).toHaveURL(/rows=page:2\.5:2h:15m,/);
  });

  test('the exports follow the inputs, and have Copy and Download buttons', async ({ page }) => {
    await open(page, 'tools/burn-rate/');
    await page.getByLabel('Service name').fill('cart api');
    await page.getByLabel('Error requests selector').fill('http_requests_total{job="cart",code=~"5.."}');
    const rules = page.getByRole('region', { name: 'Prometheus rules', exact: true });
    await expect(rules).toContainText('alert: CartApiErrorBudgetBurn');
    await expect(rules).toContainText('sum(rate(http_requests_total{job="cart",code=~"5.."}[1h]))');
    await expect(rules).toContainText('(14.4 * 0.001)');
    const openSlo = page.getByRole('region', { name: 'OpenSLO document', exact: true });
    await expect(openSlo).toContainText('apiVersion: openslo/v1');
    await expect(openSlo).toContainText('target: 0.999');
    // The page rules' `for: 2m` is explained next to the time to fire it delays.
    await expect(rules).toContainText('for: 2m');
    await expect(page.getByText(/Page rules also wait 2m/)).toBeVisible();
    await expect(page).toHaveURL(/&service=cart%20api&errors=/);
    await expect(page.getByRole('button', { name: 'Copy Prometheus rules' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download OpenSLO document' }).click();
    expect((await download).suggestedFilename()).toBe('cart-api.openslo.yaml');

    await page.getByLabel('Total requests selector').fill('rate(x[5m])');
    await expectFieldError(page.getByLabel('Total requests selector'), /Leave the range|plain selector/);
    await expectStale(page.getByRole('region', { name: 'Generated configuration' }));
    await expect(page.getByRole('region', { name: 'Alert policy' })).toHaveAttribute('data-stale', 'false');
  });

  test('a third export, unit tests for the rules: promtool checks each row fires by its time to fire + for: + 1m; it follows edits and downloads beside the rules', async ({ page }) => {
    await open(page, 'tools/burn-rate/');
    const tests = page.getByRole('region', { name: 'promtool tests', exact: true });
    await expect(page.getByRole('heading', { name: 'Unit tests for these alerts' })).toBeVisible();
    await expect(tests).toContainText('rule_files:\n  - checkout-slo-burn-rate.rules.yml');
    // The 2%/1h page fires after 51.84 s of a full outage (Workbook ch. 5), then waits for: 2m; the outage starts after 3d of history.
    await expect(tests).toContainText('eval_time: 3d3m51s840ms');
    await expect(page.getByText('To run the tests, save both files in one folder')).toBeVisible();

    // 4% of 30 days in 1h is burn 28.8: it fires after 1m 43.68s.
    await page.getByLabel('Row 1 budget share').fill('4');
    await expect(tests).toContainText('eval_time: 3d4m43s680ms');
    await expect(tests).not.toContainText('3d3m51s840ms');
    await page.getByLabel('Service name').fill('cart api');
    await expect(tests).toContainText('rule_files:\n  - cart-api-slo-burn-rate.rules.yml');

    const rulesDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Prometheus rules' }).click();
    expect((await rulesDownload).suggestedFilename()).toBe('cart-api-slo-burn-rate.rules.yml');
    const testsDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download promtool tests' }).click();
    const file = await testsDownload;
    expect(file.suggestedFilename()).toBe('cart-api-slo-burn-rate.test.yml');
    const text = await readFile((await file.path())!, 'utf8');
    expect(text).toContain('# Run beside it: promtool test rules cart-api-slo-burn-rate.test.yml');
    expect(text).toContain('eval_time: 3d4m43s680ms');
  });

  test('bad input: row problems next to their field, the last table kept and marked stale', async ({ page }) => {
    await open(page, 'tools/burn-rate/');
    const policy = result(page, 'Alert policy');
    await page.getByLabel('Row 1 long window').fill('40d');
    await expectFieldError(page.getByLabel('Row 1 long window'), /can't be longer than the SLO window/);
    await expectStale(policy);
    await page.getByLabel('Row 1 long window').fill('1h');
    await page.getByLabel('Row 1 budget share').fill('0');
    await expectFieldError(page.getByLabel('Row 1 budget share'), /Row 1 budget share must be more than 0%\./);
    await page.getByLabel('Row 1 budget share').fill('2');
    await page.getByLabel('Error rate to simulate').fill('150');
    await expectFieldError(page.getByLabel('Error rate to simulate'), /must be at most 100%/);
    await expectStale(policy);
    await expect(policy.locator('tbody tr').first().locator('td:nth-child(5) data')).toHaveAttribute('value', '14.4');
    await expectNoBrokenNumbers(page);
  });

  test('a tampered link names rows and rate and uses the defaults', async ({ page }) => {
    await open(page, 'tools/burn-rate/?rows=page:0:1h&rate=150');
    const notices = page.getByRole('status').filter({ hasText: 'Ignored' });
    await expect(notices).toContainText('Ignored rows=page:0:1h');
    await expect(notices).toContainText('Ignored rate=150');
    await expect(page.getByLabel('Row 4 long window')).toHaveValue('3d');
    await expectNoBrokenNumbers(page);
  });
});

test.describe('composite availability', () => {
  test('three serial components at 99.9% give 99.7003% (slo-math reference; SRE book 2016 ch. 3)', async ({ page }) => {
    await open(page, 'tools/availability/?model=serial(a:99.9,b:99.9,c:99.9)');
    const overall = result(page, 'Overall availability');
    const value = Number(await overall.locator('.big-number data').getAttribute('value'));
    expect(value).toBeCloseTo(0.997002999, 15);
    await expect(overall.locator('.big-number')).toHaveText('99.7003%');
    await expect(overall).toContainText('assume components fail independently');
    // Three equal parts: none limits it more than another, and the text says so.
    await expect(overall).toContainText('All 3 components limit it equally.');
    await expect(overall).not.toContainText('more than any other part');
    // 0.2997001% of 30 days.
    await expect(page.getByRole('table', { name: /Expected downtime per period/ }).getByRole('row', { name: /Month/ }).locator('time').last()).toHaveAttribute(
      'datetime',
      'PT2H9M28.227S',
    );
  });

  test('a model typed without names, serial(99.9,99.9,99.9), works: its items are named by position (issue #11)', async ({ page }) => {
    await open(page, 'tools/availability/');
    const overall = result(page, 'Overall availability');
    const text = page.getByLabel('Model as text');
    await text.fill('serial(99.9,99.9,99.9)');
    await expect(overall.locator('.big-number')).toHaveText('99.7003%');
    await expect(text).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Component 2 name')).toHaveValue('component-2');
    await expect(page.getByLabel('Component 3 availability')).toHaveValue('99.9');
    // What is shared names every item, so the link reads the same model back.
    await expect(page).toHaveURL(/\?model=serial\(component-1:99\.9,component-2:99\.9,component-3:99\.9\)&/);
    // A link with bare items works too, with a percent sign, beside named ones.
    await open(page, 'tools/availability/?model=parallel(db:99.9,99.9%25)');
    await expect(overall.locator('.big-number')).toHaveText('99.9999%');
    await expect(page.getByLabel('Component 2 name')).toHaveValue('component-2');
    await expect(page.getByRole('status').filter({ hasText: 'Ignored' })).toHaveCount(0);
  });

  test('two in parallel at 99.9% give 99.9999%; 2 of 3 at 99.9% give 99.9997002%', async ({ page }) => {
    await open(page, 'tools/availability/?model=parallel(a:99.9,b:99.9)');
    const overall = result(page, 'Overall availability');
    await expect(overall.locator('.big-number')).toHaveText('99.9999%');
    await page.getByLabel('Model as text').fill('kofn(2,a:99.9,b:99.9,c:99.9)');
    await expect(overall.locator('.big-number')).toHaveText('99.9997002%');
    expect(Number(await overall.locator('.big-number data').getAttribute('value'))).toBeCloseTo(3 * 0.999 ** 2 * 0.001 + 0.999 ** 3, 15);
    // Two equal serial parts ahead of a redundant pair tie for the limit, and both are named.
    await page.getByLabel('Model as text').fill('serial(a:99.9,parallel(b:99,c:99),d:99.9)');
    await expect(overall.getByText('limit it most, equally')).toBeVisible();
    await expect(overall.getByText('limit it most, equally').locator('strong')).toHaveText(['a', 'd']);
  });

  test('the form and the text model stay in step both ways, and the URL follows', async ({ page }) => {
    await open(page, 'tools/availability/');
    const overall = result(page, 'Overall availability');
    await expect(overall).toContainText('limits it most');
    await expect(overall.locator('p strong').first()).toHaveText('api');

    await page.getByLabel('Component 1 availability').fill('99.99');
    await expect(page.getByLabel('Model as text')).toHaveValue('serial(api:99.99,parallel(db:99.99,queue:99.9))');
    await expect(page).toHaveURL(/\?model=serial\(api:99\.99,parallel\(db:99\.99,queue:99\.9\)\)&calendar=sre$/);

    await page.getByRole('button', { name: 'Add a component to group 1' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Component 4 name')).toBeFocused();
    await expect(page.getByLabel('Model as text')).toHaveValue('serial(api:99.99,parallel(db:99.99,queue:99.9),component-4:99.9)');
    await expect(overall.locator('p strong').first()).toHaveText('component-4');

    await page.getByLabel('Model as text').fill('serial(web:99.5,kofn(2,x:99,y:99,z:99))');
    await expect(page.getByLabel('Component 1 name')).toHaveValue('web');
    await expect(page.getByLabel('Group 2 kind')).toHaveValue('kofn');
    await expect(page.getByLabel('Group 2: how many must be up')).toHaveValue('2');
    await page.getByRole('button', { name: 'Remove component 1' }).click();
    await expect(page.getByRole('button', { name: 'Add a component to group 1' })).toBeFocused();
    await expect(page.getByLabel('Model as text')).toHaveValue('serial(kofn(2,x:99,y:99,z:99))');
  });

  test('bad input in either view keeps the last result, marked stale', async ({ page }) => {
    await open(page, 'tools/availability/');
    const overall = result(page, 'Overall availability');
    const text = page.getByLabel('Model as text');
    await text.fill('serial(api:99.95,parallel(db:99.99');
    await expectFieldError(text, /missing "\)"/);
    await expectStale(overall);
    await expect(overall.locator('.big-number')).toHaveText('99.94999%');
    await text.fill('serial(api:99,9)');
    await expectFieldError(text, /use a point for decimals/);
    await text.fill('serial(api:99.95,parallel(db:99.99,queue:99.9))');
    await expect(overall).toHaveAttribute('data-stale', 'false');

    await page.getByLabel('Component 2 availability').fill('101');
    await expectFieldError(page.getByLabel('Component 2 availability'), /Component 2 availability must be at most 100%\./);
    await page.getByLabel('Component 1 name').fill('my api');
    await expectFieldError(page.getByLabel('Component 1 name'), /without spaces/);
    await expectStale(overall);
    // The text still shows the last complete model, and says so.
    await expect(text).toHaveAccessibleDescription(/last complete model/);
    await expectNoBrokenNumbers(page);
  });

  test('the dependency budget: 99.99% with 5 dependencies sharing half the budget needs 99.999% each (Treynor et al. 2017)', async ({ page }) => {
    await open(page, 'tools/availability/');
    const needs = result(page, 'Each dependency needs');
    await expect(needs.locator('.big-number')).toHaveText('99.999%');
    await page.getByLabel('Service target').fill('99.9');
    await page.getByLabel('Critical dependencies').fill('4');
    await page.getByLabel('Budget share for dependencies').fill('100');
    await expect(needs.locator('.big-number')).toHaveText('99.975%');
    await expect(page).toHaveURL(/&target=99\.9&deps=4&share=100$/);
    await expect(needs).toContainText('Exact, for 4 equal dependencies');
    // One dependency: the even split is the exact figure, so no second figure is offered.
    await page.getByLabel('Critical dependencies').fill('1');
    await expect(needs.locator('.big-number')).toHaveText('99.9%');
    await expect(needs).not.toContainText('Exact, for');
    await page.getByLabel('Critical dependencies').fill('0');
    await expectFieldError(page.getByLabel('Critical dependencies'), /at least 1/);
    await expectStale(needs);
  });

  test('a tampered model is named in a notice and the example model is used', async ({ page }) => {
    await open(page, 'tools/availability/?model=serial(api:150)&deps=500');
    const notices = page.getByRole('status').filter({ hasText: 'Ignored' });
    await expect(notices).toContainText('Ignored model=serial(api:150)');
    await expect(notices).toContainText('Ignored deps=500');
    await expect(page.getByLabel('Model as text')).toHaveValue('serial(api:99.95,parallel(db:99.99,queue:99.9))');
    await expectNoBrokenNumbers(page);
  });
});

test('the SLO and window last used are picked up by the other SRE tools when their link has none', async ({ page }) => {
  await open(page, 'tools/error-budget/');
  await page.getByLabel('SLO', { exact: true }).fill('99.95');
  await page.getByLabel('Window', { exact: true }).fill('28d');
  await open(page, 'tools/burn-rate/');
  await expect(page.getByLabel('SLO', { exact: true })).toHaveValue('99.95');
  await expect(page.getByLabel('Window', { exact: true })).toHaveValue('28d');
  await expect(page).toHaveURL(/\?slo=99\.95&window=28d&/);
  await open(page, 'tools/budget-status/?slo=99.5');
  await expect(page.getByLabel('SLO', { exact: true })).toHaveValue('99.5');
  await expect(page.getByLabel('Window', { exact: true })).toHaveValue('28d');
});

test('lessons embed the tools with their own inputs and a link to the full calculator', async ({ page }) => {
  await open(page, 'lessons/sli-slo-sla/');
  const tool = page.locator('.sre-tool');
  await expect(tool.locator('.big-number time')).toHaveAttribute('datetime', 'PT40M19.2S');
  await tool.getByLabel('SLO', { exact: true }).fill('99.95');
  await expect(tool.getByRole('link', { name: 'Open in the full calculator' })).toHaveAttribute('href', /\/tools\/error-budget\/\?slo=99\.95&window=28d&/);
  await expect(page).toHaveURL(/\/lessons\/sli-slo-sla\/$/);

  await open(page, 'lessons/availability-arithmetic/');
  await expect(page.locator('.sre-tool .big-number data')).toHaveText('99.94999%');
  await open(page, 'lessons/alerting-on-slos/');
  await expect(page.locator('.sre-tool tbody tr').first().locator('time').last()).toHaveAttribute('datetime', 'PT51.84S');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the error budget page shows 43m 12s for 99.9% over 30 days', async ({ page }) => {
    await page.goto('tools/error-budget/');
    await expect(page.locator('.big-number time')).toHaveAttribute('datetime', 'PT43M12S');
    await expect(page.getByRole('table', { name: /per period/ }).locator('time')).toHaveCount(10);
  });

  test('the budget status page shows the example window, at risk', async ({ page }) => {
    await page.goto('tools/budget-status/');
    await expect(page.locator('.policy-state')).toHaveText('At risk');
    await expect(page.locator('dd data').first()).toHaveText('57.9%');
  });

  test('the burn rate page shows the Workbook rows and the exports', async ({ page }) => {
    await page.goto('tools/burn-rate/');
    await expect(page.getByRole('table', { name: /Alert rows/ }).locator('tbody tr')).toHaveCount(4);
    await expect(page.getByRole('img', { name: 'Time to fire against error rate' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Prometheus rules', exact: true })).toContainText('groups:');
    await expect(page.getByRole('region', { name: 'OpenSLO document', exact: true })).toContainText('apiVersion: openslo/v1');
    await expect(page.getByRole('region', { name: 'promtool tests', exact: true })).toContainText('eval_time: 3d3m51s840ms');
    // Buttons that need JavaScript are not offered without it.
    await expect(page.getByRole('button', { name: 'Add a row' })).toBeHidden();
    await expect(page.getByRole('button', { name: /^Remove row/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  });

  test('the availability page shows the example model, the independence note and the dependency budget', async ({ page }) => {
    await page.goto('tools/availability/');
    await expect(page.locator('.big-number data').first()).toHaveText('99.94999%');
    await expect(page.getByText('These figures assume components fail independently')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Each dependency needs' }).locator('.big-number')).toHaveText('99.999%');
    await expect(page.getByRole('button', { name: /^Add a component/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Remove component/ })).toHaveCount(0);
  });
});

/**
 * JavaScript (gzip) per SRE tool page, everything it can load: on its own plus on demand. Issue #11 set
 * the goals, replacing #3's 15 KB: 17 KB for error budget, budget status and availability, 22 KB for
 * burn rate. Preact with its hooks and the client renderer are 5.7 KB of every island page. These ceilings
 * keep the tools from growing unnoticed; lower them as the code shrinks. Raise one only for a change a
 * learner sees, and say so in the commit.
 */
const SRE_JS_CEILINGS_KB: Record<string, number> = {
  // The measured sizes plus about 0.02 KB (2026-12-05): error budget 15.49 and budget status 16.16 KB,
  // within #11's 17 KB; burn rate 26.33 (18.91 on load; the goal is 22) and availability 17.89 KB (the
  // goal is 17). Each includes the offline registration (0.35 KB, issue #14). Availability's then rose
  // 0.06 KB, to 17.95, on purpose: its text model reads unnamed items, as #11 asks. How they got here:
  // git log -L on this list.
  'tools/error-budget/': 15.51,
  'tools/budget-status/': 16.18,
  'tools/burn-rate/': 26.35,
  'tools/availability/': 17.97,
};

test('SRE tool pages stay within their JavaScript ceilings (gzip)', () => {
  const over: string[] = [];
  for (const [path, ceiling] of Object.entries(SRE_JS_CEILINGS_KB)) {
    const weight = pageWeight(path);
    const total = weight.js + weight.lazyJs;
    console.log(`/${path}: ${kb(weight.js)} of JavaScript in ${weight.jsFiles.length} files, ${kb(total)} with what loads on demand`);
    if (total > ceiling * 1024) over.push(`/${path}: ${kb(total)} (ceiling ${ceiling} KB)`);
  }
  expect(over).toEqual([]);
});

/**
 * The burn rate planner's chart and exports, among them the promtool unit tests of issue #17, load only
 * once the learner edits or opens them (7.4 KB gzip on demand, 4.5 KB of it the test-file generator). Its
 * total ceiling above counts them; this one holds what the page loads on its own, so none of that code
 * moves into the first load unnoticed. The goal (issue #11) is 22 KB for everything the page can load.
 */
const BURN_RATE_ON_LOAD_CEILING_KB = 18.93; // 18.91 KB on 2026-12-05 (see the list above)

test(`the burn rate planner loads at most ${BURN_RATE_ON_LOAD_CEILING_KB} KB at first; the promtool test generator only on demand`, async () => {
  const weight = pageWeight('tools/burn-rate/');
  expect(weight.js).toBeLessThanOrEqual(BURN_RATE_ON_LOAD_CEILING_KB * 1024);
  // rule_files is the first key of a promtool test file: only the generator writes it.
  const writesTests = async (files: string[]) =>
    (await Promise.all(files.map((url) => readFile(`dist/${url.replace(/^\/[^/]+\//, '')}`, 'utf8')))).some((code) => code.includes('rule_files'));
  expect(await writesTests(weight.jsFiles)).toBe(false);
  expect(await writesTests(weight.lazyJsFiles)).toBe(true);
});
