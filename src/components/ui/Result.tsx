import type { ComponentChildren } from 'preact';

interface Props {
  /** True while an input is invalid: the section keeps the last valid result and says so. */
  stale: boolean;
  /** True for the moment a part's code is loading (see ui/use-lazy.ts): marked like a stale result (dashed border), without the sentence. */
  updating?: boolean;
  /** Id of the heading that names the section. */
  labelledBy: string;
  class?: string;
  children: ComponentChildren;
}

export function Result({ stale, updating, labelledBy, class: extra, children }: Props) {
  return (
    <section class={extra ? `result ${extra}` : 'result'} data-stale={stale || updating ? 'true' : 'false'} aria-busy={updating ? 'true' : undefined} aria-labelledby={labelledBy}>
      {stale && <p class="stale-note">Showing the last valid result; fix the highlighted field to update it.</p>}
      {children}
    </section>
  );
}
