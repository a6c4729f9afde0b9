import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';

/**
 * A value kept in localStorage under a versioned key. What is read back is
 * validated: a value that is corrupt or of another shape falls back to
 * `initial` (and is left in storage untouched, so nothing is destroyed; the
 * next write replaces only this key).
 *
 * Keys are "fs:<name>:v<version>"; bump the version when the shape changes.
 */
export function persistedAtom<T>(
  name: string,
  version: number,
  initial: T,
  validate: (value: unknown) => T | undefined,
): WritableAtom<T> {
  return persistentAtom<T>(`fs:${name}:v${version}`, initial, {
    encode: (value) => JSON.stringify(value),
    decode: (raw) => {
      try {
        return validate(JSON.parse(raw)) ?? initial;
      } catch {
        return initial;
      }
    },
  });
}
