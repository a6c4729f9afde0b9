/**
 * The parts of the burn rate planner that change only when the learner edits
 * something: the chart, and the exports (Prometheus rules, their promtool
 * unit tests, OpenSLO) with their YAML emitter. The page renders them all for
 * the default inputs, so the island loads this module on demand (see
 * ui/use-lazy.ts) rather than with the page.
 */
import type { BurnRateInputs } from '../../../lib/slo/burn-rate/params';
import { openSloYaml } from '../../../lib/slo/burn-rate/export-openslo';
import type { ExportInputs } from '../../../lib/slo/burn-rate/export-params';
import { prometheusRulesYaml } from '../../../lib/slo/burn-rate/export-prometheus';
import { promtoolTestYaml } from '../../../lib/slo/burn-rate/export-promtool-test';

export { FireChart } from './FireChart';

/** The exports for a policy and its export inputs. */
export function exportTexts(inputs: BurnRateInputs, exports: ExportInputs) {
  const base = { serviceName: exports.serviceName, slo: inputs.slo, windowSeconds: inputs.windowSeconds, totalSelector: exports.totalSelector };
  const prometheus = { ...base, rows: inputs.rows, errorSelector: exports.errorSelector };
  return {
    rules: prometheusRulesYaml(prometheus),
    tests: promtoolTestYaml({ ...prometheus, errorRatio: inputs.errorRatio }),
    openSlo: openSloYaml({ ...base, ratio: 'bad', selector: exports.errorSelector }),
  };
}
