import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { useState } from 'preact/hooks';

/**
 * A persisted store's value (src/stores/persisted.ts) in a server-rendered
 * island. The server renders the store's `init`, its value for an empty
 * storage, so the first client render must show `init` too: useStore's
 * `ssr: 'initial'` does that and shows the stored value right after
 * hydration, at the price of a second render of the whole island. When
 * nothing is stored (a first visit) the value already is `init`, so that
 * render is asked for only when something is.
 */
export function usePersisted<T>($store: ReadableAtom<T>): T {
  const [storedBeforeHydration] = useState(() => $store.get() !== $store.init);
  return useStore($store, storedBeforeHydration ? { ssr: 'initial' } : {});
}
