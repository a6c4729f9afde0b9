import { useRef } from 'preact/hooks';

/**
 * The latest non-null value, and whether the current one is null (an input
 * is invalid, so the page shows the last valid result, marked stale).
 * The first render always has a value: tools start from valid defaults.
 */
export function useLastValid<T>(current: T | null): { value: T; stale: boolean } {
  const last = useRef<T | null>(current);
  if (current !== null) last.current = current;
  return { value: last.current as T, stale: current === null };
}
