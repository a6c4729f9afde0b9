/**
 * Why the result came out as it did: the answers that pushed most toward each
 * role, quoted back in the learner's own words (the option they picked, or the
 * activity they said they would like).
 */
import { answerFor, likertCoding, resolveAnswer, type Answers } from './answers';
import type { QuizBank, RoleId } from './schema';

export interface Reason {
  itemId: string;
  kind: 'likert' | 'scenario';
  /** "You'd strongly like to: rebuild a slow deployment pipeline …", or the picked option's text. */
  text: string;
  /** For a scenario, the situation the option answers; null for Likert items. */
  prompt: string | null;
  /** What the answer added to the role's S (always above 0 here). */
  push: number;
}

/** How many reasons to list per role by default. */
export const REASONS_PER_ROLE = 3;

const LIKERT_LEADS: Partial<Record<number, string>> = { 4: "You'd like to: ", 5: "You'd strongly like to: " };

/** Lower-cases the first letter unless the first word is an acronym ("SLO", "DORA"). */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * The answers that added most to `role`'s score, strongest first. Ties go to
 * the answer that separates the roles more (so a shared-core activity ranks
 * below a role-specific one), then to bank order, so the list is deterministic.
 */
export function strongestReasons(bank: Pick<QuizBank, 'items'>, answers: Answers, role: RoleId, limit = REASONS_PER_ROLE): Reason[] {
  const other: RoleId = role === 'devops' ? 'sre' : 'devops';
  const candidates: Array<Reason & { separation: number; order: number }> = [];
  bank.items.forEach((item, order) => {
    const resolved = resolveAnswer(item, answerFor(answers, item.id));
    if (!resolved) return;
    if (resolved.kind === 'likert' && item.kind === 'likert') {
      const c = likertCoding(resolved.value);
      const push = item.effects[role] * c;
      const lead = LIKERT_LEADS[resolved.value];
      if (push <= 0 || lead === undefined) return;
      candidates.push({ itemId: item.id, kind: 'likert', text: lead + lowerFirst(item.activity), prompt: null, push, separation: push - item.effects[other] * c, order });
    } else if (resolved.kind === 'scenario' && item.kind === 'scenario') {
      const push = resolved.option.effects[role];
      if (push <= 0) return;
      candidates.push({ itemId: item.id, kind: 'scenario', text: resolved.option.text, prompt: item.prompt, push, separation: push - resolved.option.effects[other], order });
    }
  });
  candidates.sort((a, b) => b.push - a.push || b.separation - a.separation || a.order - b.order);
  return candidates.slice(0, limit).map(({ itemId, kind, text, prompt, push }) => ({ itemId, kind, text, prompt, push }));
}
