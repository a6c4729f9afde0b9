import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { downloadText } from '../download';

interface Props {
  id: string;
  title: string;
  /** Names the buttons for screen readers: "Copy Prometheus rules". */
  what: string;
  filename: string;
  /** The text, or until the generator has loaded, the server-rendered text for the starting inputs. */
  code: ComponentChildren;
}

/**
 * Generated configuration in <pre><code>, with Copy and Download buttons
 * (which need JavaScript). The buttons take the text from the page, so they
 * work from the first click, before the generator's code has loaded.
 */
export function CodeExport({ id, title, what, filename, code }: Props) {
  const [status, setStatus] = useState('');
  const codeRef = useRef<HTMLElement>(null);
  const codeText = () => codeRef.current?.textContent ?? '';
  async function copy() {
    try {
      await navigator.clipboard.writeText(codeText());
      setStatus(`${what} copied.`);
    } catch {
      setStatus('Could not copy automatically; select the text and copy it.');
    }
  }
  function download() {
    downloadText(filename, codeText(), 'application/yaml');
    setStatus(`Downloading ${filename}.`);
  }
  return (
    <section class="code-export" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <div class="code-actions js-only">
        <button type="button" class="secondary" onClick={copy}>
          Copy<span class="visually-hidden"> {what}</span>
        </button>
        <button type="button" class="secondary" onClick={download}>
          Download<span class="visually-hidden"> {what}</span>
        </button>
        <span role="status" aria-live="polite" class="meta">
          {status}
        </span>
      </div>
      <pre tabIndex={0} role="region" aria-label={what}>
        <code ref={codeRef}>{code}</code>
      </pre>
    </section>
  );
}
