/**
 * The answer log's lines as a zod schema: the specification that the
 * browser-side reader in log.ts (`isAnswerLog`, `parseAnswerLog`) is tested
 * against. Not imported by any page.
 */
import { z } from 'zod';

export const cardIdSchema = z.string().regex(/^(check|term)-[a-z0-9-]{1,120}$/);

export const answerSchema = z.strictObject({
  card: cardIdSchema,
  right: z.boolean(),
  at: z.number().int().min(0).max(999_999_999_999_999),
  offset: z.number().int().min(-999).max(999),
});

export const answersSchema = z.array(answerSchema);
