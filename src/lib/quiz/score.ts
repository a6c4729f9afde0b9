/**
 * Scoring of the career-fit quiz, after the quiz-scoring reference (the
 * 8values axis formula applied to each dimension separately).
 *
 * For a dimension d (a role or a facet), over the answered items that bear on d:
 *   S = Σ e_d · c   (Likert: c = (r − 3) ÷ 2; scenario: the picked option's e_d)
 *   M = Σ max |e_d| available in the item (Likert: |e_d|)
 *   fit = 100 × (M + S) ÷ (2M), 0–100, 50 = as much liking as disliking.
 * Neutral answers add 0 to S and their weight to M; skipped items count in
 * neither. A dimension is scored once at least half of its items are answered.
 *
 * Items are always read in bank order, never in the answer map's order, so the
 * same answers give the same result however they were stored.
 */
import { answerFor, likertCoding, NEUTRAL_LIKERT, resolveAnswer, type Answers } from './answers';
import { strongestReasons, type Reason } from './explain';
import { ROLE_IDS, type LearningPathId, type RoleId } from './ids';
import type { QuizBank, QuizItem } from './schema';
import { confidenceFor, learningPathFor, verdictFor, type Confidence, type Verdict, type VerdictReason } from './verdict';

/** Reads one dimension's effect from an item's or option's effects. */
export type EffectOf = (carrier: { effects: { devops: number; sre: number }; facets: Record<string, number> }) => number;

export const roleEffect = (role: RoleId): EffectOf => (carrier) => carrier.effects[role];
export const facetEffect = (facetId: string): EffectOf => (carrier) => carrier.facets[facetId] ?? 0;

/**
 * The 8values-style axis score: 100 × (M + S) ÷ (2M), clamped to 0–100.
 * M must be positive; S lies in [−M, M] when the effects are consistent.
 */
export function axisFit(sum: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(sum)) return 50;
  const fit = (100 * (max + sum)) / (2 * max);
  return Math.min(100, Math.max(0, fit));
}

/** How much one item can move dimension d: |e_d| for Likert, the largest |e_d| among options for scenarios. */
export function itemWeight(item: QuizItem, effectOf: EffectOf): number {
  if (item.kind === 'likert') return Math.abs(effectOf(item));
  return Math.max(0, ...item.options.map((option) => Math.abs(effectOf(option))));
}

/** What one answered item adds to S for dimension d, or null when it is skipped. */
export function itemContribution(item: QuizItem, answers: Answers, effectOf: EffectOf): number | null {
  const resolved = resolveAnswer(item, answerFor(answers, item.id));
  if (!resolved) return null;
  if (resolved.kind === 'scenario') return effectOf(resolved.option);
  return item.kind === 'likert' ? effectOf(item) * likertCoding(resolved.value) : null;
}

export interface DimensionScore {
  /** `devops`, `sre` or a facet id. */
  id: string;
  label: string;
  /** Items that bear on this dimension (weight above 0). */
  items: number;
  /** Of those, how many are answered. */
  answered: number;
  /** S and M from the formula, for a "how was this computed" view. */
  sum: number;
  max: number;
  /** 0–100, rounded to a whole number; null until half the items are answered. */
  fit: number | null;
  /** Why `fit` is null, written for the learner; null when there is a fit. */
  reason: string | null;
}

export function scoreDimension(bank: Pick<QuizBank, 'items'>, answers: Answers, id: string, label: string, effectOf: EffectOf): DimensionScore {
  let items = 0;
  let answered = 0;
  let sum = 0;
  let max = 0;
  for (const item of bank.items) {
    const weight = itemWeight(item, effectOf);
    if (weight === 0) continue;
    items += 1;
    const contribution = itemContribution(item, answers, effectOf);
    if (contribution === null) continue;
    answered += 1;
    sum += contribution;
    max += weight;
  }
  const needed = Math.ceil(items / 2);
  if (items === 0 || answered < needed) {
    const more = Math.max(1, needed - answered);
    const reason =
      items === 0
        ? `No question in this quiz bears on ${label}.`
        : `Answer ${more} more of the ${items} questions about ${label} to see this score (at least half are needed).`;
    return { id, label, items, answered, sum, max, fit: null, reason };
  }
  return { id, label, items, answered, sum, max, fit: Math.round(axisFit(sum, max)), reason: null };
}

export const ROLE_LABELS: Record<RoleId, string> = { devops: 'DevOps', sre: 'SRE' };

export interface QuizResult {
  bankVersion: number;
  /** Items in the bank, answered items, and answered items that were "Neither like nor dislike". */
  totalItems: number;
  answered: number;
  neutral: number;
  roles: Record<RoleId, DimensionScore>;
  /** One per facet, in the bank's facet order. */
  facets: DimensionScore[];
  verdict: Verdict;
  verdictReason: VerdictReason;
  confidence: Confidence;
  /** DevOps fit − SRE fit (rounded fits); null when either is null. */
  gap: number | null;
  /** The answers that pushed most toward each role, strongest first. */
  explanation: Record<RoleId, Reason[]>;
  path: LearningPathId;
}

/** Scores a set of answers against the bank. Pure and total: any answer map gives a result. */
export function scoreQuiz(bank: QuizBank, answers: Answers): QuizResult {
  let answered = 0;
  let neutral = 0;
  for (const item of bank.items) {
    const resolved = resolveAnswer(item, answerFor(answers, item.id));
    if (!resolved) continue;
    answered += 1;
    if (resolved.kind === 'likert' && resolved.value === NEUTRAL_LIKERT) neutral += 1;
  }
  const totalItems = bank.items.length;

  const roles = {
    devops: scoreDimension(bank, answers, 'devops', ROLE_LABELS.devops, roleEffect('devops')),
    sre: scoreDimension(bank, answers, 'sre', ROLE_LABELS.sre, roleEffect('sre')),
  };
  const facets = bank.facets.map((facet) => scoreDimension(bank, answers, facet.id, facet.label, facetEffect(facet.id)));

  const neutralShare = answered === 0 ? 0 : neutral / answered;
  const answeredShare = totalItems === 0 ? 0 : answered / totalItems;
  const fits = { devops: roles.devops.fit, sre: roles.sre.fit, neutralShare };
  const { verdict, reason } = verdictFor(fits);
  const confidence = confidenceFor({ ...fits, verdict, answeredShare });
  const gap = fits.devops === null || fits.sre === null ? null : fits.devops - fits.sre;

  const explanation = Object.fromEntries(ROLE_IDS.map((role) => [role, strongestReasons(bank, answers, role)])) as Record<RoleId, Reason[]>;

  return {
    bankVersion: bank.version,
    totalItems,
    answered,
    neutral,
    roles,
    facets,
    verdict,
    verdictReason: reason,
    confidence,
    gap,
    explanation,
    path: learningPathFor(verdict),
  };
}
