/**
 * The progress export file, and reading one back (merged with what is here).
 * Uploaded files are a boundary, so they are validated with zod; this module
 * is loaded only when a learner exports or imports a file (a dynamic import
 * in src/components/progress/), so no page carries it on load.
 */
import * as z from 'zod/mini';
import { counted } from '../plural';
import { emptyProgress, PROGRESS_FORMAT, type LessonStatus, type ProgressState } from './progress';

export const PROGRESS_FILE_KIND = 'flow-and-stability-progress';
/** The name an export is saved under. */
export const PROGRESS_FILE_NAME = 'flow-and-stability-progress.json';
/** Larger files are not progress exports (a full course is well under 10 KB). */
export const MAX_PROGRESS_FILE_BYTES = 100_000;
const TOO_LARGE = 'This file is too large to be a progress file, so nothing was imported.';

/** Checked on the file's size before it is read, so a huge file is refused without loading it. */
export const progressFileTooLarge = (bytes: number): string | null => (bytes > MAX_PROGRESS_FILE_BYTES ? TOO_LARGE : null);

const isoDateTime = z.iso.datetime({ offset: true });

export const progressFileSchema = z.object({
  kind: z.literal(PROGRESS_FILE_KIND),
  version: z.literal(PROGRESS_FORMAT),
  exportedAt: isoDateTime,
  lastOpened: z.nullable(z.string()),
  lessons: z.record(z.string(), z.object({ status: z.enum(['in-progress', 'done']), updatedAt: isoDateTime })),
});
export type ProgressFile = z.infer<typeof progressFileSchema>;

/** The file a learner downloads: their progress with a kind, a version and a date. */
export function progressFile(state: ProgressState, now: Date): ProgressFile {
  return { kind: PROGRESS_FILE_KIND, version: PROGRESS_FORMAT, exportedAt: now.toISOString(), lastOpened: state.lastOpened, lessons: state.lessons };
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

export type ImportResult =
  | { ok: true; state: ProgressState; imported: number; ignored: string[] }
  | { ok: false; message: string };

/**
 * Reads an uploaded file and merges it into `here`. Any problem rejects the
 * whole file with a message and changes nothing. Lessons this site does not
 * have (renamed or removed) are skipped and named.
 */
export function importProgressFile(text: string, here: ProgressState, knownLessonIds: readonly string[]): ImportResult {
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
  if (typeof version === 'number' && version > PROGRESS_FORMAT) {
    return { ok: false, message: `This file was made by a newer version of the site (format ${version}), so nothing was imported.` };
  }
  const parsed = progressFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    return { ok: false, message: `This progress file is damaged${where}, so nothing was imported.` };
  }
  const known = new Set(knownLessonIds);
  const ignored = Object.keys(parsed.data.lessons).filter((id) => !known.has(id));
  const lessons = Object.fromEntries(Object.entries(parsed.data.lessons).filter(([id]) => known.has(id)));
  const lastOpened = parsed.data.lastOpened !== null && known.has(parsed.data.lastOpened) ? parsed.data.lastOpened : null;
  const incoming: ProgressState = { ...emptyProgress(), lessons, lastOpened };
  return { ok: true, state: mergeProgress(here, incoming), imported: Object.keys(lessons).length, ignored };
}

/** What the lessons index tells the learner after an import, and whether it went well. */
export function importSummary(result: ImportResult): { text: string; ok: boolean } {
  if (!result.ok) return { text: result.message, ok: false };
  const lessons = (n: number) => counted(String(n), 'lesson');
  const skipped = result.ignored.length > 0 ? ` Skipped ${lessons(result.ignored.length)} this site no longer has: ${result.ignored.join(', ')}.` : '';
  return { text: `Imported progress for ${lessons(result.imported)}, merged with what was here.${skipped}`, ok: true };
}
