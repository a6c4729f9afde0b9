import { useState } from 'preact/hooks';

/**
 * Copies the page's current URL (which follows the inputs) to the clipboard,
 * and says so in a polite live region.
 */
export function CopyLinkButton({ label = 'Copy link' }: { label?: string }) {
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(location.href);
      setStatus('Link copied. It restores these inputs when opened.');
    } catch {
      setStatus('Could not copy automatically; copy the address from the address bar.');
    }
  }
  return (
    <div class="copy-link js-only">
      <button type="button" class="secondary" onClick={copy}>
        {label}
      </button>
      <span role="status" aria-live="polite" class="meta">
        {status}
      </span>
    </div>
  );
}
