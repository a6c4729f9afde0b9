/**
 * Identifiers the quiz uses at run time. Kept apart from the zod schemas so
 * code that runs in the browser never bundles zod (it would cost more than
 * the quiz page's whole JavaScript budget).
 */
export const ROLE_IDS = ['devops', 'sre'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const LEARNING_PATH_IDS = ['devops-first', 'sre-first', 'full'] as const;
export type LearningPathId = (typeof LEARNING_PATH_IDS)[number];
