/**
 * Durations as PromQL range selectors take them. Apart from duration.ts
 * because only the Prometheus export uses it, and that loads on demand.
 */
import { splitMilliseconds } from '../../duration';

/**
 * Compact, unit-suffixed and space-free: "30d", "1h30m", "21m36s",
 * "1m26s400ms" (no decimals in PromQL). Rounded to the millisecond; URLs use
 * the lossless formatDurationExact.
 */
export function formatDurationCompact(seconds: number): string {
  const symbols = ['d', 'h', 'm', 's', 'ms'];
  return splitMilliseconds(seconds)
    .map((n, i) => (n ? `${n}${symbols[i]}` : ''))
    .join('') || '0s';
}
