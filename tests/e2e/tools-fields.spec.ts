import { expect, test, type Page } from '@playwright/test';

/**
 * One number reading everywhere (src/lib/field.ts): on every percentage field
 * of every tool, "15%" gives the same page as "15", and "0,75" the same as
 * "0.75". The whole tool's text is compared, so any field that read the two
 * spellings differently, or refused one, would show.
 */
const FIELDS: { tool: string; component: string; label: string }[] = [
  { tool: 'error-budget', component: 'ErrorBudgetTool', label: 'SLO' },
  { tool: 'budget-status', component: 'BudgetStatusTool', label: 'SLO' },
  { tool: 'burn-rate', component: 'BurnRateTool', label: 'SLO' },
  { tool: 'burn-rate', component: 'BurnRateTool', label: 'Error rate to simulate' },
  { tool: 'burn-rate', component: 'BurnRateTool', label: 'Row 1 budget share' },
  { tool: 'availability', component: 'AvailabilityTool', label: 'Component 1 availability' },
  { tool: 'availability', component: 'AvailabilityTool', label: 'Service target' },
  { tool: 'availability', component: 'AvailabilityTool', label: 'Budget share for dependencies' },
  { tool: 'dora', component: 'DoraTool', label: 'Change failure rate' },
  { tool: 'dora', component: 'DoraTool', label: 'Deployment rework rate' },
  { tool: 'release-risk', component: 'ReleaseRiskTool', label: 'SLO' },
  { tool: 'release-risk', component: 'ReleaseRiskTool', label: 'Canary traffic' },
  { tool: 'release-risk', component: 'ReleaseRiskTool', label: 'Error rate of the bad version' },
];

async function typed(page: Page, label: string, text: string): Promise<string> {
  const field = page.getByLabel(label, { exact: true }).first();
  await field.fill(text);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  // The result follows the input synchronously once hydrated; a stale marker would mean the text was refused.
  await expect(page.locator('section.result[data-stale="true"]')).toHaveCount(0);
  return page.locator('main').innerText();
}

for (const { tool, component, label } of FIELDS) {
  test(`${tool}: "${label}" reads 15% as 15 and 0,75 as 0.75`, async ({ page }) => {
    await page.goto(`tools/${tool}/`);
    const island = page.locator(`astro-island[component-url*="/${component}."]`).first();
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr', /.*/);
    const plain = await typed(page, label, '15');
    expect(await typed(page, label, '15%')).toBe(plain);
    expect(await typed(page, label, '15 %')).toBe(plain);
    const decimal = await typed(page, label, '0.75');
    expect(decimal).not.toBe(plain);
    expect(await typed(page, label, '0,75')).toBe(decimal);
  });
}
