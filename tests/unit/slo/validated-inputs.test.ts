/**
 * Whatever a learner types, once a validator accepts it no calculation may
 * return NaN or Infinity, and the URL form of accepted inputs reads back
 * to the same values without notices.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertPolicyEvaluation } from '../../../src/lib/slo/burn-rate/alert-policy';
import { availabilityReport } from '../../../src/lib/slo/availability/availability';
import { parseAvailabilityModel } from '../../../src/lib/slo/availability/model';
import { budgetStatus, parseBadTimeField, parseElapsedField } from '../../../src/lib/slo/budget-status/budget-status';
import { budgetStatusSearch, parseBudgetStatusParams } from '../../../src/lib/slo/budget-status/params';
import { parseErrorRatePercentField } from '../../../src/lib/slo/burn-rate/burn-rate';
import { burnRateSearch, defaultAlertRowsFor, parseBurnRateParams } from '../../../src/lib/slo/burn-rate/params';
import { dependencyRequirement } from '../../../src/lib/slo/availability/dependency-budget';
import { formatDurationHuman, formatDurationIso } from '../../../src/lib/duration';
import { budgetPerPeriod } from '../../../src/lib/slo/calendar';
import { allowedBadSeconds, allowedFailedRequests, parseRequestCountField, parseWindowField } from '../../../src/lib/slo/error-budget/error-budget';
import { errorBudgetSearch, parseErrorBudgetParams } from '../../../src/lib/slo/error-budget/params';
import { prometheusRulesYaml } from '../../../src/lib/slo/burn-rate/export-prometheus';
import { parseSloField } from '../../../src/lib/slo/slo';

function expectAllFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  } else if (typeof value === 'string') {
    expect(value, path).not.toMatch(/NaN|Infinity|∞|undefined/);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => expectAllFinite(v, `${path}[${i}]`));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (typeof v !== 'bigint') expectAllFinite(v, `${path}.${k}`);
  }
}

// Text a learner might type: mostly plausible, sometimes junk.
const digits = (max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: max });
const decimalText = fc
  .tuple(digits(4), fc.option(digits(14), { nil: undefined }), fc.constantFrom('.', ','))
  .map(([w, f, sep]) => (f === undefined ? w : `${w}${sep}${f}`));
const percentText = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.option(digits(12), { nil: undefined }), fc.constantFrom('.', ','))
  .map(([w, f, sep]) => (f === undefined ? String(w) : `${w}${sep}${f}`));
const sloText = fc.oneof(
  { weight: 6, arbitrary: percentText },
  { weight: 1, arbitrary: fc.constantFrom('99.9', '99,9', '100', '0', '-1', '99.9999999999', 'abc', '') },
  { weight: 1, arbitrary: fc.string() },
);
const durationText = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(decimalText, fc.constantFrom('ms', 's', 'm', 'h', 'd', 'w', 'y', '')).map(([n, u]) => `${n}${u}`) },
  { weight: 2, arbitrary: fc.constantFrom('30d', '28d', '4w', '1y', '1h30m', '5y', '6y', '59s', '0s', '0.07ms') },
  { weight: 1, arbitrary: fc.string() },
);
const countText = fc.oneof(
  { weight: 6, arbitrary: fc.bigInt({ min: -10n, max: 2n ** 60n }).map(String) },
  { weight: 1, arbitrary: fc.string() },
);
const rateText = fc.oneof(
  { weight: 6, arbitrary: percentText },
  { weight: 1, arbitrary: fc.constantFrom('100', '0', '0.1', '101', 'x') },
  { weight: 1, arbitrary: fc.string() },
);

describe('no NaN or Infinity for accepted inputs', () => {
  it('property: error budget figures are finite for every SLO, window and request count the validators accept', () => {
    fc.assert(
      fc.property(sloText, durationText, countText, (s, w, r) => {
        const slo = parseSloField(s);
        const window = parseWindowField(w);
        const requests = parseRequestCountField(r);
        fc.pre(slo.ok && window.ok && requests.ok);
        if (!slo.ok || !window.ok || !requests.ok) return;
        expectAllFinite(allowedBadSeconds(slo.value, window.value));
        expectAllFinite(allowedFailedRequests(slo.value, requests.value));
        for (const calendar of ['sre', 'gregorian', 'julian'] as const) {
          const table = budgetPerPeriod(slo.value, calendar);
          expectAllFinite(table);
          expectAllFinite(table.map((p) => [formatDurationHuman(p.allowedBadSeconds), formatDurationIso(p.allowedBadSeconds)]));
        }
        expectAllFinite(dependencyRequirement(slo.value, 1 + (requests.value % 50)));
      }),
      { numRuns: 500 },
    );
    // 500 runs of exact arithmetic over every calendar: seconds alone, longer on a busy machine.
  }, 30_000);

  it('property: budget status is finite and valid for accepted bad time or request counts', () => {
    fc.assert(
      fc.property(sloText, durationText, durationText, durationText, countText, countText, (s, w, e, b, f, t) => {
        const slo = parseSloField(s);
        const window = parseWindowField(w);
        fc.pre(slo.ok && window.ok);
        if (!slo.ok || !window.ok) return;
        const elapsed = parseElapsedField(e, window.value);
        fc.pre(elapsed.ok);
        if (!elapsed.ok) return;
        const bad = parseBadTimeField(b, elapsed.value);
        const total = parseRequestCountField(t, 'Total', 1);
        const failed = parseRequestCountField(f, 'Failed');
        const base = { slo: slo.value, windowSeconds: window.value, elapsedSeconds: elapsed.value };
        if (bad.ok) {
          const result = budgetStatus({ ...base, measure: { kind: 'time', badSeconds: bad.value } });
          expect(result.ok).toBe(true);
          expectAllFinite(result);
        }
        if (total.ok && failed.ok && failed.value <= total.value) {
          const result = budgetStatus({ ...base, measure: { kind: 'requests', failedRequests: failed.value, totalRequests: total.value } });
          expect(result.ok).toBe(true);
          expectAllFinite(result);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: the alert policy and its Prometheus export are finite for any accepted SLO, window and error rate', () => {
    fc.assert(
      fc.property(sloText, durationText, rateText, (s, w, r) => {
        const slo = parseSloField(s);
        const window = parseWindowField(w);
        const rate = parseErrorRatePercentField(r);
        fc.pre(slo.ok && window.ok && rate.ok);
        if (!slo.ok || !window.ok || !rate.ok) return;
        const rows = defaultAlertRowsFor(window.value);
        fc.pre(rows.length > 0);
        const result = alertPolicyEvaluation(slo.value, window.value, rows, rate.value);
        expect(result.ok).toBe(true);
        expectAllFinite(result);
        const yaml = prometheusRulesYaml({ serviceName: 'svc', slo: slo.value, windowSeconds: window.value, rows, errorSelector: 'e', totalSelector: 't' });
        expect(yaml).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 500 },
    );
  });

  it('property: any model the parser accepts has a finite report', () => {
    const text = fc.oneof(
      fc.constantFrom('serial(a:99.9,b:99.9)', 'kofn(2,a:0,b:100,c:50)', 'parallel(a:0,b:0)', 'a:100'),
      fc.array(fc.constantFrom('serial(', 'parallel(', 'kofn(2,', 'a:', 'b:99.9', '0', '100', ',', ')', ' ', '.5'), { maxLength: 20 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseAvailabilityModel(t);
        if (parsed.ok) expectAllFinite(availabilityReport(parsed.value, 'gregorian'));
        else expect(parsed.message).toMatch(/^(Column \d+: |Enter a model)/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('URL round trips', () => {
  it('property: accepted inputs → query string → inputs, with no notices', () => {
    fc.assert(
      fc.property(sloText, durationText, countText, rateText, (s, w, r, rate) => {
        const eb = parseErrorBudgetParams(new URLSearchParams({ slo: s, window: w, requests: r }));
        const again = parseErrorBudgetParams(new URLSearchParams(errorBudgetSearch(eb.values)));
        expect(again.notices).toEqual([]);
        expect(again.values.slo.budget).toEqual(eb.values.slo.budget);
        expect(again.values.windowSeconds).toBe(eb.values.windowSeconds);
        expect(again.values.requests).toBe(eb.values.requests);

        const br = parseBurnRateParams(new URLSearchParams({ slo: s, window: w, rate }));
        const brAgain = parseBurnRateParams(new URLSearchParams(burnRateSearch(br.values)));
        expect(brAgain.notices.filter((n) => n.message.startsWith('Ignored'))).toEqual([]);
        expect(brAgain.values).toEqual(br.values);
      }),
      { numRuns: 300 },
    );
  });

  it('property: budget status inputs survive the round trip', () => {
    fc.assert(
      fc.property(durationText, durationText, durationText, (w, e, b) => {
        const first = parseBudgetStatusParams(new URLSearchParams({ window: w, elapsed: e, bad: b }));
        const again = parseBudgetStatusParams(new URLSearchParams(budgetStatusSearch(first.values)));
        expect(again.notices).toEqual([]);
        expect(again.values).toEqual(first.values);
      }),
      { numRuns: 300 },
    );
  });
});
