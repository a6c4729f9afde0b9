import { href } from '../link';

/** From a copy embedded in a lesson to the tool page, carrying the current inputs. links.spec.ts follows these links in every lesson. */
export function FullCalculatorLink({ tool, search }: { tool: string; search: string }) {
  return (
    <p class="full-calculator">
      <a href={href(`tools/${tool}/${search ? `?${search}` : ''}`)}>Open in the full calculator</a>
    </p>
  );
}
