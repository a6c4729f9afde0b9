/**
 * Export and import of progress, for <progress-transfer> on the lessons
 * index. Loaded only when the learner exports or picks a file: it brings the
 * file code, with zod to validate an uploaded file.
 */
import { importProgressFile, importSummary, PROGRESS_FILE_NAME, progressFile, progressFileTooLarge } from '../../lib/progress/progress-file';
import { $progress } from '../../stores/progress';
import { downloadText } from '../download';

export type Said = { text: string; ok: boolean };

export function exportProgress(): Said {
  downloadText(PROGRESS_FILE_NAME, JSON.stringify(progressFile($progress.get(), new Date()), null, 2), 'application/json');
  return { text: `Progress exported as ${PROGRESS_FILE_NAME}.`, ok: true };
}

/** Merges the file into the stored progress, or changes nothing if it is not a valid progress file. */
export async function importProgress(file: File, knownLessonIds: readonly string[]): Promise<Said> {
  // Refused on its size before it is read, so a huge file never freezes the page.
  const tooLarge = progressFileTooLarge(file.size);
  if (tooLarge) return { text: tooLarge, ok: false };
  const result = importProgressFile(await file.text(), $progress.get(), knownLessonIds);
  if (result.ok) $progress.set(result.state);
  return importSummary(result);
}
