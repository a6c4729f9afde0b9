import { describe, expect, it } from 'vitest';
import { printAvailabilityModel } from '../../src/lib/slo/availability/model';
import { availabilitySearch, parseAvailabilityParams } from '../../src/lib/slo/availability/params';
import { budgetStatusSearch, parseBudgetStatusParams } from '../../src/lib/slo/budget-status/params';
import { burnRateSearch, formatAlertRowsText, parseAlertRowsText, parseBurnRateParams } from '../../src/lib/slo/burn-rate/params';
import { errorBudgetSearch, parseErrorBudgetParams } from '../../src/lib/slo/error-budget/params';

const DAY = 86_400;
const q = (text: string) => new URLSearchParams(text);

describe('error budget URL (?slo=99.9&window=30d&requests=1000000&calendar=sre)', () => {
  it('reads the contract and writes it back', () => {
    const { values, notices } = parseErrorBudgetParams(q('slo=99.95&window=28d&requests=1000000&calendar=gregorian'));
    expect(notices).toEqual([]);
    expect(values.slo.percentText).toBe('99.95');
    expect(values.windowSeconds).toBe(28 * DAY);
    expect(values.calendar).toBe('gregorian');
    expect(errorBudgetSearch(values)).toBe('slo=99.95&window=28d&requests=1000000&calendar=gregorian');
  });

  it('an empty query gives the defaults silently', () => {
    const { values, notices } = parseErrorBudgetParams(q(''));
    expect(notices).toEqual([]);
    expect(errorBudgetSearch(values)).toBe('slo=99.9&window=30d&requests=1000000&calendar=sre');
  });

  it('a tampered URL falls back to defaults with a notice naming each ignored parameter', () => {
    const { values, notices } = parseErrorBudgetParams(q('slo=100&window=2s&requests=1e99&calendar=mayan&utm_source=x'));
    expect(values.slo.percentText).toBe('99.9');
    expect(values.windowSeconds).toBe(30 * DAY);
    expect(values.requests).toBe(1_000_000);
    expect(values.calendar).toBe('sre');
    expect(notices.map((n) => n.param)).toEqual(['slo', 'window', 'requests', 'calendar', 'utm_source']);
    expect(notices[4]!.message).toBe('Ignored utm_source from the link: this tool has no such setting.');
    expect(notices[0]!.message).toMatch(/^Ignored slo=100 from the link: SLO must be less than 100%.*Using 99\.9% instead\.$/);
    expect(notices[3]!.message).toContain('expected one of sre, gregorian, julian');
  });

  it('accepts 99,9 in the URL as 99.9 and uses the first of repeated parameters, saying so', () => {
    const { values, notices } = parseErrorBudgetParams(q('slo=99,9&slo=50'));
    expect(values.slo.percentText).toBe('99.9');
    expect(notices[0]).toEqual({ param: 'slo', message: 'The parameter slo appears 2 times; using the first.' });
  });
});

describe('budget status URL (?slo=99.9&window=30d&elapsed=12d&bad=25m or &failed=900&total=1000000)', () => {
  it('reads bad time and writes it back', () => {
    const { values, notices } = parseBudgetStatusParams(q('slo=99.9&window=30d&elapsed=12d&bad=25m'));
    expect(notices).toEqual([]);
    expect(values.measure).toEqual({ kind: 'time', badSeconds: 1500 });
    expect(budgetStatusSearch(values)).toBe('slo=99.9&window=30d&elapsed=12d&bad=25m');
  });

  it('reads request counts and writes them back', () => {
    const { values, notices } = parseBudgetStatusParams(q('slo=99.9&window=30d&elapsed=12d&failed=900&total=1000000'));
    expect(notices).toEqual([]);
    expect(values.measure).toEqual({ kind: 'requests', failedRequests: 900, totalRequests: 1_000_000 });
    expect(budgetStatusSearch(values)).toBe('slo=99.9&window=30d&elapsed=12d&failed=900&total=1000000');
  });

  it('ignores elapsed beyond the window, bad beyond elapsed, and failed beyond total, naming each', () => {
    expect(parseBudgetStatusParams(q('window=7d&elapsed=12d')).notices[0]).toMatchObject({ param: 'elapsed' });
    expect(parseBudgetStatusParams(q('window=7d&elapsed=12d')).values.elapsedSeconds).toBeCloseTo(2.8 * DAY, 6);
    expect(parseBudgetStatusParams(q('elapsed=1h&bad=2h')).notices.map((n) => n.param)).toEqual(['bad']);
    const tooMany = parseBudgetStatusParams(q('failed=2000&total=1000'));
    expect(tooMany.notices.map((n) => n.param)).toEqual(['failed']);
    expect(tooMany.values.measure.kind).toBe('time');
  });

  it('needs failed and total together, and prefers bad time when both kinds are given', () => {
    expect(parseBudgetStatusParams(q('total=1000')).notices[0]!.message).toContain('it needs failed as well');
    const both = parseBudgetStatusParams(q('bad=5m&failed=1&total=10'));
    expect(both.values.measure).toEqual({ kind: 'time', badSeconds: 300 });
    expect(both.notices.map((n) => n.param)).toEqual(['failed', 'total']);
  });

  it('elapsed 0 is ignored with a reason', () => {
    const { notices } = parseBudgetStatusParams(q('elapsed=0s'));
    expect(notices[0]!.message).toContain('more than 0');
  });
});

describe('burn rate URL (?slo=99.9&window=30d&rows=page:2:1h,…&rate=100)', () => {
  it('the default rows encode as page:2:1h,page:5:6h,ticket:10:1d,ticket:10:3d', () => {
    const { values, notices } = parseBurnRateParams(q(''));
    expect(notices).toEqual([]);
    expect(burnRateSearch(values)).toBe('slo=99.9&window=30d&rows=page:2:1h,page:5:6h,ticket:10:1d,ticket:10:3d&rate=100');
  });

  it('reads edited rows, including an explicit short window and a decimal share', () => {
    const { values, notices } = parseBurnRateParams(q('rows=page:2.5:2h:10m,ticket:10:1d&rate=0.5'));
    expect(notices).toEqual([]);
    expect(values.rows).toEqual([
      { severity: 'page', budgetFraction: 0.025, longWindowSeconds: 7200, shortWindowSeconds: 600 },
      { severity: 'ticket', budgetFraction: 0.1, longWindowSeconds: DAY },
    ]);
    expect(values.errorRatio).toBe(0.005);
    expect(formatAlertRowsText([{ severity: 'page', budgetFraction: 0.02, longWindowSeconds: 3600, shortWindowSeconds: 600 }])).toBe('page:2:1h:10m');
  });

  it('rejects malformed rows with the row named, and rows that do not fit the window', () => {
    expect(parseAlertRowsText('page:2', 30 * DAY)).toMatchObject({ ok: false, message: expect.stringContaining('Row 1') });
    expect(parseAlertRowsText('page:2:1h,alarm:5:6h', 30 * DAY)).toMatchObject({ ok: false, message: expect.stringContaining('Row 2') });
    expect(parseAlertRowsText('page:2,5:1h', 30 * DAY).ok).toBe(false);
    expect(parseAlertRowsText('ticket:10:3d', DAY)).toMatchObject({ ok: false, message: expect.stringContaining("can't be longer than the SLO window") });
    const tampered = parseBurnRateParams(q('rows=page:0:1h&rate=150'));
    expect(tampered.notices.map((n) => n.param)).toEqual(['rows', 'rate']);
    expect(tampered.values.errorRatio).toBe(1);
  });

  it('for a 1-day window the default rows drop the 3-day ticket, with a notice', () => {
    const { values, notices } = parseBurnRateParams(q('window=1d'));
    expect(values.rows.map((r) => r.longWindowSeconds)).toEqual([3600, 21_600, DAY]);
    expect(notices[0]!.param).toBe('rows');
  });
});

describe('availability URL (?model=serial(api:99.95,parallel(db:99.99,queue:99.9)))', () => {
  it('reads the model and writes it back readably', () => {
    const { values, notices } = parseAvailabilityParams(q('model=serial(api:99.95,parallel(db:99.99,queue:99.9))'));
    expect(notices).toEqual([]);
    expect(availabilitySearch(values)).toBe('model=serial(api:99.95,parallel(db:99.99,queue:99.9))&calendar=sre');
    expect(parseAvailabilityParams(q(availabilitySearch(values))).values).toEqual(values);
  });

  it('a malformed model falls back to the example with the parser\'s message', () => {
    const { values, notices } = parseAvailabilityParams(q('model=serial(api:99,9)'));
    expect(printAvailabilityModel(values.model)).toBe('serial(api:99.95,parallel(db:99.99,queue:99.9))');
    expect(notices[0]!.param).toBe('model');
    expect(notices[0]!.message).toContain('use a point for decimals');
  });

  it('survives URL encoding of spaces and plus signs', () => {
    const encoded = `model=${encodeURIComponent('serial( a:99.9 , b:99.9 )')}`;
    expect(printAvailabilityModel(parseAvailabilityParams(q(encoded)).values.model)).toBe('serial(a:99.9,b:99.9)');
  });
});
