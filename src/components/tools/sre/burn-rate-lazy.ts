/**
 * The parts of the burn rate planner that change only when the learner edits
 * something: the chart, and the Prometheus and OpenSLO exports with their
 * YAML emitter. The page renders both for the default inputs, so the island
 * loads this module on demand (see ui/use-lazy.ts) rather than with the page.
 */
import type { BurnRateInputs } from '../../../lib/slo/burn-rate/params';
import { openSloYaml } from '../../../lib/slo/burn-rate/export-openslo';
import type { ExportInputs } from '../../../lib/slo/burn-rate/export-params';
import { prometheusRulesYaml } from '../../../lib/slo/burn-rate/export-prometheus';

export { FireChart } from './FireChart';

/** Both exports for a policy and its export inputs. */
export function exportTexts(inputs: BurnRateInputs, exports: ExportInputs) {
  const base = { serviceName: exports.serviceName, slo: inputs.slo, windowSeconds: inputs.windowSeconds, totalSelector: exports.totalSelector };
  return {
    rules: prometheusRulesYaml({ ...base, rows: inputs.rows, errorSelector: exports.errorSelector }),
    openSlo: openSloYaml({ ...base, ratio: 'bad', selector: exports.errorSelector }),
  };
}
