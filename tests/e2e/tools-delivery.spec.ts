import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { kb, pageWeight } from './weights';

/**
 * The two delivery calculators: release blast radius and value stream flow.
 * Figures quote shared/reference/delivery-math.md (Site Reliability Workbook
 * 2018 ch. 16; Rother & Shook 1999; Martin & Osterling 2013; Little 1961).
 */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function expectNoBrokenNumbers(page: Page) {
  expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined/);
}

async function hydrated(page: Page, component: string) {
  const island = page.locator(`astro-island[component-url*="/${component}."]`).first();
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
}

const value = (scope: Locator) => scope.first().getAttribute('value');

test.describe('Release blast radius (/tools/release-risk/)', () => {
  const result = (page: Page) => page.locator('.release-risk section.result');
  const budget = (page: Page) => result(page).locator('.big-number data');

  test("the issue's link: a 5% canary failing 20% makes 1% of all requests fail (Workbook ch. 16); 9 s of outage against 180 s all at once", async ({ page }) => {
    await page.goto('tools/release-risk/?strategy=canary&traffic=5&errors=20&detect=10m&rollback=5m&slo=99.9&window=30d');
    await hydrated(page, 'ReleaseRiskTool');
    await expect(page.getByLabel('Canary traffic')).toHaveValue('5');
    const stats = result(page).locator('.stat-list');
    expect(Number(await value(stats.locator('div', { hasText: 'Error rate of the whole service' }).locator('data')))).toBe(0.01);
    await expect(stats.locator('div', { hasText: 'Full-outage equivalent' }).locator('time')).toHaveAttribute('datetime', 'PT9S');
    expect(Number(await value(budget(page)))).toBeCloseTo(9 / 2592, 12);
    const table = page.getByRole('table', { name: /Canary against the same release all at once/ });
    await expect(table.getByRole('row', { name: /All at once/ }).locator('time')).toHaveAttribute('datetime', 'PT3M');
    await expect(result(page)).toContainText('20 times less than all at once');
    await expectNoBrokenNumbers(page);
    await expectNoAxeViolations(page);
  });

  test('the worked example: 10% at 50%, 4 min + 2 min, spends 18 s, 0.694% of 2,592 s (delivery-math.md)', async ({ page }) => {
    await page.goto('tools/release-risk/?strategy=canary&traffic=10&errors=50&detect=4m&rollback=2m&slo=99.9&window=30d');
    await hydrated(page, 'ReleaseRiskTool');
    expect(Number(await value(budget(page)))).toBeCloseTo(0.00694444, 8);
    await expect(result(page).locator('.big-number')).toContainText('0.694%');
    await expect(result(page).locator('.big-number time').first()).toHaveAttribute('datetime', 'PT43M12S');
  });

  test('a progressive rollout names the step where it was caught, with each step in a table', async ({ page }) => {
    await page.goto('tools/release-risk/?strategy=progressive&steps=10,50,100&bake=30m&errors=50&detect=34m&rollback=2m&slo=99.9&window=30d');
    await hydrated(page, 'ReleaseRiskTool');
    const steps = page.getByRole('table', { name: /Detected at step 2, with 50% of traffic/ });
    await expect(steps.getByRole('row')).toHaveCount(3);
    // 0.5 × (10% × 1,800 s + 50% × 360 s) = 180 s, the deployment strategies lesson's unevaluated canary; all at once, 0.5 × 2,160 s = 1,080 s.
    await expect(result(page).locator('.stat-list div', { hasText: 'Full-outage equivalent' }).locator('time')).toHaveAttribute('datetime', 'PT3M');
    await expect(result(page)).toContainText('spends 6 times less than all at once');
  });

  test('bad input gets a message next to its field; the last valid result stays, marked stale; switching strategy keeps the typed text', async ({ page }) => {
    await page.goto('tools/release-risk/');
    await hydrated(page, 'ReleaseRiskTool');
    const before = await value(budget(page));
    const traffic = page.getByLabel('Canary traffic');
    for (const [typed, message] of [
      ['100', /less than 100%: a canary with all the traffic is an all-at-once release/],
      ['0', /more than 0%: a canary with no traffic tests nothing/],
      ['lots', /Canary traffic must be a number/],
    ] as const) {
      await traffic.fill(typed);
      await expect(traffic).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#release-risk-traffic-error')).toHaveText(message);
      await expect(result(page)).toHaveAttribute('data-stale', 'true');
      expect(await value(budget(page))).toBe(before);
    }
    await page.getByLabel('Time to detect').fill('31d');
    await expect(page.locator('#release-risk-detect-error')).toContainText('shorter than the SLO window');
    await page.getByLabel('Time to detect').fill('10m');
    await page.getByLabel('Rollout strategy').selectOption('all-at-once');
    await expect(result(page)).toHaveAttribute('data-stale', 'false');
    await page.getByLabel('Rollout strategy').selectOption('canary');
    await expect(page.getByLabel('Canary traffic')).toHaveValue('lots');
    await expectNoBrokenNumbers(page);
  });

  test('a tampered link falls back to the defaults with a notice naming each parameter', async ({ page }) => {
    await page.goto('tools/release-risk/?strategy=yolo&traffic=150&steps=5,1&utm_source=x');
    await hydrated(page, 'ReleaseRiskTool');
    const notices = page.locator('.notice-list');
    await expect(notices).toContainText('Ignored strategy=yolo from the link');
    await expect(notices).toContainText('Ignored traffic=150 from the link');
    await expect(notices).toContainText('Ignored steps=5,1 from the link');
    await expect(notices).toContainText('Ignored utm_source from the link');
  });

  test('works by keyboard: the strategy and fields are reachable and the result follows', async ({ page }) => {
    await page.goto('tools/release-risk/');
    await hydrated(page, 'ReleaseRiskTool');
    await page.getByLabel('Rollout strategy').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Rollout strategy')).toHaveValue('progressive');
    await expect(page.getByLabel('Rollout steps')).toBeVisible();
    await page.getByLabel('Rollout steps').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Bake time per step')).toBeFocused();
    await expect(page).toHaveURL(/strategy=progressive/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the page shows the worked result for the default inputs', async ({ page }) => {
      await page.goto('tools/release-risk/');
      expect(Number(await value(budget(page)))).toBeCloseTo(9 / 2592, 12);
      await expectNoBrokenNumbers(page);
    });
  });

  test('in the deployment strategies lesson it starts from the lesson\'s canary and links to the full tool', async ({ page }) => {
    await page.goto('lessons/deployment-strategies/');
    await hydrated(page, 'ReleaseRiskTool');
    const tool = page.locator('.release-risk.embedded');
    expect(Number(await value(tool.locator('.big-number data')))).toBeCloseTo(18 / 2592, 12);
    await expect(tool.getByRole('link', { name: 'Open in the full calculator' })).toHaveAttribute('href', /tools\/release-risk\/\?strategy=canary&traffic=10&errors=50/);
    await expect(page).toHaveURL(/\/lessons\/deployment-strategies\/$/);
  });
});

test.describe('Value stream flow (/tools/value-stream/)', () => {
  const result = (page: Page) => page.locator('.value-stream section.result');
  const stat = (page: Page, term: string) => result(page).locator('.stat-list > div', { hasText: term });

  test('the worked example: 8.5 h of work in 130.5 h (5 days 10 h 30 min), 6.5% flow efficiency, longest wait before release, 6 days by Little\'s law', async ({ page }) => {
    await page.goto('tools/value-stream/');
    await hydrated(page, 'ValueStreamTool');
    await expect(stat(page, 'Lead time').locator('time')).toHaveAttribute('datetime', 'P5DT10H30M');
    await expect(stat(page, 'Process time').locator('time').first()).toHaveAttribute('datetime', 'PT8H30M');
    expect(Number(await value(stat(page, 'Flow efficiency').locator('data')))).toBeCloseTo(8.5 / 130.5, 12);
    await expect(result(page)).toContainText('Longest wait: release');
    await expect(result(page).locator('strong data')).toHaveAttribute('value', '6');
    await expect(page.getByRole('table', { name: 'Stages and their share of the lead time' }).getByRole('row')).toHaveCount(5);
    await expect(page.getByRole('img', { name: /process and wait time/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the issue's link loads its four stages; the text form and the rows stay in step", async ({ page }) => {
    await page.goto('tools/value-stream/?stages=code:4h:0,review:30m:20h,test:1h:8h,deploy:15m:2d');
    await hydrated(page, 'ValueStreamTool');
    await expect(page.getByLabel('Stage 2 name')).toHaveValue('review');
    await expect(result(page)).toContainText('Longest wait: deploy');
    const text = page.getByLabel('Stages as text');
    await text.fill('a:1h:1h,b:1h:3h');
    await expect(page.getByLabel('Stage 2 wait')).toHaveValue('3h');
    await expect(page.getByLabel('Stage 3 name')).toHaveCount(0);
    await expect(page).toHaveURL(/stages=a:1h:1h,b:1h:3h/);
  });

  test('bad input: duplicate names, zero process time everywhere and a malformed list each get a message; the last result stays, marked stale', async ({ page }) => {
    await page.goto('tools/value-stream/');
    await hydrated(page, 'ValueStreamTool');
    await page.getByLabel('Stage 2 name').fill('Plan');
    await expect(page.locator('#value-stream-stage-2-name-error')).toContainText("repeats stage 1's name");
    await expect(result(page)).toHaveAttribute('data-stale', 'true');
    await page.getByLabel('Stage 2 name').fill('build');
    for (const n of [1, 2, 3]) await page.getByLabel(`Stage ${n} process time`).fill('0');
    const lead = await stat(page, 'Lead time').locator('time').getAttribute('datetime');
    await page.getByLabel('Stage 4 process time').fill('0');
    await expect(result(page)).toHaveAttribute('data-stale', 'true');
    await expect(page.locator('#value-stream-stages-error')).toContainText('flow efficiency (process time ÷ lead time) is undefined');
    await expect(stat(page, 'Lead time').locator('time')).toHaveAttribute('datetime', lead ?? '');
    await page.getByLabel('Stages as text').fill('a:1h');
    await expect(page.locator('#value-stream-text-error')).toContainText('must be name:process:wait');
    await page.getByLabel('Stage 1 wait').fill('-2h');
    await expect(page.locator('#value-stream-stage-1-wait-error')).toContainText("can't be negative");
    await expectNoBrokenNumbers(page);
  });

  test('stage names with markup are shown as text, never as markup', async ({ page }) => {
    await page.goto(`tools/value-stream/?stages=${encodeURIComponent('<b>x</b> <img src=x onerror=alert(1)>:1h:2h')}`);
    await hydrated(page, 'ValueStreamTool');
    await expect(page.getByRole('table', { name: 'Stages and their share of the lead time' })).toContainText('<b>x</b> <img src=x onerror=alert(1)>');
    await expect(result(page).locator('b, img')).toHaveCount(0);
  });

  test('a stage can be added and removed by keyboard', async ({ page }) => {
    await page.goto('tools/value-stream/');
    await hydrated(page, 'ValueStreamTool');
    await page.getByRole('button', { name: 'Add a stage' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Stage 5 name')).toHaveValue('stage 5');
    await page.getByRole('button', { name: 'Remove stage 5' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Stage 5 name')).toHaveCount(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the page shows the worked example', async ({ page }) => {
      await page.goto('tools/value-stream/');
      await expect(stat(page, 'Lead time').locator('time')).toHaveAttribute('datetime', 'P5DT10H30M');
      await expect(page.getByRole('button', { name: 'Add a stage' })).toBeHidden();
    });
  });

  test('the flow lesson embeds it on its worked example', async ({ page }) => {
    await page.goto('lessons/flow-and-batch-size/');
    await hydrated(page, 'ValueStreamTool');
    const tool = page.locator('.value-stream.embedded');
    await expect(tool.locator('.stat-list > div', { hasText: 'Lead time' }).locator('time')).toHaveAttribute('datetime', 'P5DT10H30M');
    await expect(tool.getByRole('link', { name: 'Open in the full calculator' })).toHaveAttribute('href', /tools\/value-stream\/\?stages=plan:1h/);
  });
});

/**
 * Everything each page can load (on load and on demand), gzip. The goal for a
 * smaller tool is 17 KB (issue #11); value stream is within it. Release risk
 * is above it (#13 asks for 17): it shares the SLO settings store and the SRE
 * field code with the SRE tools, which cost the same there. Ceilings only fall.
 */
const DELIVERY_JS_CEILINGS_KB: Record<string, number> = {
  // The measured sizes plus about 0.02 KB (2026-12-05): release risk 17.17 KB, value stream 14.67 KB,
  // each with the offline registration (0.35 KB, issue #14). Earlier changes: git log -L on this list.
  'tools/release-risk/': 17.19,
  'tools/value-stream/': 14.69,
};

test('the delivery tool pages stay within their JavaScript ceilings (gzip)', () => {
  const over: string[] = [];
  for (const [path, ceiling] of Object.entries(DELIVERY_JS_CEILINGS_KB)) {
    const weight = pageWeight(path);
    const total = weight.js + weight.lazyJs;
    console.log(`/${path}: ${kb(weight.js)} of JavaScript on load, ${kb(total)} with what loads on demand`);
    if (total > ceiling * 1024) over.push(`/${path}: ${kb(total)} (ceiling ${ceiling} KB)`);
  }
  expect(over).toEqual([]);
});
