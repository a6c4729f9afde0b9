import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_ID as BUILT_CACHE_ID } from '../../../scripts/sw/build.mjs';
import { CACHE_ID, isSiteCache, OFFLINE_OFF, OFFLINE_SETTING_KEY } from '../../../src/lib/offline/setting';

describe('the offline copy setting', () => {
  it('is a versioned fs: key, like every stored setting, so updates keep it', () => {
    expect(OFFLINE_SETTING_KEY).toMatch(/^fs:[a-z-]+:v\d+$/);
  });

  it('the registration script reads the same key and value (it keeps them as literals to stay small)', () => {
    const script = readFileSync('src/components/offline/UpdateNotice.astro', 'utf8');
    expect(script).toContain(`localStorage['${OFFLINE_SETTING_KEY}'] !== '${OFFLINE_OFF}'`);
  });

  it('names the caches the service worker build names', () => {
    expect(CACHE_ID).toBe(BUILT_CACHE_ID);
  });
});

describe('isSiteCache', () => {
  const scope = 'https://learner.github.io/flow-and-stability/';

  it('knows Workbox\'s names for this site\'s caches', () => {
    expect(isSiteCache(`${CACHE_ID}-precache-v2-${scope}`, scope)).toBe(true);
    expect(isSiteCache(`${CACHE_ID}-runtime-${scope}`, scope)).toBe(true);
  });

  it('leaves other sites on the same origin alone, even one whose folder starts the same way', () => {
    expect(isSiteCache(`workbox-precache-v2-${scope}`, scope)).toBe(false);
    expect(isSiteCache(`${CACHE_ID}-precache-v2-https://learner.github.io/other/`, scope)).toBe(false);
    expect(isSiteCache(`${CACHE_ID}-precache-v2-https://learner.github.io/`, scope)).toBe(false);
    expect(isSiteCache(`${CACHE_ID}-precache-v2-${scope}`, 'https://learner.github.io/')).toBe(false);
  });
});
