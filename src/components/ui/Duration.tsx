import { formatDurationHuman, formatDurationIso } from '../../lib/format';

/** A duration: ISO 8601 in `datetime` (PT43M12S), readable as content (43m 12s). */
export function Duration({ seconds, maxUnits }: { seconds: number; maxUnits?: number }) {
  return <time datetime={formatDurationIso(seconds)}>{formatDurationHuman(seconds, maxUnits ? { maxUnits } : {})}</time>;
}
