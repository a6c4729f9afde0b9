import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { persistedAtom, storedText } from '../../../src/stores/persisted';

/** A browser's window as far as the stores use it: localStorage and events. */
class FakeWindow extends EventTarget {
  items = new Map<string, string>();
  refuse = false;
  localStorage = {
    getItem: (key: string) => this.items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (this.refuse) throw new DOMException('QuotaExceededError');
      this.items.set(key, value);
    },
    removeItem: (key: string) => void this.items.delete(key),
  };
  stored = () => Object.fromEntries(this.items);
  /** What another tab's write looks like here: the storage changes, then a storage event names the key. */
  otherTab(key: string | null, value?: string) {
    if (key === null) this.items.clear();
    else if (value === undefined) this.items.delete(key);
    else this.items.set(key, value);
    this.dispatchEvent(Object.assign(new Event('storage'), { key }));
  }
}

let win: FakeWindow;
beforeEach(() => {
  win = new FakeWindow();
  (globalThis as { window?: unknown }).window = win;
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const validNumber = (v: unknown) => (typeof v === 'number' ? v : undefined);

describe('persistedAtom', () => {
  it('writes JSON under a versioned key', () => {
    const $n = persistedAtom('count', 2, 0, validNumber);
    $n.set(5);
    expect(win.stored()).toEqual({ 'fs:count:v2': '5' });
  });

  it('reads back a valid stored value', () => {
    win.items.set('fs:good:v1', '42');
    expect(persistedAtom('good', 1, 7, validNumber).get()).toBe(42);
  });

  it('falls back to the initial value when the stored value is corrupt or of another shape', () => {
    win.items.set('fs:bad:v1', '{not json');
    expect(persistedAtom('bad', 1, 7, validNumber).get()).toBe(7);
    win.items.set('fs:shape:v1', '"text"');
    expect(persistedAtom('shape', 1, 7, validNumber).get()).toBe(7);
  });

  it('sets a value it cannot use aside, so the next write destroys nothing', () => {
    win.items.set('fs:log:v1', '{not json');
    const $log = persistedAtom('log', 1, 7, validNumber);
    expect(win.stored()['fs:log:set-aside']).toBe('{not json');
    $log.set(8);
    expect(win.stored()).toEqual({ 'fs:log:v1': '8', 'fs:log:set-aside': '{not json' });
  });

  it('leaves data stored for another version alone', () => {
    win.items.set('fs:other:v2', '"from a newer site"');
    persistedAtom('other', 1, 7, validNumber).set(9);
    expect(win.stored()).toEqual({ 'fs:other:v2': '"from a newer site"', 'fs:other:v1': '9' });
  });

  it("follows another tab's change to its key, and only to its key", () => {
    const $n = persistedAtom('tabs', 1, 0, validNumber);
    const seen: number[] = [];
    $n.listen((value) => seen.push(value));
    win.otherTab('fs:tabs:v1', '3');
    win.otherTab('fs:unrelated:v1', '4');
    win.otherTab('fs:tabs:v1');
    expect(seen).toEqual([3, 0]);
    expect($n.get()).toBe(0);
  });

  it('goes back to the initial value when another tab clears the storage', () => {
    win.items.set('fs:cleared:v1', '5');
    const $n = persistedAtom('cleared', 1, 1, validNumber);
    expect($n.get()).toBe(5);
    win.otherTab(null);
    expect($n.get()).toBe(1);
  });

  it('reads the storage again when the page comes back from the back/forward cache, not on a fresh show', () => {
    const $n = persistedAtom('bfcache', 1, 0, validNumber);
    win.items.set('fs:bfcache:v1', '6');
    win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    expect($n.get()).toBe(0);
    win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect($n.get()).toBe(6);
  });

  it('keeps working in memory when the storage refuses a write (full, or a private window)', () => {
    const $n = persistedAtom('full', 1, 0, validNumber);
    win.refuse = true;
    expect(() => $n.set(2)).not.toThrow();
    expect($n.get()).toBe(2);
    expect(win.stored()).toEqual({});
  });

  it('is a plain atom without a window (at build time)', () => {
    delete (globalThis as { window?: unknown }).window;
    const $n = persistedAtom('build', 1, 7, validNumber);
    $n.set(8);
    expect($n.get()).toBe(8);
    expect(win.stored()).toEqual({});
  });
});

describe('storedText', () => {
  it('keeps text as it is, and undefined removes the key', () => {
    win.items.set('fs:quiz-like', 'raw {text');
    const $t = storedText('fs:quiz-like');
    expect($t.get()).toBe('raw {text');
    $t.set(undefined);
    expect(win.stored()).toEqual({});
    $t.set('again');
    expect(win.stored()).toEqual({ 'fs:quiz-like': 'again' });
  });
});

describe('what islands render first', () => {
  it("init is the value for an empty storage, so useStore(…, { ssr: 'initial' }) matches the server's HTML; get() is the stored value", () => {
    win.items.set('fs:ssr:v1', '42');
    const $n = persistedAtom('ssr', 1, 7, validNumber);
    expect($n.init).toBe(7);
    expect($n.get()).toBe(42);
  });
});
