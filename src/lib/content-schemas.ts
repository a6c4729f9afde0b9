/**
 * Schemas for the site's content. `src/content.config.ts` wires them to the
 * collections; tests import them directly, so a frontmatter mistake is caught
 * by a unit test as well as by the build, with a message naming the field.
 */
import { z } from 'zod';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "error-budgets"');

/** Which role a lesson is mainly about; `both` for the shared ground. */
export const trackSchema = z.enum(['devops', 'sre', 'both']);
export type Track = z.infer<typeof trackSchema>;

/** One answer of a knowledge-check question, with feedback saying why it is right or wrong. */
export const checkOptionSchema = z.strictObject({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  feedback: z.string().min(10),
});

/**
 * A knowledge-check question: exactly one option is correct. Its `id` names
 * the question for good: the review deck keeps each learner's answers under
 * it (src/lib/checks.ts), so reordering a lesson's checks or rewording one
 * keeps their history. Change an id only for a new question.
 */
export const checkSchema = z
  .strictObject({
    /** Unique within its lesson, e.g. "which-hat". */
    id: slug,
    question: z.string().min(10),
    options: z.array(checkOptionSchema).min(2).max(5),
  })
  .refine((check) => check.options.filter((option) => option.correct).length === 1, {
    message: 'mark exactly one option with correct: true',
    path: ['options'],
  });
export type Check = z.infer<typeof checkSchema>;

/** Frontmatter of a lesson (`src/content/lessons/*.mdx`). */
export const lessonSchema = z.strictObject({
  /** Shown as the page's h1 and in lists. Example: "Two hats". */
  title: z.string().min(3).max(80),
  /** One or two sentences for lists, search results and the meta description. */
  description: z.string().min(20).max(240),
  track: trackSchema,
  /** Position in the full course, 1-based. Lessons are sorted by it. */
  order: z.number().int().positive(),
  /** What the learner can do afterwards, each starting with a verb. */
  objectives: z.array(z.string().min(10)).min(2).max(6),
  /** Ids from the `sources` collection backing the lesson's facts and numbers. */
  sources: z.array(slug).min(1),
  /** "Check yourself": 2–4 questions shown at the end of the lesson, each with its own id. */
  checks: z
    .array(checkSchema)
    .min(2)
    .max(4)
    .refine((checks) => new Set(checks.map((check) => check.id)).size === checks.length, 'give each check an id of its own within the lesson'),
  /** Drafts are built nowhere. */
  draft: z.boolean().default(false),
});
export type LessonFrontmatter = z.infer<typeof lessonSchema>;

/** One entry of `src/content/sources.json`: a work the site cites. */
export const sourceSchema = z.strictObject({
  id: slug,
  title: z.string().min(3),
  /** Author(s) or publishing organisation. */
  author: z.string().min(2),
  year: z.number().int().min(1900).max(2100),
  /** Omitted only for articles without a stable public address. */
  url: z.url({ protocol: /^https$/, error: "must be an https:// URL" }).optional(),
  /** What the site uses it for, so a reviewer knows which claims to check. */
  supports: z.string().min(10),
});
export type Source = z.infer<typeof sourceSchema>;

/** One entry of `src/content/glossary.json`. */
export const glossaryTermSchema = z.strictObject({
  /** Anchor on the glossary page, e.g. "error-budget" → /glossary/#error-budget. */
  id: slug,
  term: z.string().min(2),
  /** Expansion of an abbreviation, e.g. "Service level objective" for SLO. */
  expansion: z.string().optional(),
  /** One plain sentence. */
  short: z.string().min(10).max(220),
  /** A paragraph with an example. */
  long: z.string().min(40),
  related: z.array(slug).default([]),
  /** Every definition names at least one work a reader can check it against. */
  sources: z.array(slug).min(1, 'name at least one source'),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** One calculator in `src/content/tools.json`; its page lives at /tools/<id>/. */
export const toolSchema = z.strictObject({
  id: slug,
  /** As shown in lists, e.g. "Error budget calculator". */
  name: z.string().min(3).max(60),
  /** One sentence on what it answers. */
  summary: z.string().min(20).max(200),
  track: trackSchema,
  /** Position in the tools index. */
  order: z.number().int().positive(),
});
export type Tool = z.infer<typeof toolSchema>;

/** One question of the FAQ (`src/content/faq.json`). */
export const faqSchema = z.strictObject({
  id: slug,
  /** Position on the page. */
  order: z.number().int().positive(),
  question: z.string().min(10).max(160),
  /** Paragraphs of plain text. */
  answer: z.array(z.string().min(20)).min(1).max(4),
  /** Lessons that answer it at length. */
  lessons: z.array(slug).default([]),
  sources: z.array(slug).min(1),
});
export type Faq = z.infer<typeof faqSchema>;

/** One row of the /compare/ table: an aspect, each role's side, and the lesson that covers it. */
export const compareRowSchema = z.strictObject({
  id: slug,
  order: z.number().int().positive(),
  aspect: z.string().min(3).max(60),
  devops: z.string().min(10).max(200),
  sre: z.string().min(10).max(200),
  lesson: slug,
});
export type CompareRow = z.infer<typeof compareRowSchema>;

/** A learning path: lessons in a suggested order. The quiz recommends one by its id. */
export const pathSchema = z.strictObject({
  id: z.enum(['devops-first', 'sre-first', 'full']),
  name: z.string().min(3),
  summary: z.string().min(20).max(200),
  lessons: z.array(slug).min(3),
});
export type LearningPath = z.infer<typeof pathSchema>;
