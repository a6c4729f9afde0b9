import { ANSWER_LOG_FORMAT, isAnswerLog } from '../lib/review/log';
import { persistedAtom } from './persisted';

/**
 * Every answer to a review card (src/lib/review/log.ts), appended by the
 * knowledge checks on lesson pages and by the review page; the schedule and
 * due counts are derived from it where they are shown. Kept under
 * fs:review:v1; an unreadable log is set aside under fs:review:set-aside.
 */
export const $answerLog = persistedAtom<string>('review', ANSWER_LOG_FORMAT, '', (value) => (isAnswerLog(value) ? value : undefined));

