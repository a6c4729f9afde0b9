import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  EVALUATION_INTERVAL_SECONDS,
  goFormat4g,
  modelRate,
  regexExample,
  sampleTimes,
  selectorMatchers,
  selects,
  syntheticSeries,
  valuesText,
} from '../../../../src/lib/slo/burn-rate/export-promtool-test';
import { prometheusRuleGroup, RATIO_TEMPLATE } from '../../../../src/lib/slo/burn-rate/export-prometheus';
import { EDITED_ROWS, EDITED_SELECTORS, exportsFor } from './promtool-cases';

interface ExpAlert {
  exp_labels: Record<string, string>;
  exp_annotations: Record<string, string>;
}
interface AlertTest {
  eval_time: string;
  alertname: string;
  exp_alerts: ExpAlert[];
}
interface TestGroup {
  name: string;
  interval: string;
  input_series: { series: string; values: string }[];
  alert_rule_test: AlertTest[];
}
interface TestFile {
  rule_files: string[];
  evaluation_interval: string;
  tests: TestGroup[];
}

const read = (yaml: string) => parse(yaml) as TestFile;
const atTime = (group: TestGroup, evalTime: string) => group.alert_rule_test.find((t) => t.eval_time === evalTime);
const windowsOf = (group: TestGroup, evalTime: string) => atTime(group, evalTime)?.exp_alerts.map((a) => a.exp_labels.long_window);

/** promtool's expanding notation back to one value (or gap) per sample interval. */
function expand(values: string): (number | undefined)[] {
  return values.split(' ').flatMap((token) => {
    const gap = /^_x(\d+)$/.exec(token);
    if (gap) return Array<undefined>(Number(gap[1])).fill(undefined);
    const run = /^(\d+)\+(\d+)x(\d+)$/.exec(token);
    if (run) return Array.from({ length: Number(run[3]) + 1 }, (_, k) => Number(run[1]) + k * Number(run[2]));
    return [Number(token)];
  });
}

/** Seconds in a Prometheus duration such as 3d1m51s840ms. */
function seconds(duration: string): number {
  const units: Record<string, number> = { d: 86_400, h: 3600, m: 60, s: 1, ms: 0.001 };
  return [...duration.matchAll(/(\d+)(ms|[dhms])/g)].reduce((sum, [, n, unit]) => sum + Number(n) * units[unit!]!, 0);
}

describe('promtool unit tests for the exported rules (Prometheus docs, "Unit testing for rules")', () => {
  const defaults = exportsFor('slo=99.9&window=30d&rate=100');

  it('names the rules file as the page downloads it, evaluates every minute, and parses as YAML', () => {
    const file = read(defaults.tests);
    expect(defaults.files).toEqual({ rules: 'checkout-slo-burn-rate.rules.yml', tests: 'checkout-slo-burn-rate.test.yml' });
    expect(file.rule_files).toEqual([defaults.files.rules]);
    expect(file.evaluation_interval).toBe('1m');
    expect(defaults.tests).toContain('# Run beside it: promtool test rules checkout-slo-burn-rate.test.yml');
    // At 100% errors the simulated rate is the full outage, so there is one test.
    expect(file.tests.map((t) => t.name)).toEqual(['every request fails from 3d']);
    expect(read(exportsFor('slo=99.9&window=30d&rate=1').tests).tests.map((t) => t.name)).toEqual(['every request fails from 3d', '1% of requests fail from 3d']);
  });

  it('the 2%/1h page (time to fire 51.84 s, Workbook ch. 5) must not fire at 51.84 s + for: 2m − 1m, and must at + 1m', () => {
    const [outage] = read(defaults.tests).tests;
    // The outage starts after 3d, the longest window, of healthy traffic.
    expect(atTime(outage!, '3d')?.exp_alerts).toEqual([]);
    expect(atTime(outage!, '3d1m51s840ms')?.exp_alerts).toEqual([]);
    expect(windowsOf(outage!, '3d3m51s840ms')).toEqual(['1h']);
    // The 6h page (2m 9.6s) and both tickets (4m 19.2s, so from the 5m evaluation) follow.
    expect(windowsOf(outage!, '3d3m9s600ms')).toEqual(['1h']);
    expect(windowsOf(outage!, '3d5m9s600ms')).toEqual(['1h', '6h', '1d', '3d']);
    expect(windowsOf(outage!, '3d3m19s200ms')).toEqual(['1h']);
  });

  it('expects the labels and annotations of the rules, with the error ratio the description shows filled in', () => {
    const rules = prometheusRuleGroup(defaults.input).rules.map((r) => r.rule);
    const alerts = read(defaults.tests).tests.flatMap((t) => t.alert_rule_test.flatMap((a) => a.exp_alerts.map((e) => ({ ...e, name: a.alertname }))));
    expect(alerts.length).toBeGreaterThan(5);
    for (const alert of alerts) {
      const rule = rules.find((r) => r.labels.long_window === alert.exp_labels.long_window)!;
      expect(alert.name).toBe(rule.alert);
      expect(alert.exp_labels).toEqual(rule.labels);
      const [before, after] = rule.annotations.description!.split(RATIO_TEMPLATE);
      expect(alert.exp_annotations).toEqual({ ...rule.annotations, description: expect.stringMatching(/%\.$/) });
      const shown = alert.exp_annotations.description!.slice(before!.length, -after!.length);
      expect(shown).toMatch(/^\d+(\.\d+)?%$/);
    }
  });

  it('follows an edited row: 4% in 1h fires after 1m 43.68s, so its checks move to 3d2m43s680ms and 3d4m43s680ms', () => {
    const [outage] = read(exportsFor('slo=99.9&window=30d&rows=page:4:1h,ticket:10:3d&rate=100').tests).tests;
    expect(atTime(outage!, '3d2m43s680ms')?.exp_alerts.map((a) => a.exp_labels.long_window)).not.toContain('1h');
    expect(windowsOf(outage!, '3d4m43s680ms')).toContain('1h');
    expect(atTime(outage!, '3d3m51s840ms')).toBeUndefined();
  });

  it('at 1% errors the 2%/1h page (threshold 1.44%) must stay quiet once both its windows hold nothing but the outage', () => {
    const [, partial] = read(exportsFor('slo=99.9&window=30d&rate=1').tests).tests;
    expect(partial!.name).toBe('1% of requests fail from 3d');
    expect(windowsOf(partial!, '3d1h1m')).toEqual([]);
    // The 6h page fires after 6h × 0.6% ÷ 1% = 3h 36m, plus for: 2m.
    expect(windowsOf(partial!, '3d3h37m')).toEqual([]);
    expect(windowsOf(partial!, '3d3h39m')).toEqual(['6h']);
  });

  it('leaves a row exactly on its threshold unchecked and says why: the rule compares with >', () => {
    const text = exportsFor('slo=99.9&window=30d&rate=0.1').tests;
    expect(text).toContain('Row 4 (ticket, 10% in 3d) is exactly on its threshold; the rule fires only above it (>)');
  });

  it('counts requests with series the selectors select: failed ones in one, the rest in the other', () => {
    for (const query of ['slo=99.9&window=30d&rate=1', `slo=99.9&window=30d&${EDITED_ROWS}&rate=1&${EDITED_SELECTORS}`]) {
      const { input, tests } = exportsFor(query);
      const errors = selectorMatchers(input.errorSelector)!;
      const total = selectorMatchers(input.totalSelector)!;
      for (const group of read(tests).tests) {
        const [failed, others] = group.input_series.map((s) => {
          const [, name, body] = /^(\w+)\{(.*)\}$/.exec(s.series)!;
          return { __name__: name!, ...Object.fromEntries([...body!.matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!])) };
        });
        expect(selects(errors, failed!)).toBe(true);
        expect(selects(total, others!)).toBe(true);
        expect(selects(errors, others!)).toBe(false);
      }
    }
  });

  it("shows the ratio rate() gives on the file's own samples, the same whether a window keeps its first sample (Prometheus 2) or not (3)", () => {
    const { tests } = exportsFor('slo=99.9&window=30d&rate=1');
    let compared = 0;
    for (const group of read(tests).tests) {
      const spacing = seconds(group.interval);
      const [failed, others] = group.input_series.map((s) => expand(s.values));
      const times = failed!.flatMap((v, k) => (v === undefined ? [] : [k * spacing]));
      const counter = (samples: (number | undefined)[]) => (s: number) => samples[s / spacing]!;
      for (const check of group.alert_rule_test) {
        const step = Math.floor(seconds(check.eval_time) / EVALUATION_INTERVAL_SECONDS) * EVALUATION_INTERVAL_SECONDS;
        for (const alert of check.exp_alerts) {
          const shown = [true, false].map((closed) => {
            const w = seconds(alert.exp_labels.long_window!);
            const e = modelRate(times, counter(failed!), step, w, closed)!;
            return `${goFormat4g((e / (e + modelRate(times, counter(others!), step, w, closed)!)) * 100)}%`;
          });
          expect(shown[0]).toBe(shown[1]);
          expect(alert.exp_annotations.description).toContain(`: ${shown[0]}.`);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('says so in the file when a selector cannot be turned into a series, instead of testing something else', () => {
    const { tests } = exportsFor(`slo=99.9&window=30d&errors=${encodeURIComponent('http_requests_total{code=~"(?i)5XX"}')}&total=http_requests_total`);
    expect(read(tests).tests).toEqual([]);
    expect(tests).toContain('# No tests: a regex matcher is not one this generator can read.');
  });
});

describe('series from selectors', () => {
  it('reads a metric name and matchers in any quotes', () => {
    expect(selectorMatchers(`http_requests_total{job="a:b", path='/x\\'y',code=~\`5\\d\\d\`,}`)).toEqual([
      { name: '__name__', op: '=', value: 'http_requests_total' },
      { name: 'job', op: '=', value: 'a:b' },
      { name: 'path', op: '=', value: "/x'y" },
      { name: 'code', op: '=~', value: '5\\d\\d' },
    ]);
    expect(selectorMatchers('{job="x"} or y')).toBeUndefined();
  });

  it('finds a value each regex matches, anchored as Prometheus anchors it', () => {
    expect(regexExample('5..')).toBe('500');
    expect(regexExample('5xx|429')).toBe('5xx');
    expect(regexExample('(4|5)\\d\\d')).toBe('400');
    expect(regexExample('[45][0-9]{2}')).toBe('400');
    expect(regexExample('[^2].*')).toBe('0');
    expect(regexExample('(?:GET|POST)/api/.+')).toBe('GET/api/0');
    expect(regexExample('(?i)abc')).toBeUndefined();
    expect(regexExample('a\\bc')).toBeUndefined();
    expect(regexExample('[[:digit:]]')).toBeUndefined();
  });

  it('splits one metric into failed and other requests, or keeps two metrics apart', () => {
    expect(syntheticSeries('http_requests_total{job="checkout",code=~"5.."}', 'http_requests_total{job="checkout"}')).toEqual({
      errors: { __name__: 'http_requests_total', job: 'checkout', code: '500' },
      others: { __name__: 'http_requests_total', job: 'checkout', code: '200' },
      shared: true,
    });
    expect(syntheticSeries('errors_total{env!="dev"}', 'requests_total')).toEqual({
      errors: { __name__: 'errors_total' },
      others: { __name__: 'requests_total' },
      shared: false,
    });
    expect(syntheticSeries('requests_total', 'requests_total')).toMatch(/selects no series that the error selector leaves out/);
  });
});

describe("Prometheus's rate() and formatting, as the expected alerts need them", () => {
  it("Go's %.4g, as humanizePercentage prints: 6.667, 100, 1.234e-05 (Go fmt docs)", () => {
    expect(goFormat4g(100)).toBe('100');
    expect(goFormat4g((4 / 60) * 100)).toBe('6.667');
    expect(goFormat4g(5)).toBe('5');
    expect(goFormat4g(0.1)).toBe('0.1');
    expect(goFormat4g(0.0001234)).toBe('0.0001234');
    expect(goFormat4g(0.00001234)).toBe('1.234e-05');
    expect(goFormat4g(123_456)).toBe('1.235e+05');
  });

  it('4 min into a full outage, 1 min samples: 6.667% over 1h as promtool 2.42 shows it, but 6.674% when the window leaves out its first sample', () => {
    // Successes 100 a minute until the outage at 60m, failures 100 a minute after; samples every minute.
    const times = Array.from({ length: 65 }, (_, k) => k * 60);
    const failed = (s: number) => Math.max(0, s - 3600) / 60 * 100;
    const succeeded = (s: number) => Math.min(s, 3600) / 60 * 100;
    const ratio = (closed: boolean) => {
      const e = modelRate(times, failed, 64 * 60, 3600, closed)!;
      return e / (e + modelRate(times, succeeded, 64 * 60, 3600, closed)!);
    };
    expect(goFormat4g(ratio(true) * 100)).toBe('6.667');
    expect(goFormat4g(ratio(false) * 100)).toBe('6.674');
  });

  it('lays samples so that a window never starts on one: both conventions then agree', () => {
    const windows = [3600, 300, 21_600, 1800];
    const steps = [3600 + 180, 3600 + 240, 3600 + 300];
    const times = sampleTimes(steps, windows, 30);
    for (const t of steps) for (const w of windows) expect(times).not.toContain(t - w);
    const failed = (s: number) => Math.max(0, s - 3600) / 30 * 100;
    const succeeded = (s: number) => Math.min(s, 3600) / 30 * 100;
    for (const t of steps) {
      const [closed, open] = [true, false].map((c) => {
        const e = modelRate(times, failed, t, 3600, c)!;
        return e / (e + modelRate(times, succeeded, t, 3600, c)!);
      });
      expect(closed).toBe(open);
    }
  });

  it("writes promtool's expanding notation: runs, gaps, and a new slope after the outage starts", () => {
    const counter = (k: number) => (k <= 6 ? 100 * k : 600 + 10 * (k - 6));
    expect(valuesText([0, 1, 2, 5, 6, 7], counter, 6)).toBe('0+100x2 _x2 500+100x1 610');
    expect(valuesText([5, 6, 7, 8], counter, 6)).toBe('_x5 500+100x1 610+10x1');
    expect(expand(valuesText([0, 1, 2, 5, 6, 7], counter, 6))).toEqual([0, 100, 200, undefined, undefined, 500, 600, 610]);
  });
});
