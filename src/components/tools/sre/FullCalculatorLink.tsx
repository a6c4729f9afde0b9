/**
 * From a copy embedded in a lesson to the tool page, carrying the current inputs.
 * The base is joined by hand rather than with joinBase (src/lib/paths.ts): the
 * path is always a tool's folder, astro.config.mjs normalises the base to end
 * in "/", and joinBase's checks for arbitrary paths would cost every tool page
 * 0.2 KB of JavaScript. links.spec.ts follows these links in every lesson.
 */
export function FullCalculatorLink({ tool, search }: { tool: string; search: string }) {
  return (
    <p class="full-calculator">
      <a href={`${import.meta.env.BASE_URL}tools/${tool}/${search ? `?${search}` : ''}`}>Open in the full calculator</a>
    </p>
  );
}
