import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import bankJson from '../../../src/content/quiz/bank.json';
import { deploymentsCsvTooLarge, MAX_DEPLOYMENTS_CSV_BYTES } from '../../../src/lib/dora/deployments-csv';
import { analyseDeploymentsCsv } from '../dora/all-at-once';
import { parseDoraToolParams } from '../../../src/lib/dora/dora-params';
import { hasDirectionControl, showDirectionControls } from '../../../src/lib/field';
import { emptyProgress, setDone, type ProgressState } from '../../../src/lib/progress/progress';
import { importProgressFile, MAX_PROGRESS_FILE_BYTES, progressFile, progressFileTooLarge } from '../../../src/lib/progress/progress-file';
import { quizBankSchema } from '../../../src/lib/quiz/schema';
import { decodeShare } from '../../../src/lib/quiz/share';
import { excerptParts } from '../../../src/lib/search/excerpt';
import { parseComponentNameField } from '../../../src/lib/slo/availability/draft';
import { parseDependencyParams } from '../../../src/lib/slo/availability/dependency-params';
import { parseAvailabilityModel, printAvailabilityModel } from '../../../src/lib/slo/availability/model';
import { parseAvailabilityParams } from '../../../src/lib/slo/availability/params';
import { parseBudgetStatusParams } from '../../../src/lib/slo/budget-status/params';
import { DEFAULT_ALERT_ROWS } from '../../../src/lib/slo/burn-rate/alert-policy';
import { DEFAULT_TOTAL_SELECTOR, parseMetricSelectorField, parseServiceNameField } from '../../../src/lib/slo/burn-rate/export-inputs';
import { openSloYaml } from '../../../src/lib/slo/burn-rate/export-openslo';
import { prometheusRulesYaml } from '../../../src/lib/slo/burn-rate/export-prometheus';
import { parseExportParams } from '../../../src/lib/slo/burn-rate/export-params';
import { parseBurnRateParams } from '../../../src/lib/slo/burn-rate/params';
import { parseErrorBudgetParams } from '../../../src/lib/slo/error-budget/params';
import { sloFromPercent } from '../../../src/lib/slo/slo';
import { parseReleaseRiskParams, RELEASE_RISK_PARAMS } from '../../../src/lib/release-risk/params';
import { parsePaybackParams } from '../../../src/lib/toil/params';
import { parseValueStreamParams, VALUE_STREAM_PARAMS } from '../../../src/lib/value-stream/params';
import type { ParsedParams } from '../../../src/lib/url-params';

/** The same payloads the e2e suite sends (tests/e2e/hostile.ts), as the libraries see them. */
const MARKUP = '"><img src=x onerror="window.__hostile=1"><svg/onload=window.__hostile=1><script>window.__hostile=1</script>';
const HOSTILE = [
  MARKUP,
  'javascript:window.__hostile=1//',
  `${'9'.repeat(6_000)}<img src=x onerror=window.__hostile=1>`,
  '\u202Eelif.exe\u202C \u2066<b>bold</b>\u2069 \u200F99.9',
];

const bank = quizBankSchema.parse(bankJson[0]);

/** Every reader of a shared link, with the parameters it reads. A new tool is one line. */
const LINK_READERS: ReadonlyArray<[string, (search: URLSearchParams) => ParsedParams<unknown>, readonly string[]]> = [
  ['error budget', parseErrorBudgetParams, ['slo', 'window', 'requests', 'calendar']],
  ['budget status', parseBudgetStatusParams, ['slo', 'window', 'elapsed', 'bad', 'failed', 'total']],
  ['burn rate', parseBurnRateParams, ['slo', 'window', 'rows', 'rate']],
  ['burn rate exports', parseExportParams, ['service', 'errors', 'total']],
  ['availability', parseAvailabilityParams, ['model', 'calendar']],
  ['dependency budget', parseDependencyParams, ['target', 'deps', 'share']],
  ['DORA', (s) => parseDoraToolParams(s, { years: [2024, 2025], defaultYear: 2025 }), ['df', 'lt', 'fdrt', 'cfr', 'rework', 'year']],
  ['automation payback', parsePaybackParams, ['minutes', 'per', 'times', 'people', 'build', 'weeks']],
  ['release risk', parseReleaseRiskParams, RELEASE_RISK_PARAMS],
  ['value stream', parseValueStreamParams, VALUE_STREAM_PARAMS],
];

/**
 * Parameters that take free text: Prometheus selectors hold any text in their
 * quotes (and "javascript:window…" reads as a metric name and more). What they
 * accept is only ever text in generated YAML, tested below.
 */
const FREE_TEXT_PARAMS = new Set(['errors', 'total']);

describe('shared links carrying markup, javascript: URLs, long values and direction overrides', () => {
  for (const [tool, read, params] of LINK_READERS) {
    it(`${tool}: every hostile value is refused with a notice naming the parameter (no direction control in it), as an empty one is`, () => {
      // What the tool falls back to for a bad value: usually the default, for a Little's law input no estimate.
      const defaults = read(new URLSearchParams(params.map((p) => [p, '']))).values;
      for (const value of HOSTILE) {
        const { values, notices } = read(new URLSearchParams(params.map((p) => [p, value])));
        const named = new Set(notices.map((n) => n.param));
        const accepted = params.filter((p) => !named.has(p));
        expect(accepted.filter((p) => !FREE_TEXT_PARAMS.has(p))).toEqual([]);
        if (accepted.length === 0) expect(values).toEqual(defaults);
        for (const notice of notices) expect(hasDirectionControl(notice.message)).toBe(false);
      }
    });
  }

  it('quiz result: a hostile answer code is refused as damaged, without echoing it', () => {
    for (const value of HOSTILE) {
      const decoded = decodeShare(value, bank);
      expect(decoded).toMatchObject({ ok: false, reason: 'tampered' });
      if (!decoded.ok) expect(decoded.message).not.toContain(value.slice(0, 10));
    }
  });

  it('direction controls are written as code points, and nothing else changes (Unicode bidi controls, CVE-2021-42574)', () => {
    expect(showDirectionControls('a\u202Eb\u2066c\u2069\u200F\u061C')).toBe('a[U+202E]b[U+2066]c[U+2069][U+200F][U+061C]');
    const unit = fc.constantFrom('a', ' ', '<', 'é', '\u05D0', '\u202A', '\u202E', '\u2066', '\u2069', '\u200E', '\u200F', '\u061C');
    fc.assert(fc.property(fc.string({ unit }), (text) => !hasDirectionControl(showDirectionControls(text))));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => hasDirectionControl(text) || showDirectionControls(text) === text));
  });
});

describe('names and selectors that end up in exports', () => {
  const exportsFor = (serviceName: string, errorSelector: string) => ({
    rules: prometheusRulesYaml({ serviceName, slo: sloFromPercent('99.9'), windowSeconds: 30 * 86_400, rows: DEFAULT_ALERT_ROWS, errorSelector, totalSelector: DEFAULT_TOTAL_SELECTOR }),
    openSlo: openSloYaml({ serviceName, slo: sloFromPercent('99.9'), windowSeconds: 30 * 86_400, ratio: 'bad', selector: errorSelector, totalSelector: DEFAULT_TOTAL_SELECTOR }).yaml,
  });
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

  it('service names and availability component names refuse markup, so it never reaches YAML or a text model', () => {
    expect(parseServiceNameField(`checkout ${MARKUP}`).ok).toBe(false);
    expect(parseComponentNameField(MARKUP).ok).toBe(false);
    expect(parseAvailabilityModel(`serial(${MARKUP}:99.9)`).ok).toBe(false);
    expect(parseAvailabilityModel(`serial(api:99.9,${'<b>'}:99)`).ok).toBe(false);
  });

  it('a printed availability model always reads back as the same model', () => {
    const parsed = parseAvailabilityModel('serial(api:99.95,parallel(db:99.99,queue:99.9),kofn(2,a-1:99,b_2:99,c.3:99))');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parseAvailabilityModel(printAvailabilityModel(parsed.value))).toEqual(parsed);
  });

  // Generates and parses two YAML documents per run: 30 s, as a loaded machine can take several.
  it('a selector holding markup in its label value is exported as text and both YAML documents stay well-formed', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(MARKUP), fc.string({ unit: 'grapheme', maxLength: 60 })), (label) => {
        const selector = `http_requests_total{job=${JSON.stringify(label)}}`;
        const field = parseMetricSelectorField(selector);
        if (!field.ok) return;
        const { rules, openSlo } = exportsFor('checkout', field.value);
        expect(strings(parseYaml(rules)).some((s) => s.includes(field.value))).toBe(true);
        expect(strings(parseYaml(openSlo)).some((s) => s.includes(field.value))).toBe(true);
      }),
    );
  });

  it('a selector with a direction control is refused: the exported rules would read differently from what they run', () => {
    const field = parseMetricSelectorField('http_requests_total{job="api\u202E"}');
    expect(field).toEqual({ ok: false, message: expect.stringContaining('invisible text-direction character') });
  });
});

describe('progress import files', () => {
  const at = new Date('2024-05-06T09:12:00Z');
  const ids = ['two-hats', 'sre-principles'];
  const here: ProgressState = setDone(emptyProgress(), 'two-hats', true, at);
  const snapshot = JSON.stringify(here);
  const file = (fields: Record<string, unknown>) => JSON.stringify({ ...progressFile(emptyProgress(), '', at), ...fields });

  it('a __proto__ and constructor payload pollutes no prototype and imports only real lessons', () => {
    const done = `{"status":"done","updatedAt":"${at.toISOString()}","polluted":1}`;
    const text = file({ lastOpened: '__proto__' })
      .replace('"lessons":{}', `"lessons":{"__proto__":${done},"constructor":${done},"prototype":${done},"sre-principles":${done}}`)
      .replace(/^\{/, '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},');
    const result = importProgressFile(text, here, '', ids);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(result).toMatchObject({ ok: true, imported: 1 });
    if (!result.ok) return;
    expect(Object.keys(result.state.lessons).sort()).toEqual(['sre-principles', 'two-hats']);
    expect(Object.getPrototypeOf(result.state.lessons)).toBe(Object.prototype);
    expect(result.state.lastOpened).toBe(here.lastOpened);
    expect(JSON.stringify(here)).toBe(snapshot);
  });

  it('a 50 MB file is refused on its size, before it is read', () => {
    expect(progressFileTooLarge(50 * 1024 * 1024)).toMatch(/too large to be a progress file/);
    expect(progressFileTooLarge(MAX_PROGRESS_FILE_BYTES)).toBeNull();
  });

  const refused: Array<[string, string, RegExp]> = [
    ['a binary file', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)).toString('utf8'), /not valid JSON/],
    ['a file over the size cap', ' '.repeat(MAX_PROGRESS_FILE_BYTES + 1), /too large/],
    ['deeply nested JSON', file({ lessons: 0 }).replace('"lessons":0', `"lessons":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`), /damaged \(at lessons\.a/],
    ['deeply nested arrays', `${'['.repeat(40_000)}${']'.repeat(40_000)}`, /not a Flow & Stability progress file/],
    ['a file from a future version', file({ version: 99 }), /newer version of the site \(format 99\)/],
    ['a version that is not a number', file({ version: '1' }), /damaged \(at version\)/],
  ];
  for (const [what, text, message] of refused) {
    it(`${what} is refused with a clear message and changes nothing`, () => {
      expect(importProgressFile(text, here, '', ids)).toEqual({ ok: false, message: expect.stringMatching(message) });
      expect(JSON.stringify(here)).toBe(snapshot);
    });
  }
});

describe('deployment CSVs', () => {
  const HEADER = 'deployed_at,oldest_commit_at,failed,restored_at';
  const AT = '2024-05-06T09:12:00Z';

  it('formula cells (=, +, -, @, and tab or CR first) are data: each row is refused and the cell quoted as text (OWASP CSV injection)', () => {
    const formulas = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1+1)', '\t=1+1', '\r=1+1'];
    const rows = formulas.map((f) => `"${f}",${AT},no,`);
    const analysis = analyseDeploymentsCsv([HEADER, ...rows].join('\n'));
    expect(analysis.rowsAccepted).toBe(0);
    expect(analysis.errorCount).toBe(formulas.length);
    expect(analysis.errors[0]?.message).toContain(`"=cmd|' /C calc'!A0" is not a valid ISO 8601 timestamp`);
  });

  it('a 200 MB file is refused on its size, before it is read', () => {
    expect(deploymentsCsvTooLarge(200 * 1024 * 1024)).toBe('This file is 200 MB; the tool reads files up to 50 MB, so it was not read. Nothing was changed.');
    expect(deploymentsCsvTooLarge(MAX_DEPLOYMENTS_CSV_BYTES)).toBeNull();
  });

  it('the site writes no CSV and copies no cells; if one ever does, SECURITY.md says to neutralise formula cells first', () => {
    // Downloads (a Blob, or the downloadText helper) and clipboard writes are where a CSV could leave the site.
    const src = join(import.meta.dirname, '../../../src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx|astro)$/.test(f));
    const writers = files.filter((f) => /new Blob\(|downloadText\(|clipboard\.write/.test(readFileSync(join(src, f), 'utf8')));
    expect(writers.length).toBeGreaterThan(0);
    for (const f of writers) expect(readFileSync(join(src, f), 'utf8'), f).not.toMatch(/text\/csv|\.csv\b|deployments-csv/);
  });
});

describe('search excerpts', () => {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

  it('read back the escaped text exactly, with the matches marked (any text, markup included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: 'grapheme' }), (before, match, after) => {
        const parts = excerptParts(`${escape(before)}<mark>${escape(match)}</mark>${escape(after)}`);
        expect(parts).toEqual([
          ...(before ? [{ text: before, marked: false }] : []),
          { text: match, marked: true },
          ...(after ? [{ text: after, marked: false }] : []),
        ]);
      }),
    );
  });

  it('markup that is not <mark> stays its characters, so it can only ever become text', () => {
    expect(excerptParts(`a ${MARKUP} <mark>b</mark>`)).toEqual([
      { text: `a ${MARKUP} `, marked: false },
      { text: 'b', marked: true },
    ]);
    expect(excerptParts('&lt;script&gt; &#x3C;b&#x3E; &#60; &amp;lt; &bogus; &#0;')).toEqual([{ text: '<script> <b> < &lt; &bogus; &#0;', marked: false }]);
  });
});
