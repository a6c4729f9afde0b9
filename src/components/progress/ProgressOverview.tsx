import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { Track } from '../../lib/content-schemas';
import { joinBase } from '../../lib/paths';
import { continueWith, progressByTrack, type LessonRef } from '../../lib/progress/progress';
import { $progress } from '../../stores/progress';
import { useHydrated } from '../ui/use-hydrated';

interface Lesson extends LessonRef {
  title: string;
}

interface Props {
  /** Published lessons in course order. */
  lessons: Lesson[];
  /** Offer export and import of progress as a file (on the lessons index). */
  transfer?: boolean;
}

const TRACK_NAMES: Record<Track, string> = { devops: 'DevOps lessons', sre: 'SRE lessons', both: 'Shared lessons' };
const link = (path: string) => joinBase(import.meta.env.BASE_URL, path);

/** Progress per track, where to continue, and (optionally) moving progress between browsers. */
export default function ProgressOverview({ lessons, transfer = false }: Props) {
  const progress = useStore($progress, { ssr: 'initial' });
  const tracks = progressByTrack(progress, lessons);
  const next = continueWith(progress, lessons);
  const nextLesson = next && lessons.find((lesson) => lesson.id === next.id);
  return (
    <section class="progress-overview" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Your progress</h2>
      <ul class="track-progress">
        {tracks.map((t) => (
          <li key={t.track}>
            <span id={`progress-${t.track}`}>
              {TRACK_NAMES[t.track]}: {t.done} of {t.total} done
              {t.inProgress > 0 && `, ${t.inProgress} in progress`}
            </span>
            <progress max={t.total} value={t.done} aria-labelledby={`progress-${t.track}`} data-track={t.track} />
          </li>
        ))}
      </ul>
      {nextLesson ? (
        <p>
          {next?.reason === 'resume' ? 'Continue where you left off: ' : next?.reason === 'start' ? 'Start here: ' : 'Next up: '}
          <a href={link(`lessons/${nextLesson.id}/`)}>{nextLesson.title}</a>
        </p>
      ) : (
        <p>You have finished every lesson. Well done. Try the <a href={link('tools/')}>tools</a> with your own numbers.</p>
      )}
      <p class="meta">Progress is kept in this browser only.</p>
      {transfer && <Transfer lessons={lessons} />}
    </section>
  );
}

function Transfer({ lessons }: { lessons: Lesson[] }) {
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const hydrated = useHydrated();

  async function exportFile() {
    const { progressFile } = await import('../../lib/progress/progress-file');
    const blob = new Blob([JSON.stringify(progressFile($progress.get(), new Date()), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'flow-and-stability-progress.json';
    a.click();
    URL.revokeObjectURL(url);
    setMessage({ text: 'Progress exported as flow-and-stability-progress.json.', ok: true });
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // zod validates uploaded files; it is loaded only now, not with the page.
    const { importProgressFile, progressFileTooLarge } = await import('../../lib/progress/progress-file');
    const tooLarge = progressFileTooLarge(file.size);
    if (tooLarge) return setMessage({ text: tooLarge, ok: false });
    const result = importProgressFile(await file.text(), $progress.get(), lessons.map((lesson) => lesson.id));
    if (!result.ok) return setMessage({ text: result.message, ok: false });
    $progress.set(result.state);
    const skipped = result.ignored.length > 0 ? ` Skipped ${result.ignored.length} lesson${result.ignored.length === 1 ? '' : 's'} this site no longer has: ${result.ignored.join(', ')}.` : '';
    setMessage({ text: `Imported progress for ${result.imported} lesson${result.imported === 1 ? '' : 's'}, merged with what was here.${skipped}`, ok: true });
  }

  return (
    <details class="transfer js-only">
      <summary>Move your progress to another browser</summary>
      <p>Export a small file, then import it on the other browser. Importing merges: a lesson finished on either side stays finished.</p>
      <p>
        <button type="button" class="secondary" onClick={exportFile} disabled={!hydrated}>
          Export progress
        </button>
      </p>
      <p class="field">
        <label for="progress-import">Import progress from a file</label>
        <input id="progress-import" type="file" accept="application/json,.json" disabled={!hydrated} onChange={(event) => importFile(event.currentTarget)} />
      </p>
      <p role="status" class={message && !message.ok ? 'field-error' : 'meta'}>
        {message?.text}
      </p>
    </details>
  );
}
