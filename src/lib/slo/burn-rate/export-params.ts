/**
 * The burn rate tool's export inputs in its URL: `service`, `errors` and
 * `total` (series selectors). Each is written only when it differs from the
 * default, so the common link stays `?slo=…&window=…&rows=…&rate=…`.
 */
import {
  DEFAULT_ERROR_SELECTOR,
  DEFAULT_SERVICE_NAME,
  DEFAULT_TOTAL_SELECTOR,
  parseMetricSelectorField,
  parseServiceNameField,
} from './export-inputs';
import { ParamReader, type ParsedParams } from '../../url-params';

export interface ExportInputs {
  serviceName: string;
  errorSelector: string;
  totalSelector: string;
}

export const DEFAULT_EXPORT_INPUTS: ExportInputs = {
  serviceName: DEFAULT_SERVICE_NAME,
  errorSelector: DEFAULT_ERROR_SELECTOR,
  totalSelector: DEFAULT_TOTAL_SELECTOR,
};

/** The exports' parameters; parseBurnRateParams names any others. */
export const EXPORT_PARAMS = ['service', 'errors', 'total'] as const;

export function parseExportParams(params: URLSearchParams): ParsedParams<ExportInputs> {
  const d = DEFAULT_EXPORT_INPUTS;
  const reader = new ParamReader(params);
  const values: ExportInputs = {
    serviceName: reader.read('service', (raw) => parseServiceNameField(raw), d.serviceName, d.serviceName),
    errorSelector: reader.read('errors', (raw) => parseMetricSelectorField(raw, 'Error requests selector'), d.errorSelector, d.errorSelector),
    totalSelector: reader.read('total', (raw) => parseMetricSelectorField(raw, 'Total requests selector'), d.totalSelector, d.totalSelector),
  };
  return { values, notices: reader.notices };
}

/** Pairs for searchString(); empty when every input is the default. */
export function exportSearchPairs(inputs: ExportInputs): Array<[string, string]> {
  const d = DEFAULT_EXPORT_INPUTS;
  const pairs: Array<[string, string]> = [];
  if (inputs.serviceName !== d.serviceName) pairs.push(['service', inputs.serviceName]);
  if (inputs.errorSelector !== d.errorSelector) pairs.push(['errors', inputs.errorSelector]);
  if (inputs.totalSelector !== d.totalSelector) pairs.push(['total', inputs.totalSelector]);
  return pairs;
}
