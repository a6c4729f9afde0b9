import type { Page } from '@playwright/test';

/**
 * Collects what should never happen on a page: console errors, uncaught
 * exceptions, and Content-Security-Policy violations. Chromium also logs a
 * violation to the console, but the `securitypolicyviolation` event names the
 * directive and the blocked source, and fires for report-only cases too.
 * Call before `page.goto`.
 */
export async function watchForErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.exposeBinding('__reportCspViolation', (_source, violation: string) => {
    errors.push(`CSP violation: ${violation}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      const report = (window as unknown as { __reportCspViolation(v: string): void }).__reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${where}${event.sample ? ` (${event.sample})` : ''}`);
    });
  });
  return errors;
}
