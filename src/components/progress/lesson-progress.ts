/**
 * <lesson-progress> (LessonProgressButton.astro): opening a lesson marks it in
 * progress; the button marks it done or not done. Loaded by the lesson page's
 * one script, with <knowledge-check>.
 */
import { doneToggle, markOpened, setDone, statusOf } from '../../lib/progress/progress';
import { $progress } from '../../stores/progress';

class LessonProgress extends HTMLElement {
  #unsubscribe?: () => void;

  connectedCallback() {
    const id = this.dataset.lessonId ?? '';
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    if (!button || !status) return;
    $progress.set(markOpened($progress.get(), id, new Date()));
    this.#unsubscribe = $progress.subscribe((state) => {
      const done = statusOf(state, id) === 'done';
      const { label, status: said } = doneToggle(done);
      button.textContent = label;
      button.classList.toggle('secondary', done);
      button.setAttribute('aria-pressed', String(done));
      status.textContent = said;
    });
    button.onclick = () => {
      const state = $progress.get();
      $progress.set(setDone(state, id, statusOf(state, id) !== 'done', new Date()));
    };
    button.disabled = false;
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
  }
}

customElements.define('lesson-progress', LessonProgress);
