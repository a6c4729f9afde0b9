import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { markOpened, setDone, statusOf } from '../../lib/progress/progress';
import { $progress } from '../../stores/progress';
import { useHydrated } from '../ui/use-hydrated';

/**
 * On a lesson page: opening the lesson marks it in progress; the button marks
 * it done (or not done again). Hidden without JavaScript, where there is no
 * progress to keep.
 */
export default function LessonProgressButton({ lessonId }: { lessonId: string }) {
  const progress = useStore($progress, { ssr: 'initial' });
  const hydrated = useHydrated();
  useEffect(() => {
    $progress.set(markOpened($progress.get(), lessonId, new Date()));
  }, [lessonId]);
  const done = statusOf(progress, lessonId) === 'done';
  return (
    <p class="lesson-progress js-only">
      <button type="button" class={done ? 'secondary' : undefined} aria-pressed={done} disabled={!hydrated} onClick={() => $progress.set(setDone($progress.get(), lessonId, !done, new Date()))}>
        {done ? '✓ Done' : 'Mark this lesson as done'}
      </button>{' '}
      <span class="meta" role="status">
        {done ? 'Finished. Press again to mark it as not done.' : ''}
      </span>
    </p>
  );
}
