/**
 * DORA's performance clusters ("tiers"), best first. Kept apart from the
 * benchmark schema so browser code can name tiers without loading zod.
 */
export const TIERS = ['elite', 'high', 'medium', 'low'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_LABELS: Readonly<Record<Tier, string>> = {
  elite: 'Elite',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};
