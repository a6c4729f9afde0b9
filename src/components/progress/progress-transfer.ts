/**
 * <progress-transfer> (ProgressTransfer.astro): exports progress to a file and
 * imports it back; the code that does either (transfer.ts, with zod) loads on
 * the first click or file. A page that offers it imports this module from its
 * one script (src/pages/lessons/index.astro).
 */
import type { Said } from './transfer';

const actions = () => import('./transfer');

class ProgressTransfer extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const input = this.querySelector('input');
    const status = this.querySelector('[role="status"]');
    if (!button || !input || !status) return;
    const say = ({ text, ok }: Said) => {
      status.textContent = text;
      status.className = ok ? 'meta' : 'field-error';
    };
    button.onclick = async () => say((await actions()).exportProgress());
    input.onchange = async () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) say(await (await actions()).importProgress(file, JSON.parse(this.dataset.lessonIds ?? '[]') as string[]));
    };
    button.disabled = input.disabled = false;
  }
}

customElements.define('progress-transfer', ProgressTransfer);
