import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_ALERT_ROWS } from '../../../src/lib/slo/burn-rate/alert-policy';
import {
  DEFAULT_ERROR_SELECTOR,
  DEFAULT_TOTAL_SELECTOR,
  kebabName,
  parseMetricSelectorField,
  parseServiceNameField,
  pascalName,
} from '../../../src/lib/slo/burn-rate/export-inputs';
import { openSloDuration, openSloYaml } from '../../../src/lib/slo/burn-rate/export-openslo';
import { burnRateAlertExpr, prometheusRulesYaml, type PrometheusExportInput } from '../../../src/lib/slo/burn-rate/export-prometheus';
import { sloFromPercent } from '../../../src/lib/slo/slo';

const DAY = 86_400;

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

const input: PrometheusExportInput = {
  serviceName: 'checkout',
  slo: sloFromPercent('99.9'),
  windowSeconds: 30 * DAY,
  rows: DEFAULT_ALERT_ROWS,
  errorSelector: DEFAULT_ERROR_SELECTOR,
  totalSelector: DEFAULT_TOTAL_SELECTOR,
};

const rulesOf = (yamlText: string): Rule[] => (parse(yamlText) as { groups: { name: string; rules: Rule[] }[] }).groups[0]!.rules;

describe('Prometheus alerting rules (Workbook ch. 5; the shape Sloth and Pyrra generate)', () => {
  it('the 2%/1h page compares both windows with 14.4 × 0.001, joined by and', () => {
    expect(burnRateAlertExpr(input, 14.4, 3600, 300)).toBe(
      '( sum(rate(http_requests_total{job="checkout",code=~"5.."}[1h])) / sum(rate(http_requests_total{job="checkout"}[1h])) ) > (14.4 * 0.001)' +
        ' and ' +
        '( sum(rate(http_requests_total{job="checkout",code=~"5.."}[5m])) / sum(rate(http_requests_total{job="checkout"}[5m])) ) > (14.4 * 0.001)',
    );
  });

  it('writes valid YAML with one rule per row: windows, thresholds, severity, for: 2m on pages only, annotations', () => {
    const doc = parse(prometheusRulesYaml(input)) as { groups: { name: string; rules: Rule[] }[] };
    expect(doc.groups[0]!.name).toBe('checkout-slo-burn-rate');
    const rules = doc.groups[0]!.rules;
    expect(rules).toHaveLength(4);
    expect(rules.map((r) => [r.labels.severity, r.labels.long_window, r.labels.short_window, r.for])).toEqual([
      ['page', '1h', '5m', '2m'],
      ['page', '6h', '30m', '2m'],
      ['ticket', '1d', '2h', undefined],
      ['ticket', '3d', '6h', undefined],
    ]);
    expect(rules.map((r) => /> \(([\d.]+) \* 0\.001\)/.exec(r.expr)?.[1])).toEqual(['14.4', '6', '3', '1']);
    for (const rule of rules) {
      expect(rule.alert).toBe('CheckoutErrorBudgetBurn');
      expect(rule.expr.split(' and ')).toHaveLength(2);
      expect(rule.annotations.summary).toMatch(/^checkout: error budget burning at [\d.]+× \(\d+% of the 30d budget in \w+\)$/);
      expect(rule.annotations.description).toContain('99.9% SLO over 30d');
      expect(rule.annotations.runbook_url).toBe('https://example.com/runbooks/checkout-error-budget-burn');
    }
  });

  it('28 days: thresholds 13.44, 5.6, 2.8 and 0.933333 in the expressions (slo-math reference)', () => {
    const rules = rulesOf(prometheusRulesYaml({ ...input, windowSeconds: 28 * DAY }));
    expect(rules.map((r) => /> \(([\d.]+) \*/.exec(r.expr)?.[1])).toEqual(['13.44', '5.6', '2.8', '0.933333']);
  });

  it('selectors with quotes, braces, colons and backslashes come back unchanged from the YAML', () => {
    const tricky = `http_requests_total{job="a:b",path='/x\\'y',code=~"5\\\\d\\\\d"}`;
    expect(parseMetricSelectorField(tricky).ok).toBe(true);
    const rules = rulesOf(prometheusRulesYaml({ ...input, errorSelector: tricky, totalSelector: 'ns:requests:rate{env="prod: eu"}' }));
    expect(rules[0]!.expr).toContain(`sum(rate(${tricky}[1h]))`);
    expect(rules[0]!.expr).toContain('sum(rate(ns:requests:rate{env="prod: eu"}[5m]))');
  });

  it('leaves out rows that can never fire and says why: a 90% SLO with the 2%/1h page (Workbook ch. 5)', () => {
    const text = prometheusRulesYaml({ ...input, slo: sloFromPercent('90') });
    expect(rulesOf(text)).toHaveLength(3);
    expect(text).toMatch(/^# Row 1 \(page, 2% in 1h\) is left out: At a 90% SLO/m);
  });

  it('uses the runbook URL given, and a Prometheus-safe alert name', () => {
    const rules = rulesOf(prometheusRulesYaml({ ...input, serviceName: 'checkout api-2', runbookUrl: 'https://runbooks.example/x?a=1#b' }));
    expect(rules[0]!.alert).toBe('CheckoutApi2ErrorBudgetBurn');
    expect(rules[0]!.labels.slo).toBe('checkout-api-2');
    expect(rules[0]!.annotations.runbook_url).toBe('https://runbooks.example/x?a=1#b');
  });
});

describe('OpenSLO v1 SLO document (OpenSLO specification v1)', () => {
  it('has the v1 shape: rolling timeWindow, Occurrences, target as a fraction, ratioMetric with counter: true', () => {
    const { yaml, notes } = openSloYaml({
      serviceName: 'checkout',
      slo: sloFromPercent('99.95'),
      windowSeconds: 28 * DAY,
      ratio: 'bad',
      selector: DEFAULT_ERROR_SELECTOR,
      totalSelector: DEFAULT_TOTAL_SELECTOR,
    });
    expect(notes).toEqual([]);
    const doc = parse(yaml);
    expect(doc).toMatchObject({
      apiVersion: 'openslo/v1',
      kind: 'SLO',
      metadata: { name: 'checkout-availability' },
      spec: {
        service: 'checkout',
        timeWindow: [{ duration: '28d', isRolling: true }],
        budgetingMethod: 'Occurrences',
        objectives: [{ displayName: 'availability', target: 0.9995 }],
        indicator: {
          spec: {
            ratioMetric: {
              counter: true,
              bad: { metricSource: { type: 'Prometheus', spec: { query: `sum(${DEFAULT_ERROR_SELECTOR})` } } },
              total: { metricSource: { type: 'Prometheus', spec: { query: `sum(${DEFAULT_TOTAL_SELECTOR})` } } },
            },
          },
        },
      },
    });
    expect(doc.spec.indicator.spec.ratioMetric.good).toBeUndefined();
  });

  it('writes good/total when given good requests, and an exact target (99.9 → 0.999, not 0.9990000000000001)', () => {
    const doc = parse(
      openSloYaml({ serviceName: 'Checkout API', slo: sloFromPercent('99.9'), windowSeconds: 30 * DAY, ratio: 'good', selector: 'ok_total', totalSelector: 'all_total' }).yaml,
    );
    expect(doc.spec.objectives[0].target).toBe(0.999);
    expect(doc.metadata.name).toBe('checkout-api-availability');
    expect(doc.spec.indicator.spec.ratioMetric.good.metricSource.spec.query).toBe('sum(ok_total)');
    expect(doc.spec.indicator.spec.ratioMetric.bad).toBeUndefined();
  });

  it('durations are one number and one unit: 28d, 36h, 90m; other windows round to minutes with a note', () => {
    expect(openSloDuration(28 * DAY)).toEqual({ text: '28d', exact: true });
    expect(openSloDuration(36 * 3600)).toEqual({ text: '36h', exact: true });
    expect(openSloDuration(5400)).toEqual({ text: '90m', exact: true });
    expect(openSloDuration(90.5)).toEqual({ text: '2m', exact: false });
    const { notes } = openSloYaml({ serviceName: 'x', slo: sloFromPercent('99'), windowSeconds: 150, ratio: 'bad', selector: 'a', totalSelector: 'b' });
    expect(notes[0]).toContain('3m');
  });
});

describe('export inputs', () => {
  it('rejects selectors that would break the PromQL, with a reason', () => {
    expect(parseMetricSelectorField('')).toMatchObject({ ok: false, message: expect.stringContaining('Enter a value') });
    expect(parseMetricSelectorField('http_requests_total[5m]')).toMatchObject({ ok: false, message: expect.stringContaining('Leave the range') });
    expect(parseMetricSelectorField('x{job="a"')).toMatchObject({ ok: false, message: expect.stringContaining('without a matching "}"') });
    expect(parseMetricSelectorField('x{job="a}')).toMatchObject({ ok: false, message: expect.stringContaining('unclosed') });
    expect(parseMetricSelectorField('sum(x)')).toMatchObject({ ok: false, message: expect.stringContaining('not an expression') });
    expect(parseMetricSelectorField('x\ny')).toMatchObject({ ok: false, message: expect.stringContaining('one line') });
    expect(parseMetricSelectorField('9lives')).toMatchObject({ ok: false, message: expect.stringContaining('metric name') });
    expect(parseMetricSelectorField('{__name__=~"http_.*"}')).toEqual({ ok: true, value: '{__name__=~"http_.*"}' });
  });

  it('service names become DNS-label and PascalCase forms', () => {
    expect(parseServiceNameField('checkout api')).toEqual({ ok: true, value: 'checkout api' });
    expect(parseServiceNameField('a:b').ok).toBe(false);
    expect(kebabName('Checkout API_v2')).toBe('checkout-api-v2');
    expect(pascalName('2fa service')).toBe('Service2faService');
  });
});
