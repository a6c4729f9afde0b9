import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';

/**
 * A value kept in localStorage under a versioned key. What is read back is
 * validated: a value that is corrupt or of another shape falls back to
 * `initial`, and a copy of it is set aside under "fs:<name>:set-aside"
 * (as the quiz does), so the next write, which replaces the key, destroys
 * nothing. A newer site's data lives under another version's key and is
 * never read here.
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
      let value: T | undefined;
      try {
        value = validate(JSON.parse(raw));
      } catch {}
      if (value === undefined) persistentAtom(setAsideKey(name)).set(raw);
      return value ?? initial;
    },
  });
}

/** Where persistedAtom keeps a stored value it could not use. */
export const setAsideKey = (name: string): string => `fs:${name}:set-aside`;
