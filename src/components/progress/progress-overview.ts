/**
 * <progress-overview> (ProgressOverview.astro): progress per track, where to
 * continue and how many review cards are due, kept up to date from the
 * progress and review stores. A page that shows the overview imports this
 * module from its one script (src/pages/index.astro, src/pages/lessons/index.astro).
 */
import { continuationLead, continueWith, progressByTrack, trackSummary, type OverviewLesson } from '../../lib/progress/overview';
import { today } from '../../lib/review/days';
import { deckCards, dueCount, dueText, type DeckLesson } from '../../lib/review/deck';
import { cardStates } from '../../lib/review/leitner';
import { parseAnswerLog } from '../../lib/review/log';
import { $progress } from '../../stores/progress';
import { $answerLog } from '../../stores/review';

class ProgressOverview extends HTMLElement {
  #unsubscribe: (() => void)[] = [];

  connectedCallback() {
    const lessons = JSON.parse(this.dataset.lessons ?? '[]') as (OverviewLesson & DeckLesson)[];
    const next = this.querySelector<HTMLElement>('[data-next]');
    const link = next?.querySelector('a');
    const finished = this.querySelector<HTMLElement>('[data-finished]');
    const due = this.querySelector('[data-due]');
    if (!next || !link || !finished || !due) return;
    const showDue = () => (due.textContent = dueText(dueCount(deckCards($progress.get(), lessons), cardStates(parseAnswerLog($answerLog.get())), today(new Date()))));
    this.#unsubscribe.push($answerLog.subscribe(showDue));
    this.#unsubscribe.push($progress.subscribe((state) => {
      showDue();
      for (const track of progressByTrack(state, lessons)) {
        const bar = this.querySelector<HTMLProgressElement>(`progress[data-track="${track.track}"]`);
        if (!bar) continue;
        bar.value = track.done;
        if (bar.previousElementSibling) bar.previousElementSibling.textContent = trackSummary(track);
      }
      const to = continueWith(state, lessons);
      const lesson = to && lessons.find((l) => l.id === to.id);
      next.hidden = !lesson;
      finished.hidden = !!lesson;
      if (!to || !lesson) return;
      next.replaceChildren(continuationLead(to.reason), link);
      link.href = lesson.href;
      link.textContent = lesson.title;
    }));
  }

  disconnectedCallback() {
    for (const unsubscribe of this.#unsubscribe.splice(0)) unsubscribe();
  }
}

customElements.define('progress-overview', ProgressOverview);
