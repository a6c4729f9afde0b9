import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { compareRowSchema, faqSchema, glossaryTermSchema, lessonSchema, pathSchema, sourceSchema, toolSchema } from './lib/content-schemas';
import { benchmarkYearSchema } from './lib/dora/benchmark-schema';
import { quizBankSchema, roleProfileSchema } from './lib/quiz/schema';

/**
 * Content collections. Schemas live in src/lib so unit tests can check them;
 * here they are tied to their files, and references between collections are
 * resolved (a lesson citing an unknown source fails the build).
 */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/lessons' }),
  schema: lessonSchema.extend({ sources: lessonSchema.shape.sources.pipe(reference('sources').array()) }),
});

const sources = defineCollection({
  loader: file('src/content/sources.json'),
  schema: sourceSchema,
});

const glossary = defineCollection({
  loader: file('src/content/glossary.json'),
  schema: glossaryTermSchema.extend({
    related: glossaryTermSchema.shape.related.pipe(reference('glossary').array()),
    sources: glossaryTermSchema.shape.sources.pipe(reference('sources').array()),
  }),
});

/** The career-fit quiz's item bank: one entry, id "bank", carrying its version. */
const quiz = defineCollection({
  loader: file('src/content/quiz/bank.json'),
  schema: quizBankSchema,
});

/** What each role's week looks like, growth plans and certifications, shown with a quiz result. */
const roles = defineCollection({
  loader: file('src/content/quiz/roles.json'),
  schema: roleProfileSchema,
});

/** The calculators, for the tools index, the home page and quiz recommendations. */
const tools = defineCollection({
  loader: file('src/content/tools.json'),
  schema: toolSchema,
});

const faq = defineCollection({
  loader: file('src/content/faq.json'),
  schema: faqSchema.extend({
    lessons: faqSchema.shape.lessons.pipe(reference('lessons').array()),
    sources: faqSchema.shape.sources.pipe(reference('sources').array()),
  }),
});

/** Rows of the side-by-side comparison on /compare/. */
const compare = defineCollection({
  loader: file('src/content/compare.json'),
  schema: compareRowSchema.extend({ lesson: compareRowSchema.shape.lesson.pipe(reference('lessons')) }),
});

/** Learning paths through the lessons; the quiz result recommends one. */
const paths = defineCollection({
  loader: file('src/content/paths.json'),
  schema: pathSchema.extend({ lessons: pathSchema.shape.lessons.pipe(reference('lessons').array()) }),
});

/** DORA benchmarks, one file per report year (2019.json …); the entry id is the year. */
const benchmarks = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/benchmarks' }),
  schema: benchmarkYearSchema,
});

export const collections = { lessons, sources, glossary, quiz, roles, tools, faq, compare, paths, benchmarks };
