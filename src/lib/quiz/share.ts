/**
 * Compact answers for a shareable result link: `/quiz/result/?a=1.5403…`.
 *
 * Format: the bank version, a dot, then one character per item in bank order:
 * `0` = skipped; Likert `1`–`5`; scenario option index + 1 (`1`–`4`). Base 36
 * leaves room for up to 35 options. The link holds answers only; the result is
 * recomputed from them, so a link cannot claim a score the answers do not give.
 */
import { answerFor, resolveAnswer, type Answer, type Answers } from './answers';
import type { QuizBank } from './schema';

/** Query parameter name for the encoded answers. */
export const SHARE_PARAM = 'a';

export type ShareProblem = 'missing' | 'tampered' | 'outdated';

export type DecodedShare =
  | { ok: true; bankVersion: number; answers: Record<string, Answer> }
  | { ok: false; reason: ShareProblem; message: string };

const SHARE_FORMAT = /^(\d{1,6})\.([0-9a-z]*)$/;

export function encodeShare(bank: Pick<QuizBank, 'version' | 'items'>, answers: Answers): string {
  const chars = bank.items.map((item) => {
    const resolved = resolveAnswer(item, answerFor(answers, item.id));
    if (!resolved) return '0';
    return (resolved.kind === 'likert' ? resolved.value : resolved.index + 1).toString(36);
  });
  return `${bank.version}.${chars.join('')}`;
}

const TAMPERED = 'This result link looks damaged or edited, so it cannot be shown. Ask for the link again, or take the quiz yourself.';

export function decodeShare(value: string | null | undefined, bank: Pick<QuizBank, 'version' | 'items'>): DecodedShare {
  if (value === null || value === undefined || value.trim() === '') {
    return { ok: false, reason: 'missing', message: 'This link has no quiz answers in it. Take the quiz to see your own result.' };
  }
  const match = SHARE_FORMAT.exec(value.trim());
  const version = match ? Number(match[1]) : NaN;
  const body = match?.[2];
  if (!match || body === undefined || !Number.isSafeInteger(version) || version < 1) return { ok: false, reason: 'tampered', message: TAMPERED };
  if (version !== bank.version) {
    return {
      ok: false,
      reason: 'outdated',
      message: `This result link was made with version ${version} of the quiz, and the questions have changed since (this is version ${bank.version}). Take the quiz again to see a current result.`,
    };
  }
  if (body.length !== bank.items.length) return { ok: false, reason: 'tampered', message: TAMPERED };

  const answers: Record<string, Answer> = {};
  for (const [index, item] of bank.items.entries()) {
    const code = parseInt(body.charAt(index), 36);
    if (code === 0) continue;
    if (item.kind === 'likert') {
      if (code > 5) return { ok: false, reason: 'tampered', message: TAMPERED };
      answers[item.id] = code;
    } else {
      const option = item.options[code - 1];
      if (!option) return { ok: false, reason: 'tampered', message: TAMPERED };
      answers[item.id] = option.id;
    }
  }
  return { ok: true, bankVersion: version, answers };
}
