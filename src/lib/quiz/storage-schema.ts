/**
 * The stored quiz state as a zod schema: the specification that the
 * browser-side reader `isStoredQuiz` (storage.ts) is tested against.
 */
import { z } from 'zod';
import { QUIZ_STORAGE_FORMAT } from './storage';

export const storedQuizSchema = z.object({
  v: z.literal(QUIZ_STORAGE_FORMAT),
  bank: z.number().int().positive(),
  answers: z.record(z.string(), z.union([z.number().int(), z.string().max(100)])),
  current: z.number().int().min(0),
  updatedAt: z.iso.datetime({ offset: true }),
});
