/**
 * The progress export file, and reading one back (merged with what is here).
 * Uploaded files are a boundary, so they are validated with zod; this module
 * is loaded only when a learner exports or imports a file (a dynamic import
 * in src/components/progress/), so no page carries it on load.
 *
 * Version 2 adds the review deck's answer log (src/lib/review/log.ts) as
 * `answers`; a version 1 file (lessons only) still imports.
 */
import * as z from 'zod/mini';
import { counted } from '../plural';
import { isAnswerLog, parseAnswerLog, withAnswer, type Answer } from '../review/log';
import { emptyProgress, PROGRESS_FORMAT, type LessonStatus, type ProgressState } from './progress';

export const PROGRESS_FILE_KIND = 'flow-and-stability-progress';
/** The file's format: 1 had lessons only; 2 adds the review answers. */
export const PROGRESS_FILE_VERSION = 2;
/** The name an export is saved under. */
export const PROGRESS_FILE_NAME = 'flow-and-stability-progress.json';
/** Larger files are not progress exports (a full course with thousands of review answers is well under 1 MB). */
export const MAX_PROGRESS_FILE_BYTES = 1_000_000;
const TOO_LARGE = 'This file is too large to be a progress file, so nothing was imported.';

/** Checked on the file's size before it is read, so a huge file is refused without loading it. */
export const progressFileTooLarge = (bytes: number): string | null => (bytes > MAX_PROGRESS_FILE_BYTES ? TOO_LARGE : null);

const isoDateTime = z.iso.datetime({ offset: true });

const progressFileV1Schema = z.object({
  kind: z.literal(PROGRESS_FILE_KIND),
  version: z.literal(1),
  exportedAt: isoDateTime,
  lastOpened: z.nullable(z.string()),
  lessons: z.record(z.string(), z.object({ status: z.enum(['in-progress', 'done']), updatedAt: isoDateTime })),
});

/**
 * One review answer in the file: its card, whether it was right, and when,
 * in the learner's own offset then ("2026-12-04T10:15:00.000+01:00"), which
 * keeps both the instant and the calendar day it counted for.
 */
const fileAnswerSchema = z.object({
  card: z.string().check(z.regex(/^(check|term)-[a-z0-9-]{1,120}$/)),
  right: z.boolean(),
  at: isoDateTime,
});

export const progressFileSchema = z.object({ ...progressFileV1Schema.shape, version: z.literal(PROGRESS_FILE_VERSION), answers: z.array(fileAnswerSchema) });
export type ProgressFile = z.infer<typeof progressFileSchema>;
type FileAnswer = z.infer<typeof fileAnswerSchema>;

const two = (n: number) => String(n).padStart(2, '0');

/** An answer's time in its own offset: fileTime(0, 60) → "1970-01-01T01:00:00.000+01:00". */
export function fileTime(at: number, offset: number): string {
  const abs = Math.abs(offset);
  return `${new Date(at + offset * 60_000).toISOString().slice(0, 23)}${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** Reads a file answer back; undefined when the log cannot hold it (before 1970, or an offset beyond ±16:39). */
export function fromFileAnswer({ card, right, at }: FileAnswer): Answer | undefined {
  const match = /(Z|([+-])(\d\d):(\d\d))$/.exec(at);
  const offset = !match || match[1] === 'Z' ? 0 : (match[2] === '-' ? -1 : 1) * (Number(match[3]) * 60 + Number(match[4]));
  const answer = { card, right, at: Date.parse(at), offset: offset || 0 };
  return isAnswerLog(withAnswer('', answer)) ? answer : undefined;
}

/** The file a learner downloads: their progress and review answers, with a kind, a version and a date. */
export function progressFile(state: ProgressState, log: string, now: Date): ProgressFile {
  const answers = parseAnswerLog(log).map(({ card, right, at, offset }) => ({ card, right, at: fileTime(at, offset) }));
  return { kind: PROGRESS_FILE_KIND, version: PROGRESS_FILE_VERSION, exportedAt: now.toISOString(), lastOpened: state.lastOpened, lessons: state.lessons, answers };
}

const RANK: Record<LessonStatus, number> = { 'in-progress': 1, done: 2 };

/**
 * Combines imported progress with what is already here, lesson by lesson:
 * the further status wins (done beats in progress), then the newer change.
 * Importing therefore never loses a finished lesson.
 */
export function mergeProgress(here: ProgressState, imported: ProgressState): ProgressState {
  const lessons = { ...here.lessons };
  for (const [id, theirs] of Object.entries(imported.lessons)) {
    const ours = lessons[id];
    if (!ours || RANK[theirs.status] > RANK[ours.status] || (RANK[theirs.status] === RANK[ours.status] && theirs.updatedAt > ours.updatedAt)) {
      lessons[id] = theirs;
    }
  }
  return { v: PROGRESS_FORMAT, lessons, lastOpened: here.lastOpened ?? imported.lastOpened };
}

/**
 * Both logs' answers, each once, oldest first (the schedule is replayed in
 * that order). Importing the same file twice, or a file exported from here,
 * changes nothing.
 */
export function mergeAnswerLogs(here: string, imported: readonly Answer[]): string {
  const key = (a: Answer) => `${a.card} ${a.at} ${a.right}`;
  const seen = new Set<string>();
  const all = [...parseAnswerLog(here), ...imported].filter((a) => !seen.has(key(a)) && seen.add(key(a)));
  return all.sort((a, b) => a.at - b.at).reduce(withAnswer, '');
}

export type ImportResult =
  | { ok: true; state: ProgressState; log: string; imported: number; answers: number; ignored: string[] }
  | { ok: false; message: string };

/**
 * Reads an uploaded file and merges it into `here` (progress and answer
 * log). Any problem rejects the whole file with a message and changes
 * nothing. Lessons this site does not have (renamed or removed) are skipped
 * and named; answers to cards it no longer has are kept, and simply never
 * come up.
 */
export function importProgressFile(text: string, here: ProgressState, hereLog: string, knownLessonIds: readonly string[]): ImportResult {
  if (text.length > MAX_PROGRESS_FILE_BYTES) return { ok: false, message: TOO_LARGE };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not valid JSON, so nothing was imported. Choose a file exported from this page.' };
  }
  if (typeof data !== 'object' || data === null || (data as { kind?: unknown }).kind !== PROGRESS_FILE_KIND) {
    return { ok: false, message: 'This is not a Flow & Stability progress file, so nothing was imported.' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROGRESS_FILE_VERSION) {
    return { ok: false, message: `This file was made by a newer version of the site (format ${version}), so nothing was imported.` };
  }
  // Each version is read by its own schema, so a damaged file is named by the field at fault.
  const parsed = version === 1 ? progressFileV1Schema.safeParse(data) : progressFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    return { ok: false, message: `This progress file is damaged${where}, so nothing was imported.` };
  }
  const file = parsed.data;
  const known = new Set(knownLessonIds);
  const ignored = Object.keys(file.lessons).filter((id) => !known.has(id));
  const lessons = Object.fromEntries(Object.entries(file.lessons).filter(([id]) => known.has(id)));
  const lastOpened = file.lastOpened !== null && known.has(file.lastOpened) ? file.lastOpened : null;
  const incoming: ProgressState = { ...emptyProgress(), lessons, lastOpened };
  const answers = 'answers' in file ? file.answers.map(fromFileAnswer).filter((a): a is Answer => a !== undefined) : [];
  return { ok: true, state: mergeProgress(here, incoming), log: mergeAnswerLogs(hereLog, answers), imported: Object.keys(lessons).length, answers: answers.length, ignored };
}

/** What the lessons index tells the learner after an import, and whether it went well. */
export function importSummary(result: ImportResult): { text: string; ok: boolean } {
  if (!result.ok) return { text: result.message, ok: false };
  const lessons = (n: number) => counted(String(n), 'lesson');
  const answers = result.answers > 0 ? ` and ${counted(String(result.answers), 'review answer')}` : '';
  const skipped = result.ignored.length > 0 ? ` Skipped ${lessons(result.ignored.length)} this site no longer has: ${result.ignored.join(', ')}.` : '';
  return { text: `Imported progress for ${lessons(result.imported)}${answers}, merged with what was here.${skipped}`, ok: true };
}
