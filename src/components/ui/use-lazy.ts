import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Code an island needs only once the learner changes something (or opens a
 * part most visits never use): until then the page shows what the server
 * rendered for the starting inputs (passed to the island as a slot), so the
 * first screen costs no extra JavaScript.
 *
 * Returns what `importer` resolves to (a module or a component; null until it
 * has loaded) and `load`, which the island calls early (on focus or pointer
 * down in the form) to hide the fetch. It loads at once when `needed` turns
 * true: the inputs differ from the ones the page was rendered for, or the page
 * rendered no fallback.
 */
export function useLazy<M>(importer: () => Promise<M>, needed = false): [M | null, () => void] {
  const [loaded, setLoaded] = useState<M | null>(null);
  const requested = useRef(false);
  const load = () => {
    if (requested.current) return;
    requested.current = true;
    importer().then(
      // A function form, because a loaded component is itself a function and setState would call it.
      (value) => setLoaded(() => value),
      () => {
        // Offline or a stale deployment: try again on the next interaction.
        requested.current = false;
      },
    );
  };
  useEffect(() => {
    if (needed) load();
  }, [needed]);
  return [loaded, load];
}
