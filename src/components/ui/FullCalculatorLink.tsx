import { href } from '../link';

/**
 * From a copy embedded in a lesson to the tool page, carrying the current inputs, with an optional note on what the
 * full page adds. links.spec.ts follows these links in every lesson.
 */
export function FullCalculatorLink({ tool, search, note }: { tool: string; search: string; note?: string }) {
  return (
    <p class="full-calculator">
      <a href={href(`tools/${tool}/${search ? `?${search}` : ''}`)}>Open in the full calculator</a>
      {note && (
        <>
          {' '}
          <span class="meta">{note}</span>
        </>
      )}
    </p>
  );
}
