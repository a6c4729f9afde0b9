import { atom, type WritableAtom } from 'nanostores';

/**
 * localStorage, or nothing: at build time (no window), or where the browser
 * refuses it (some private modes throw on access).
 */
const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {}
};

const read = (key: string): string | undefined => storage()?.getItem(key) ?? undefined;

/** Writes the text, or removes the key for undefined. A full or refused storage keeps the value in memory only. */
function write(key: string, text: string | undefined): void {
  try {
    if (text === undefined) storage()?.removeItem(key);
    else storage()?.setItem(key, text);
  } catch {}
}

/**
 * A nanostores atom kept in localStorage under `key`: read when it is
 * created, written on every set (undefined from `encode` removes the key),
 * and read again when another tab changes the key (the storage event) or
 * the page comes back from the back/forward cache, where another page may
 * have changed it. Without localStorage it is a plain atom.
 *
 * This is the part of @nanostores/persistent the site used, written here
 * because every page with a store loads it: 0.4 KB gzip less on lessons,
 * the home page, the quiz and three tools (measured by tests/e2e/weights.ts).
 */
export function storedAtom<T>(key: string, decode: (text: string | undefined) => T, encode: (value: T) => string | undefined): WritableAtom<T> {
  // Created with the value for an empty storage, so `init` is what the server rendered (islands'
  // usePersisted renders it first, to match the HTML), then set to the stored one.
  const store = atom(decode(undefined));
  const set = store.set;
  set(decode(read(key)));
  store.set = (value) => {
    write(key, encode(value));
    set(value);
  };
  if (typeof window !== 'undefined') {
    const reread = () => set(decode(read(key)));
    // A null key means another tab cleared the whole storage.
    window.addEventListener('storage', (event) => (event.key === key || event.key === null) && reread());
    window.addEventListener('pageshow', (event) => event.persisted && reread());
  }
  return store;
}

/** Stored text as it is (undefined when absent), for data that is read with more than a validator (the quiz). */
export const storedText = (key: string): WritableAtom<string | undefined> => storedAtom<string | undefined>(key, (text) => text, (text) => text);

/**
 * A value kept in localStorage as JSON under a versioned key. What is read
 * back is validated: a value that is corrupt or of another shape falls back
 * to `initial`, and a copy of it is set aside under "fs:<name>:set-aside"
 * (as the quiz does), so the next write, which replaces the key, destroys
 * nothing. A newer site's data lives under another version's key and is
 * never read here.
 *
 * Keys are "fs:<name>:v<version>"; bump the version when the shape changes.
 */
export function persistedAtom<T>(name: string, version: number, initial: T, validate: (value: unknown) => T | undefined): WritableAtom<T> {
  return storedAtom<T>(
    persistedKey(name, version),
    (text) => {
      if (text === undefined) return initial;
      let value: T | undefined;
      try {
        value = validate(JSON.parse(text));
      } catch {}
      if (value === undefined) write(setAsideKey(name), text);
      return value ?? initial;
    },
    (value) => JSON.stringify(value),
  );
}

/** Where persistedAtom keeps a value: "fs:progress:v1". */
export const persistedKey = (name: string, version: number): string => `fs:${name}:v${version}`;

/** Where persistedAtom keeps a stored value it could not use. */
export const setAsideKey = (name: string): string => `fs:${name}:set-aside`;
