/**
 * The progress export file, and reading one back. Uploaded files are a
 * boundary, so they are validated with zod; this module is loaded only when
 * a learner imports a file (a dynamic import), so lesson pages do not carry it.
 */
import * as z from 'zod/mini';
import { emptyProgress, mergeProgress, PROGRESS_FORMAT, type ProgressState } from './progress';

export const PROGRESS_FILE_KIND = 'flow-and-stability-progress';
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
