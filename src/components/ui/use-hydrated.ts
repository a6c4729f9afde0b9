import { useEffect, useState } from 'preact/hooks';

/**
 * False in the server-rendered HTML and until the island has hydrated.
 * Buttons that only work with JavaScript use it to stay disabled until they
 * do, so an early click is never silently lost.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
