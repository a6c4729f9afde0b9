/**
 * <knowledge-check> (KnowledgeCheck.astro): shows the feedback for the answer
 * picked, records it in the review log and says how the learner did last
 * time. Loaded by the lesson page's one script, with <lesson-progress>.
 */
import { answeredNow, lastTime, lastTimeText, withAnswer } from '../lib/review/log';
import { $answerLog } from '../stores/review';

class KnowledgeCheck extends HTMLElement {
  connectedCallback() {
    const questions = [...this.querySelectorAll('fieldset')];
    const last = this.querySelector('[data-last-time]');
    if (last) last.textContent = lastTimeText(lastTime($answerLog.get(), questions.map((question) => question.id)));
    for (const question of questions) {
      const radios = [...question.querySelectorAll('input')];
      const answers = question.querySelectorAll('template');
      const button = question.querySelector('button');
      const status = question.querySelector('[role="status"]');
      if (!button || !status) continue;
      const picked = () => radios.findIndex((radio) => radio.checked);
      // An answer picked before this script ran counts.
      const enable = () => (button.disabled = picked() < 0);
      enable();
      question.onchange = enable;
      button.onclick = () => {
        const answer = answers[picked()];
        if (!answer) return;
        status.replaceChildren(answer.content.cloneNode(true));
        $answerLog.set(withAnswer($answerLog.get(), answeredNow(question.id, answer.dataset.correct === 'true', new Date())));
      };
    }
  }
}

customElements.define('knowledge-check', KnowledgeCheck);
