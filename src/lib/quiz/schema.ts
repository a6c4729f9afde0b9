/**
 * Schemas for the career-fit quiz content: the item bank (`bank.json`) and the
 * role profiles shown with a result (`roles.json`). The content config loads
 * both with `file()` and these schemas; tests import the JSON and parse it too.
 *
 * Editorial rules that a schema can enforce live here (ids, ranges, facet
 * references, balance between the two roles), so a bad edit fails the build
 * with a message that names the item.
 */
import { z } from 'zod';
import { balanceIssues } from './balance';
import { LEARNING_PATH_IDS, ROLE_IDS } from './ids';

/** A short lowercase slug, e.g. `pipeline-rebuild`. Stable: answers and links refer to it. */
const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use a short lowercase slug with hyphens, like "pipeline-rebuild".');

/** One sentence for the learner, ending in a full stop. */
const sentenceSchema = z
  .string()
  .trim()
  .min(10)
  .max(200)
  .regex(/^[^.!?]*[^.!?\s][.!?]$/, 'Write exactly one sentence, ending in a full stop.');

/** Short learner-facing text: an activity, a prompt or an option. */
const phraseSchema = z.string().trim().min(8).max(180);

/**
 * A facet of the work, scored like a role but shown as a profile,
 * e.g. `{ "id": "flow", "label": "Delivery flow", "description": "…" }`.
 */
export const facetSchema = z.object({
  id: slugSchema,
  /** Heading in the result table, e.g. "Delivery flow". */
  label: z.string().trim().min(3).max(40),
  /** One sentence saying what the facet covers. */
  description: sentenceSchema,
});

/**
 * Effect of liking an activity on each role, 0–2. Never negative: liking work a
 * role does is evidence for that role, and never against the other one (the
 * roles share a large core). 0 means the item does not bear on that role.
 * Example: `{ "devops": 2, "sre": 0 }`.
 */
export const likertEffectsSchema = z.object({
  devops: z.number().int().min(0).max(2),
  sre: z.number().int().min(0).max(2),
});

/**
 * Effect of picking a scenario option on each role, −2 to 2. A first move is a
 * relative choice, so an option leaning one way may count a little against the
 * other role. Example: `{ "devops": 2, "sre": -1 }`.
 */
export const optionEffectsSchema = z.object({
  devops: z.number().int().min(-2).max(2),
  sre: z.number().int().min(-2).max(2),
});

/** Effects on facets, keyed by facet id, 1–2. Example: `{ "flow": 2, "automation": 1 }`. */
export const facetEffectsSchema = z.record(slugSchema, z.number().int().min(1).max(2)).default({});

/**
 * A concrete work activity answered Strongly dislike … Strongly like.
 * Example: `{ "id": "pipeline-rebuild", "kind": "likert", "activity": "Rebuild a slow deployment pipeline so every team can ship independently.", "effects": { "devops": 2, "sre": 0 }, "facets": { "flow": 2 } }`.
 */
export const likertItemSchema = z
  .object({
    id: slugSchema,
    kind: z.literal('likert'),
    /** An imperative phrase naming one activity; the result quotes it as "You'd like to: …". */
    activity: phraseSchema,
    effects: likertEffectsSchema,
    facets: facetEffectsSchema,
  })
  .refine((item) => item.effects.devops > 0 || item.effects.sre > 0, {
    message: 'A Likert item must bear on at least one role (devops or sre above 0).',
    path: ['effects'],
  });

/** One answer to a scenario: a reasonable first move a good engineer could make. */
export const scenarioOptionSchema = z.object({
  /** Slug, unique within its scenario, e.g. `roll-back`. */
  id: slugSchema,
  /** What the learner would do, as an imperative phrase; the result quotes it. */
  text: phraseSchema,
  effects: optionEffectsSchema,
  facets: facetEffectsSchema,
});

/**
 * A situation with 3–4 options, e.g. "It's 3 a.m. and checkout latency doubled.
 * What do you reach for first?"
 */
export const scenarioItemSchema = z
  .object({
    id: slugSchema,
    kind: z.literal('scenario'),
    /** The situation and the question, shown as the fieldset legend. */
    prompt: phraseSchema,
    options: z.array(scenarioOptionSchema).min(3).max(4),
  })
  .superRefine((item, ctx) => {
    const seen = new Set<string>();
    item.options.forEach((option, index) => {
      if (seen.has(option.id)) {
        ctx.addIssue({ code: 'custom', message: `Option id "${option.id}" is used twice in scenario "${item.id}".`, path: ['options', index, 'id'] });
      }
      seen.add(option.id);
    });
    if (item.options.every((o) => o.effects.devops === 0 && o.effects.sre === 0)) {
      ctx.addIssue({ code: 'custom', message: `Scenario "${item.id}" must bear on at least one role.`, path: ['options'] });
    }
  });

export const quizItemSchema = z.discriminatedUnion('kind', [likertItemSchema, scenarioItemSchema]);

/**
 * The whole item bank: one entry in `src/content/quiz/bank.json`, an array
 * holding `{ "id": "bank", "version": 1, … }`. Bump `version` whenever an item
 * is added, removed, reordered or re-weighted: stored answers and shared links
 * name the version, and an old one is set aside rather than misread.
 */
export const quizBankSchema = z
  .object({
    /** Entry id for the content collection; always "bank". */
    id: z.literal('bank'),
    /** Positive integer, e.g. 1. */
    version: z.number().int().positive(),
    /** The question every Likert item answers, e.g. "How would you feel about doing this at work?" */
    likertStem: phraseSchema,
    /** The five answer labels, from 1 (Strongly dislike) to 5 (Strongly like). */
    likertScale: z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()]),
    facets: z.array(facetSchema).min(1),
    /** Shown in this order; share links rely on the order. */
    items: z.array(quizItemSchema).min(24),
  })
  .superRefine((bank, ctx) => {
    const facetIds = new Set<string>();
    bank.facets.forEach((facet, index) => {
      if (facetIds.has(facet.id)) ctx.addIssue({ code: 'custom', message: `Facet id "${facet.id}" is used twice.`, path: ['facets', index, 'id'] });
      facetIds.add(facet.id);
    });

    const itemIds = new Set<string>();
    const usedFacets = new Set<string>();
    bank.items.forEach((item, index) => {
      if (itemIds.has(item.id)) ctx.addIssue({ code: 'custom', message: `Item id "${item.id}" is used twice.`, path: ['items', index, 'id'] });
      itemIds.add(item.id);
      const carriers = item.kind === 'likert' ? [item.facets] : item.options.map((o) => o.facets);
      for (const facets of carriers) {
        for (const facetId of Object.keys(facets)) {
          usedFacets.add(facetId);
          if (!facetIds.has(facetId)) {
            ctx.addIssue({ code: 'custom', message: `Item "${item.id}" refers to unknown facet "${facetId}".`, path: ['items', index] });
          }
        }
      }
    });
    for (const facet of bank.facets) {
      if (!usedFacets.has(facet.id)) ctx.addIssue({ code: 'custom', message: `Facet "${facet.id}" is used by no item.`, path: ['facets'] });
    }

    for (const message of balanceIssues(bank)) ctx.addIssue({ code: 'custom', message, path: ['items'] });
  });

export type Facet = z.infer<typeof facetSchema>;
export type LikertItem = z.infer<typeof likertItemSchema>;
export type ScenarioOption = z.infer<typeof scenarioOptionSchema>;
export type ScenarioItem = z.infer<typeof scenarioItemSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;
export type QuizBank = z.infer<typeof quizBankSchema>;

export { LEARNING_PATH_IDS, ROLE_IDS, type LearningPathId, type RoleId } from './ids';

/** A lesson slug, e.g. `error-budgets` (the lesson lives at `/lessons/error-budgets/`). */
const lessonSlugSchema = slugSchema;
/** A calculator's path, e.g. `/tools/error-budget/`. */
const toolPathSchema = z.string().regex(/^\/tools\/[a-z0-9]+(-[a-z0-9]+)*\/$/, 'Write a tool path like "/tools/error-budget/".');

/** A certification (or course) commonly held by people in the role. */
export const certificationSchema = z.object({
  /** The name the issuer uses, e.g. "AWS Certified DevOps Engineer – Professional". */
  name: z.string().trim().min(3),
  /** Who awards it, e.g. "Amazon Web Services". */
  issuer: z.string().trim().min(2),
  /** `course` for a training course with no certifying exam. */
  kind: z.enum(['certification', 'course']),
  /** Optional one-sentence caveat, e.g. what it covers beyond this role. */
  note: sentenceSchema.optional(),
});

/** A growth step, optionally pointing to the lesson or tool that helps with it. */
export const growthStepSchema = z.object({
  /** One concrete thing to do, in one or two sentences. */
  text: z.string().trim().min(20).max(240),
  lesson: lessonSlugSchema.optional(),
  tool: toolPathSchema.optional(),
});

/**
 * What the result view shows for one role: one entry of `roles.json`, e.g.
 * `{ "id": "sre", "name": "Site reliability engineer", … }`. Use this schema
 * with the content collection's `file()` loader.
 */
export const roleProfileSchema = z.object({
  id: z.enum(ROLE_IDS),
  /** Job title as shown, e.g. "DevOps engineer". */
  name: z.string().trim().min(3),
  /** One sentence on what the role optimises for. */
  summary: sentenceSchema,
  /** What a week looks like: 4–6 bullet points. */
  week: z.array(z.string().trim().min(20).max(240)).min(4).max(6),
  /** For a learner whose result leans away from this role: 4–6 concrete steps toward it. */
  growthPlan: z.array(growthStepSchema).min(4).max(6),
  certifications: z.array(certificationSchema).min(2),
  /** Lesson slugs in suggested reading order. */
  lessons: z.array(lessonSlugSchema).min(1),
  /** Calculators that go with those lessons. */
  tools: z.array(toolPathSchema),
  /** The learning path a learner leaning this way starts on. */
  path: z.enum(LEARNING_PATH_IDS),
});

/** The whole of `roles.json`: exactly one profile per role. */
export const roleProfilesSchema = z.array(roleProfileSchema).superRefine((profiles, ctx) => {
  for (const role of ROLE_IDS) {
    const count = profiles.filter((p) => p.id === role).length;
    if (count !== 1) ctx.addIssue({ code: 'custom', message: `roles.json needs exactly one "${role}" profile (found ${count}).` });
  }
});

export type Certification = z.infer<typeof certificationSchema>;
export type GrowthStep = z.infer<typeof growthStepSchema>;
export type RoleProfile = z.infer<typeof roleProfileSchema>;
