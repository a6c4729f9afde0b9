import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { persistedAtom } from '../../../src/stores/persisted';
import { validSloSettings } from '../../../src/stores/slo-settings';

beforeAll(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

describe('persistedAtom', () => {
  const validNumber = (v: unknown) => (typeof v === 'number' ? v : undefined);

  it('writes JSON under a versioned key', () => {
    const $n = persistedAtom('count', 2, 0, validNumber);
    $n.set(5);
    expect(getTestStorage()).toEqual({ 'fs:count:v2': '5' });
  });

  it('falls back to the initial value when the stored value is corrupt or of another shape', () => {
    setTestStorageKey('fs:bad:v1', '{not json');
    expect(persistedAtom('bad', 1, 7, validNumber).get()).toBe(7);
    setTestStorageKey('fs:shape:v1', '"text"');
    expect(persistedAtom('shape', 1, 7, validNumber).get()).toBe(7);
  });

  it('sets a value it cannot use aside, so the next write destroys nothing', () => {
    setTestStorageKey('fs:log:v1', '{not json');
    const $log = persistedAtom('log', 1, 7, validNumber);
    expect(getTestStorage()['fs:log:set-aside']).toBe('{not json');
    $log.set(8);
    expect(getTestStorage()).toEqual({ 'fs:log:v1': '8', 'fs:log:set-aside': '{not json' });
  });

  it('leaves data stored for another version alone', () => {
    setTestStorageKey('fs:other:v2', '"from a newer site"');
    persistedAtom('other', 1, 7, validNumber).set(9);
    expect(getTestStorage()).toEqual({ 'fs:other:v2': '"from a newer site"', 'fs:other:v1': '9' });
  });

  it('reads back a valid stored value', () => {
    setTestStorageKey('fs:good:v1', '42');
    expect(persistedAtom('good', 1, 7, validNumber).get()).toBe(42);
  });
});

describe('validSloSettings', () => {
  it('accepts the text of an SLO and a window', () => {
    expect(validSloSettings({ slo: '99.9', window: '30d' })).toEqual({ slo: '99.9', window: '30d' });
  });
  it('rejects missing, empty, non-string or oversized fields', () => {
    expect(validSloSettings(null)).toBeUndefined();
    expect(validSloSettings({ slo: 99.9, window: '30d' })).toBeUndefined();
    expect(validSloSettings({ slo: '', window: '30d' })).toBeUndefined();
    expect(validSloSettings({ slo: '9'.repeat(40), window: '30d' })).toBeUndefined();
  });
});
