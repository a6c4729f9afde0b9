/** Messages about the page's inputs, such as URL parameters that were ignored. */
export function Notices({ notices }: { notices: readonly string[] }) {
  return (
    <div role="status" aria-live="polite">
      {notices.length > 0 && (
        <ul class="notice notice-list">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
