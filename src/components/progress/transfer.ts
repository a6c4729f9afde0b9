/**
 * Export and import of progress and review answers, for <progress-transfer>
 * on the lessons index. Loaded only when the learner exports or picks a file:
 * it brings the file code, with zod to validate an uploaded file.
 */
import { importProgressFile, importSummary, PROGRESS_FILE_NAME, progressFile, progressFileTooLarge } from '../../lib/progress/progress-file';
import { $progress } from '../../stores/progress';
import { $answerLog } from '../../stores/review';
import { downloadText } from '../download';

export type Said = { text: string; ok: boolean };

export function exportProgress(): Said {
  downloadText(PROGRESS_FILE_NAME, JSON.stringify(progressFile($progress.get(), $answerLog.get(), new Date()), null, 2), 'application/json');
  return { text: `Progress exported as ${PROGRESS_FILE_NAME}.`, ok: true };
}

/** Merges the file into the stored progress and answers, or changes nothing if it is not a valid progress file. */
export async function importProgress(file: File, knownLessonIds: readonly string[]): Promise<Said> {
  // Refused on its size before it is read, so a huge file never freezes the page.
  const tooLarge = progressFileTooLarge(file.size);
  if (tooLarge) return { text: tooLarge, ok: false };
  const result = importProgressFile(await file.text(), $progress.get(), $answerLog.get(), knownLessonIds);
  if (result.ok) {
    $progress.set(result.state);
    $answerLog.set(result.log);
  }
  return importSummary(result);
}
