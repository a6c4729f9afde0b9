import { expect, type Locator, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { parseAvailabilityModel } from '../../src/lib/slo/availability/model';
import { parseStagesText } from '../../src/lib/value-stream/form';

/**
 * Hostile input for the pages that take someone else's text: a shared link,
 * or a name typed or pasted into a field that ends up in an export. Every
 * payload that could run sets `window.__hostile`, so running it is
 * detectable, and `expectInert` looks for what it would leave in the DOM.
 */
export const MARKUP = '"><img src=x onerror="window.__hostile=1"><svg/onload=window.__hostile=1><script>window.__hostile=1</script><b>bold</b>';

export const HOSTILE_VALUES: Record<string, string> = {
  'markup and script': MARKUP,
  'a javascript: URL': 'javascript:window.__hostile=1//',
  'a 6,000-character value': `${'9'.repeat(6_000)}<img src=x onerror=window.__hostile=1>`,
  'unicode direction overrides': '\u202Eelif.exe\u202C \u2066<b>bold</b>\u2069 \u200F99.9',
};

/**
 * The pages that read state from their URL, and the parameters each reads.
 * A new tool is one more line. `echoes: false` marks a page that rejects a bad
 * link without repeating its value.
 */
export const LINK_READERS: ReadonlyArray<{ path: string; params: readonly string[]; echoes?: false }> = [
  { path: 'tools/error-budget/', params: ['slo', 'window', 'requests', 'calendar'] },
  { path: 'tools/budget-status/', params: ['slo', 'window', 'elapsed', 'bad', 'failed', 'total'] },
  { path: 'tools/burn-rate/', params: ['slo', 'window', 'rows', 'rate', 'service', 'errors', 'total'] },
  { path: 'tools/availability/', params: ['model', 'calendar', 'target', 'deps', 'share'] },
  { path: 'tools/dora/', params: ['df', 'lt', 'fdrt', 'cfr', 'rework', 'year'] },
  { path: 'tools/automation-payback/', params: ['minutes', 'per', 'times', 'people', 'build', 'weeks'] },
  { path: 'tools/release-risk/', params: ['strategy', 'traffic', 'errors', 'detect', 'rollback', 'steps', 'bake', 'slo', 'window', 'requests'] },
  { path: 'tools/value-stream/', params: ['stages', 'wip', 'throughput'] },
  { path: 'quiz/result/', params: ['a'], echoes: false },
];

/** Every string inside a parsed YAML document. */
function yamlStrings(text: string): string[] {
  const strings: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(parseYaml(text));
  return strings;
}

/** How an export is read back: its strings, or an error when it is not well-formed. */
export const READ_YAML = yamlStrings;
export function READ_AVAILABILITY_MODEL(text: string): string[] {
  const parsed = parseAvailabilityModel(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return [text];
}

export function READ_STAGES(text: string): string[] {
  const parsed = parseStagesText(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value.map((stage) => stage.name);
}

/**
 * Fields whose text ends up in an export: each gets `wrap(MARKUP)` typed in.
 * The field either refuses it (with its error) or the exports carry it as
 * text and still read back with `read`. A new tool is one more line.
 */
export const NAMED_EXPORTS: ReadonlyArray<{
  path: string;
  field: string;
  wrap: (markup: string) => string;
  exports: readonly string[];
  read: (text: string) => string[];
}> = [
  { path: 'tools/availability/', field: 'Component 1 name', wrap: (m) => m, exports: ['Model as text'], read: READ_AVAILABILITY_MODEL },
  { path: 'tools/burn-rate/', field: 'Service name', wrap: (m) => `checkout ${m}`, exports: ['Prometheus rules', 'OpenSLO document'], read: READ_YAML },
  { path: 'tools/value-stream/', field: 'Stage 1 name', wrap: () => '<b>bold</b><svg/onload=__hostile=1>', exports: ['Stages as text'], read: READ_STAGES },
  { path: 'tools/burn-rate/', field: 'Error requests selector', wrap: (m) => `http_requests_total{job=${JSON.stringify(m)}}`, exports: ['Prometheus rules', 'OpenSLO document'], read: READ_YAML },
];

/** Links stay under 8 KB, what many servers and CDNs accept (Node's own limit is 16 KB of headers). */
const MAX_LINK_CHARS = 8_000;

/**
 * The page with every parameter set to `value`, plus an unknown parameter
 * named `value`; a value too long to repeat goes in the first parameter only.
 */
export function hostileUrl(path: string, params: readonly string[], value: string): string {
  const everywhere = new URLSearchParams([...params.map((name) => [name, value]), [value, value]]).toString();
  const query = everywhere.length <= MAX_LINK_CHARS ? everywhere : new URLSearchParams([[params[0] ?? 'x', value]]).toString();
  return `${path}?${query}`;
}

/** A field's or a code region's text. */
export const textOf = (target: Locator): Promise<string> =>
  target.evaluate((e) => (e instanceof HTMLTextAreaElement || e instanceof HTMLInputElement ? e.value : (e.textContent ?? '')));

/** Waits until the island holding `target` has hydrated (Astro drops its ssr attribute). */
export async function hydratedAround(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: target }).last()).not.toHaveAttribute('ssr', /.*/);
}

/**
 * Nothing the payloads carry ran or became markup: no script set the flag,
 * no element has an event-handler attribute, no URL attribute holds a
 * javascript: URL, and no injected <img>, <b> or <script> exists.
 */
export async function expectInert(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    if ((window as unknown as { __hostile?: unknown }).__hostile !== undefined) problems.push('a payload ran');
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on')) problems.push(`<${element.localName} ${name}="${value}">`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*javascript:/i.test(value)) {
          problems.push(`<${element.localName} ${name}="${value}">`);
        }
      }
    }
    if (document.querySelector('img[src="x"]')) problems.push('an injected <img src=x>');
    if ([...document.querySelectorAll('b')].some((b) => b.textContent === 'bold')) problems.push('an injected <b>');
    if ([...document.scripts].some((script) => script.text.includes('__hostile'))) problems.push('an injected <script>');
    return problems;
  });
  expect(found).toEqual([]);
}

/** Direction controls that could reorder what the page shows (U+061C, U+200E–F, U+202A–E, U+2066–9). */
export const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
