import { storedText } from './persisted';
import { QUIZ_SET_ASIDE_KEY, QUIZ_STORAGE_KEY } from '../lib/quiz/storage';

/**
 * The quiz state as stored text. Kept raw here: reading it needs the item
 * bank (to check its version and drop answers the bank cannot use), which
 * `readStoredQuiz` in src/lib does; the islands pass the bank in.
 */
export const $quizStored = storedText(QUIZ_STORAGE_KEY);

/** Stored quiz data that could not be used (corrupt, or from an older bank), kept rather than destroyed. */
export const $quizSetAside = storedText(QUIZ_SET_ASIDE_KEY);
