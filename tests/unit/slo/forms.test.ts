/**
 * The tools' forms: typed text in, the inputs the calculations take out, or
 * a message for each field at fault. Figures are the slo-math reference's
 * (SRE book 2016, Workbook 2018).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_ROWS } from '../../../src/lib/slo/burn-rate/alert-policy';
import { budgetStatus } from '../../../src/lib/slo/budget-status/budget-status';
import { budgetStatusFormFrom, checkBudgetStatusForm, type BudgetStatusForm } from '../../../src/lib/slo/budget-status/form';
import { DEFAULT_BUDGET_STATUS_INPUTS } from '../../../src/lib/slo/budget-status/params';
import { alertRowFormFrom, burnRateFormFrom, checkBurnRateForm, parseBudgetShareField, type BurnRateForm } from '../../../src/lib/slo/burn-rate/form';
import { DEFAULT_BURN_RATE_INPUTS, parseBurnRateParams } from '../../../src/lib/slo/burn-rate/params';
import {
  checkDependencyForm,
  DEFAULT_DEPENDENCY_INPUTS,
  dependencyFormFrom,
  dependencySearchPairs,
  parseDependencyParams,
} from '../../../src/lib/slo/availability/dependency-params';
import { dependencyRequirement } from '../../../src/lib/slo/availability/dependency-budget';
import { allowedBadSeconds } from '../../../src/lib/slo/error-budget/error-budget';
import {
  checkErrorBudgetForm,
  checkReverseBudgetForm,
  DEFAULT_REVERSE_FORM,
  errorBudgetFormFrom,
} from '../../../src/lib/slo/error-budget/form';
import { DEFAULT_ERROR_BUDGET_INPUTS, errorBudgetSearch } from '../../../src/lib/slo/error-budget/params';
import { DEFAULT_EXPORT_INPUTS, exportSearchPairs, parseExportParams } from '../../../src/lib/slo/burn-rate/export-params';
import { searchString } from '../../../src/lib/url-params';

const q = (text: string) => new URLSearchParams(text);

describe('error budget form', () => {
  const form = errorBudgetFormFrom(DEFAULT_ERROR_BUDGET_INPUTS);

  it('the default form is the issue URL ?slo=99.9&window=30d&requests=1000000&calendar=sre and reads back to it', () => {
    expect(form).toEqual({ slo: '99.9', window: '30d', requests: '1000000', calendar: 'sre' });
    const { values, errors } = checkErrorBudgetForm(form);
    expect(errors).toEqual({});
    expect(errorBudgetSearch(values!)).toBe('slo=99.9&window=30d&requests=1000000&calendar=sre');
  });

  it('accepts 99,9 and 1,000,000 as typed; 99.9% of 30 days is 2592 s (SRE book)', () => {
    const { values } = checkErrorBudgetForm({ ...form, slo: '99,9', requests: '1,000,000' });
    expect(allowedBadSeconds(values!.slo, values!.windowSeconds)).toBe(2592);
    expect(values!.requests).toBe(1_000_000);
  });

  it('names every bad field and gives no values', () => {
    const { values, errors } = checkErrorBudgetForm({ ...form, slo: '100', window: '30', requests: '-5' });
    expect(values).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['requests', 'slo', 'window']);
    expect(errors.slo).toContain('less than 100%');
    expect(errors.window).toContain('Add a unit');
  });

  it('reverse: 43m 12s of 30 days and 1,000 of 1,000,000 requests are both 99.9% (Workbook policy appendix)', () => {
    const r = checkReverseBudgetForm(DEFAULT_REVERSE_FORM);
    expect(r.errors).toEqual({});
    expect(r.fromTime!.slo.percentText).toBe('99.9');
    expect(r.fromRequests!.slo.percentText).toBe('99.9');
  });

  it('reverse: each half stands alone, and bad time must be shorter than the window', () => {
    const r = checkReverseBudgetForm({ ...DEFAULT_REVERSE_FORM, badTime: '31d' });
    expect(r.fromTime).toBeNull();
    expect(r.errors['reverse-bad']).toContain('less than the whole window');
    expect(r.fromRequests!.slo.percentText).toBe('99.9');
    expect(checkReverseBudgetForm({ ...DEFAULT_REVERSE_FORM, failures: '1000000' }).errors['reverse-failures']).toContain('fewer than');
  });
});

describe('budget status form', () => {
  const form = budgetStatusFormFrom(DEFAULT_BUDGET_STATUS_INPUTS);

  it('defaults to the issue example ?slo=99.9&window=30d&elapsed=12d&bad=25m, keeping request fields ready', () => {
    expect(form).toEqual({ slo: '99.9', window: '30d', elapsed: '12d', measure: 'time', bad: '25m', failed: '900', total: '1000000' });
    const { values } = checkBudgetStatusForm(form);
    const status = budgetStatus(values!);
    expect(status.ok && status.value.consumedFraction).toBeCloseTo(1500 / 2592, 12);
  });

  it('switching to requests reads failed and total; 900 of 1,000,000 after 12 of 30 days is 36% of the budget', () => {
    const { values } = checkBudgetStatusForm({ ...form, measure: 'requests' });
    expect(values!.measure).toEqual({ kind: 'requests', failedRequests: 900, totalRequests: 1_000_000 });
    const status = budgetStatus(values!);
    expect(status.ok && status.value.consumedFraction).toBeCloseTo(0.36, 12);
  });

  it('checks elapsed against the window, bad time against elapsed, failed against total', () => {
    expect(checkBudgetStatusForm({ ...form, elapsed: '31d' }).errors.elapsed).toContain("can't be longer than the window");
    expect(checkBudgetStatusForm({ ...form, bad: '13d' }).errors.bad).toContain("can't be more than the time elapsed");
    const requests: BudgetStatusForm = { ...form, measure: 'requests', failed: '2000', total: '1000' };
    expect(checkBudgetStatusForm(requests).errors.failed).toContain("can't be more than total");
    // Only the measure in use is checked.
    expect(checkBudgetStatusForm({ ...form, failed: 'x' }).errors).toEqual({});
    // Messages name the fields as they are labelled.
    const typo = checkBudgetStatusForm({ ...form, measure: 'requests', failed: 'x', total: '' }).errors;
    expect(typo.failed).toMatch(/^Failed requests so far must be a number/);
    expect(typo.total).toBe('Enter a value for Total requests so far, like 10.');
  });
});

describe('burn rate form', () => {
  const form = burnRateFormFrom(DEFAULT_BURN_RATE_INPUTS, DEFAULT_EXPORT_INPUTS);

  it('the default rows are the Workbook ch. 5 starting point, with the short window left to default', () => {
    expect(form.rows).toEqual([
      { severity: 'page', budget: '2', long: '1h', short: '' },
      { severity: 'page', budget: '5', long: '6h', short: '' },
      { severity: 'ticket', budget: '10', long: '1d', short: '' },
      { severity: 'ticket', budget: '10', long: '3d', short: '' },
    ]);
    expect(form.rate).toBe('100');
    const check = checkBurnRateForm(form);
    expect(check.errors).toEqual({});
    expect(check.policy!.rows).toEqual(DEFAULT_ALERT_ROWS);
    expect(check.exports).toEqual(DEFAULT_EXPORT_INPUTS);
  });

  it('an explicit short window is kept only when it differs from long ÷ 12', () => {
    expect(alertRowFormFrom({ severity: 'page', budgetFraction: 0.02, longWindowSeconds: 3600, shortWindowSeconds: 300 }).short).toBe('');
    expect(alertRowFormFrom({ severity: 'page', budgetFraction: 0.025, longWindowSeconds: 7200, shortWindowSeconds: 900 })).toEqual({
      severity: 'page',
      budget: '2.5',
      long: '2h',
      short: '15m',
    });
  });

  it('budget shares are exact percentages and accept a decimal comma', () => {
    expect(parseBudgetShareField('2,5', 'Share')).toEqual({ ok: true, value: 0.025 });
    expect(parseBudgetShareField('0.1', 'Share')).toEqual({ ok: true, value: 0.001 });
    expect(parseBudgetShareField('0', 'Row 1 budget share')).toMatchObject({ ok: false, message: 'Row 1 budget share must be more than 0%.' });
    expect(parseBudgetShareField('120', 'Share').ok).toBe(false);
  });

  it('puts each row problem next to its field: share, long window beyond the SLO window, short not shorter than long', () => {
    const rows: BurnRateForm['rows'] = [
      { severity: 'page', budget: 'abc', long: '1h', short: '' },
      { severity: 'ticket', budget: '10', long: '40d', short: '' },
      { severity: 'ticket', budget: '10', long: '1d', short: '2d' },
    ];
    const { policy, errors } = checkBurnRateForm({ ...form, rows });
    expect(policy).toBeNull();
    expect(errors['row-1-budget']).toMatch(/^Row 1 budget share must be a number/);
    // Cross-field checks wait until every row parses.
    expect(errors['row-2-long']).toBeUndefined();
    const fixed = checkBurnRateForm({ ...form, rows: [{ ...rows[0]!, budget: '2' }, rows[1]!, rows[2]!] });
    expect(fixed.errors['row-2-long']).toContain("can't be longer than the SLO window");
    expect(fixed.errors['row-3-short']).toContain('shorter than the long window');
  });

  it('a bad selector leaves the policy valid; no rows is an error of its own', () => {
    const check = checkBurnRateForm({ ...form, errors: 'rate(x[5m])' });
    expect(check.policy).not.toBeNull();
    expect(check.exports).toBeNull();
    expect(check.errors.errors).toMatch(/^Error requests selector /);
    expect(checkBurnRateForm({ ...form, total: '' }).errors.total).toMatch(/Total requests selector/);
    expect(checkBurnRateForm({ ...form, rate: 'lots' }).errors.rate).toMatch(/^Error rate to simulate /);
    expect(checkBurnRateForm({ ...form, rows: [] }).errors.rows).toBe('Add at least one alert row.');
  });

  it('property: any policy the URL accepts becomes a form that checks back to the same policy', () => {
    const shares = fc.constantFrom('1', '2', '2.5', '5', '10', '33.3');
    const longs = fc.constantFrom('1h', '6h', '1d', '3d', '90m', '2h30m');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('page', 'ticket'), shares, longs), { minLength: 1, maxLength: 8 }), fc.constantFrom('100', '0.5', '0'), (rows, rate) => {
        const text = rows.map((r) => r.join(':')).join(',');
        const parsed = parseBurnRateParams(q(`rows=${text}&rate=${rate}`));
        fc.pre(parsed.notices.length === 0);
        const check = checkBurnRateForm(burnRateFormFrom(parsed.values, DEFAULT_EXPORT_INPUTS));
        expect(check.errors).toEqual({});
        expect(check.policy).toEqual(parsed.values);
      }),
    );
  });
});

describe('export inputs in the URL (service, errors, total)', () => {
  it('are left out while they are the defaults, and read back when given', () => {
    expect(exportSearchPairs(DEFAULT_EXPORT_INPUTS)).toEqual([]);
    const custom = { serviceName: 'cart api', errorSelector: 'http_requests_total{job="cart",code=~"5.."}', totalSelector: 'http_requests_total{job="cart"}' };
    const search = searchString(exportSearchPairs(custom));
    expect(parseExportParams(q(search))).toEqual({ values: custom, notices: [] });
  });

  it('a tampered selector falls back to the default with a notice naming it', () => {
    const { values, notices } = parseExportParams(q('errors=sum(rate(x[5m]))&service=%3Cscript%3E'));
    expect(values).toEqual(DEFAULT_EXPORT_INPUTS);
    expect(notices.map((n) => n.param)).toEqual(['service', 'errors']);
  });
});

describe('dependency budget inputs (Treynor et al., "The Calculus of Service Availability", 2017)', () => {
  it('the default is the paper example: 99.99% with five dependencies sharing half the budget needs each at 99.999%', () => {
    const { values, errors } = checkDependencyForm(dependencyFormFrom(DEFAULT_DEPENDENCY_INPUTS));
    expect(errors).toEqual({});
    const r = dependencyRequirement(values!.target, values!.dependencies, values!.share);
    expect(r.linear.unavailability).toBeCloseTo(0.00001, 18);
  });

  it('is written to the URL only when changed, and tampered values are named', () => {
    expect(dependencySearchPairs(DEFAULT_DEPENDENCY_INPUTS)).toEqual([]);
    const changed = parseDependencyParams(q('target=99.9&deps=3&share=100'));
    expect(changed.notices).toEqual([]);
    expect(dependencySearchPairs(changed.values)).toEqual([['target', '99.9'], ['deps', '3'], ['share', '100']]);
    expect(parseDependencyParams(q('deps=500&share=0')).notices.map((n) => n.param)).toEqual(['deps', 'share']);
  });

  it('explains bad fields', () => {
    const { values, errors } = checkDependencyForm({ target: '100', deps: '2.5', share: '150' });
    expect(values).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['dep-count', 'dep-share', 'dep-target']);
    // Each message names its field as labelled.
    expect(errors['dep-target']).toMatch(/^Service target /);
    expect(errors['dep-count']).toMatch(/^Critical dependencies /);
    expect(errors['dep-share']).toMatch(/^Budget share for dependencies /);
  });
});

