/**
 * From two fits to a verdict, a confidence word and a learning path.
 *
 * Fits are the rounded 0–100 numbers the learner sees, so the verdict never
 * disagrees with the table next to it. There are no norms yet (no pilot data),
 * so every threshold below is a reasoned choice about this bank's arithmetic,
 * stated with its reason, and none of them claims a percentile.
 */
import type { LearningPathId } from './schema';

export type Verdict = 'devops' | 'sre' | 'both' | 'unclear';
export type VerdictReason =
  /** One fit is clearly ahead. */
  | 'leans'
  /** Both fits high and close together: both hats. */
  | 'both-high'
  /** Close together, but not both high: no lean either way yet. */
  | 'close-middling'
  /** Even the higher fit is below the midpoint. */
  | 'both-low'
  /** Too many "Neither like nor dislike" answers to read a lean. */
  | 'mostly-neutral'
  /** A role has too few answers to be scored. */
  | 'too-few-answers';
export type Confidence = 'slight' | 'moderate' | 'clear';

/**
 * A gap (in fit points) below which the result is not a lean. On bank v1 each
 * role has M = 35, so switching one scenario answer from the DevOps option to
 * the SRE option moves the gap by (3 + 3) ÷ 70 × 100 ≈ 8.6 points. A lean
 * should survive one changed mind, so the gap must be at least 10.
 */
export const CLOSE_GAP = 10;

/**
 * Both fits at or above this make a close result "both hats". 60 is 10 points
 * above the neutral midpoint: on average, answers between "Neither" and "Like"
 * on both roles' activities.
 */
export const HIGH_FIT = 60;

/**
 * If even the higher fit is below 50, the learner on balance disliked the work
 * of both roles, and naming one would be a guess (a lean among dislikes).
 */
export const LOW_FIT = 50;

/**
 * When half or more of the answers are "Neither like nor dislike", both fits
 * are pulled to 50 by construction (neutral answers count in M, add nothing
 * to S), so the numbers describe the neutral answers more than the learner.
 */
export const MOSTLY_NEUTRAL_SHARE = 0.5;

/** Gap for a "moderate" lean: twice the closeness gap. */
export const MODERATE_GAP = 20;
/**
 * Gap for a "clear" lean: 35 points is about four scenario answers going
 * one way, or most of one role's activities liked and the other's disliked.
 */
export const CLEAR_GAP = 35;
/** For "both": the lower fit at these levels makes "both" moderate or clear. */
export const BOTH_MODERATE_FIT = 70;
export const BOTH_CLEAR_FIT = 80;
/**
 * Each of these lowers confidence by one step (never below "slight"): with a
 * quarter of the items skipped each answer weighs more, and with a quarter
 * neutral the fits are being pulled toward the middle.
 */
export const LOW_ANSWERED_SHARE = 0.75;
export const HIGH_NEUTRAL_SHARE = 0.25;

export interface VerdictInput {
  /** Rounded DevOps fit, or null when too few of its items are answered. */
  devops: number | null;
  sre: number | null;
  /** Neutral Likert answers ÷ answered items, 0–1 (0 when nothing is answered). */
  neutralShare: number;
}

export function verdictFor({ devops, sre, neutralShare }: VerdictInput): { verdict: Verdict; reason: VerdictReason } {
  if (devops === null || sre === null) return { verdict: 'unclear', reason: 'too-few-answers' };
  if (neutralShare >= MOSTLY_NEUTRAL_SHARE) return { verdict: 'unclear', reason: 'mostly-neutral' };
  if (Math.max(devops, sre) < LOW_FIT) return { verdict: 'unclear', reason: 'both-low' };
  const gap = devops - sre;
  // A tie is never broken silently: a small gap is a result of its own.
  if (Math.abs(gap) < CLOSE_GAP) {
    return Math.min(devops, sre) >= HIGH_FIT ? { verdict: 'both', reason: 'both-high' } : { verdict: 'unclear', reason: 'close-middling' };
  }
  return { verdict: gap > 0 ? 'devops' : 'sre', reason: 'leans' };
}

/**
 * What a lean says about the role it leans away from. The other role's fit at
 * or above LOW_FIT (the neutral midpoint) means the learner liked its work at
 * least as much as not, so they would probably enjoy it too; below it they
 * on balance disliked it, and the result should say that role suits them less.
 */
export type OtherRoleOutlook = 'enjoy-too' | 'suits-less';

/** For a DevOps or SRE lean, the outlook on the other role; null for any other verdict or an unscored role. */
export function otherRoleOutlook({ verdict, devops, sre }: { verdict: Verdict; devops: number | null; sre: number | null }): OtherRoleOutlook | null {
  if (verdict !== 'devops' && verdict !== 'sre') return null;
  const other = verdict === 'devops' ? sre : devops;
  if (other === null) return null;
  return other >= LOW_FIT ? 'enjoy-too' : 'suits-less';
}

const LEVELS: readonly Confidence[] = ['slight', 'moderate', 'clear'];

export interface ConfidenceInput extends VerdictInput {
  verdict: Verdict;
  /** Answered items ÷ all items, 0–1. */
  answeredShare: number;
}

/**
 * How sure the quiz is of its verdict, in words. A lean starts from the gap,
 * "both" from the lower fit; "unclear" is always "slight". Then one step down
 * for many skipped items and one for many neutral answers.
 */
export function confidenceFor({ verdict, devops, sre, neutralShare, answeredShare }: ConfidenceInput): Confidence {
  if (verdict === 'unclear' || devops === null || sre === null) return 'slight';
  let level: number;
  if (verdict === 'both') {
    const lower = Math.min(devops, sre);
    level = lower >= BOTH_CLEAR_FIT ? 2 : lower >= BOTH_MODERATE_FIT ? 1 : 0;
  } else {
    const gap = Math.abs(devops - sre);
    level = gap >= CLEAR_GAP ? 2 : gap >= MODERATE_GAP ? 1 : 0;
  }
  if (answeredShare < LOW_ANSWERED_SHARE) level -= 1;
  if (neutralShare >= HIGH_NEUTRAL_SHARE) level -= 1;
  return LEVELS[Math.max(0, level)] ?? 'slight';
}

/** The learning path to suggest: the leaning role's first, otherwise the full path. */
export function learningPathFor(verdict: Verdict): LearningPathId {
  if (verdict === 'devops') return 'devops-first';
  if (verdict === 'sre') return 'sre-first';
  return 'full';
}
