import { joinBase } from '../../../lib/paths';

/** From a copy embedded in a lesson to the tool page, carrying the current inputs. */
export function FullCalculatorLink({ tool, search }: { tool: string; search: string }) {
  return (
    <p class="full-calculator">
      <a href={joinBase(import.meta.env.BASE_URL, `tools/${tool}/${search ? `?${search}` : ''}`)}>Open in the full calculator</a>
    </p>
  );
}
