/**
 * Numbers inside learner-facing sentences ("needs an error ratio of 144%").
 * Significant digits rather than fixed decimals, because the same message
 * may carry 14.4 or 0.0139.
 */

const formatters = new Map<number, Intl.NumberFormat>();

function formatter(significantDigits: number): Intl.NumberFormat {
  let f = formatters.get(significantDigits);
  if (!f) {
    f = new Intl.NumberFormat('en', { maximumSignificantDigits: significantDigits });
    formatters.set(significantDigits, f);
  }
  return f;
}

/** 14.4 → "14.4", 0.93333 → "0.9333", 1000000 → "1,000,000". */
export function formatNumber(value: number, significantDigits = 4): string {
  return formatter(significantDigits).format(value);
}

/** A fraction as a percentage: 0.0139 → "1.39%". */
export function formatPercent(fraction: number, significantDigits = 3): string {
  return `${formatNumber(fraction * 100, significantDigits)}%`;
}
