/**
 * The burn rate planner's Prometheus exports for a shared link, built as the
 * page builds them (burn-rate-lazy.ts), for the promtool tests.
 */
import { parseBurnRateParams } from '../../../../src/lib/slo/burn-rate/params';
import { prometheusFileNames } from '../../../../src/lib/slo/burn-rate/export-inputs';
import { parseExportParams } from '../../../../src/lib/slo/burn-rate/export-params';
import { promtoolTestYaml, type PromtoolTestInput } from '../../../../src/lib/slo/burn-rate/export-promtool-test';
import { prometheusRulesYaml } from '../../../../src/lib/slo/burn-rate/export-prometheus';

export interface Exports {
  input: PromtoolTestInput;
  files: { rules: string; tests: string };
  rules: string;
  tests: string;
}

/** The exports for a link's query string; throws if the link has a parameter the page would ignore. */
export function exportsFor(query: string): Exports {
  const params = new URLSearchParams(query);
  const policy = parseBurnRateParams(params);
  const exports = parseExportParams(params);
  const notices = [...policy.notices, ...exports.notices];
  if (notices.length > 0) throw new Error(notices.map((n) => n.message).join(' '));
  const { slo, windowSeconds, rows, errorRatio } = policy.values;
  const input = { ...exports.values, slo, windowSeconds, rows, errorRatio };
  return { input, files: prometheusFileNames(input.serviceName), rules: prometheusRulesYaml(input), tests: promtoolTestYaml(input) };
}

/** Rows a learner might type instead of the Workbook's: another share, a custom short window, no 3d ticket. */
export const EDITED_ROWS = 'rows=page:1.5:30m,page:5:6h:20m,ticket:10:1d';
/** Errors and requests as two metrics, the error one with a negative matcher. */
export const EDITED_SELECTORS = `service=cart%20api&errors=${encodeURIComponent('cart_errors_total{env="prod",kind!="client"}')}&total=${encodeURIComponent('cart_requests_total{env="prod"}')}`;

/** The issue's matrix: three SLOs and windows, the default and an edited set of rows, a full outage and a partial one. */
export const MATRIX: { name: string; query: string }[] = ['slo=99.9&window=30d', 'slo=99.95&window=28d', 'slo=99&window=7d'].flatMap((slo) =>
  [
    ['default rows', ''],
    ['edited rows', `&${EDITED_ROWS}`],
  ].flatMap(([rows, rowsQuery]) =>
    ['100', '1'].map((rate) => ({
      name: `${slo.replace('slo=', '').replace('&window=', '% over ')}, ${rows}, ${rate}% errors`,
      query: `${slo}${rowsQuery}&rate=${rate}${rowsQuery ? `&${EDITED_SELECTORS}` : ''}`,
    })),
  ),
).concat([
  // A rate exactly on a row's threshold: the 3d ticket (burn 1) at 0.1% errors. The table says it never fires (the
  // rule compares with >); the test file leaves that row unchecked, since counter rates may round either way.
  { name: '99.9% over 30d, default rows, 0.1% errors (the 3d ticket on its threshold)', query: 'slo=99.9&window=30d&rate=0.1' },
]);
