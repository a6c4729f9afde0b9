/**
 * The free-text inputs both exports share: a service name and Prometheus
 * series selectors. They are pasted into generated YAML and PromQL, so they
 * are checked for the mistakes that would make the output invalid.
 */
import { fail, hasDirectionControl, ok, type FieldResult } from '../../field';

export const MAX_SELECTOR_LENGTH = 500;
export const MAX_SERVICE_NAME_LENGTH = 40;

export const DEFAULT_SERVICE_NAME = 'checkout';
export const DEFAULT_ERROR_SELECTOR = 'http_requests_total{job="checkout",code=~"5.."}';
export const DEFAULT_TOTAL_SELECTOR = 'http_requests_total{job="checkout"}';

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;

/**
 * A series selector such as `http_requests_total{job="checkout",code=~"5.."}`:
 * a metric name, a `{…}` matcher list, or both. No range (`[5m]`): the
 * rules add each window themselves.
 */
export function parseMetricSelectorField(raw: string, label = 'Selector'): FieldResult<string> {
  const text = raw.trim();
  const example = 'like http_requests_total{job="checkout"}';
  if (text === '') return fail(`Enter a value for ${label}, ${example}.`);
  if (text.length > MAX_SELECTOR_LENGTH) return fail(`${label} is too long: at most ${MAX_SELECTOR_LENGTH} characters.`);
  if (/[\r\n]/.test(text)) return fail(`${label} must fit on one line.`);
  if (hasDirectionControl(text)) {
    return fail(`${label} holds an invisible text-direction character, which would make the exported rules read differently from what they do.`);
  }
  if (!METRIC_NAME.test(text) && !text.startsWith('{')) {
    return fail(`${label} must start with a metric name or "{", ${example}.`);
  }
  let quote: string | null = null;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote !== '`') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth < 0) return fail(`${label} has a "}" without a matching "{".`);
    } else if (c === '[') {
      return fail(`Leave the range (like [5m]) out of ${label}: each rule adds its own windows.`);
    } else if (c === '(' || c === ')') {
      return fail(`${label} should be a plain selector, not an expression: the rules wrap it in sum(rate(…)).`);
    }
  }
  if (quote) return fail(`${label} has an unclosed ${quote} quote.`);
  if (depth > 0) return fail(`${label} has a "{" without a matching "}".`);
  return ok(text);
}

/** Letters, digits, spaces, `-` and `_`; used in alert names, labels and OpenSLO names. */
export function parseServiceNameField(raw: string, label = 'Service name'): FieldResult<string> {
  const text = raw.trim();
  if (text === '') return fail(`Enter a value for ${label}, like checkout.`);
  if (text.length > MAX_SERVICE_NAME_LENGTH) return fail(`${label} can be at most ${MAX_SERVICE_NAME_LENGTH} characters.`);
  if (!/^[A-Za-z0-9][A-Za-z0-9 _-]*$/.test(text)) {
    return fail(`${label} can use letters, digits, spaces, "-" and "_", starting with a letter or digit.`);
  }
  return ok(text);
}

const words = (name: string): string[] => name.split(/[^A-Za-z0-9]+/).filter(Boolean);

/** "checkout api" → "checkout-api": the DNS-label form OpenSLO names and rule groups use. */
export function kebabName(name: string): string {
  return words(name).join('-').toLowerCase().slice(0, 63).replace(/-+$/, '') || 'service';
}

/** "checkout api" → "CheckoutApi": Prometheus alert names can't contain spaces or dashes. */
export function pascalName(name: string): string {
  const pascal = words(name)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
  return /^[A-Za-z_]/.test(pascal) ? pascal : `Service${pascal}`;
}

/** The names the page downloads the Prometheus exports under; the unit tests name the rules file by it. */
export function prometheusFileNames(serviceName: string): { rules: string; tests: string } {
  const base = `${kebabName(serviceName)}-slo-burn-rate`;
  return { rules: `${base}.rules.yml`, tests: `${base}.test.yml` };
}
