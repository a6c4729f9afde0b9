import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtBase, CACHE_ID, PRECACHE_PATTERNS, serviceWorkerOptions, SERVICE_WORKER_FILE } from '../../../scripts/sw/build.mjs';

describe('the service worker build (scripts/sw/build.mjs)', () => {
  const options = serviceWorkerOptions('/tmp/dist', '/flow-and-stability/');

  it('writes sw.js at the root of the build, so its scope is the whole base path', () => {
    expect(options.swDest).toBe(join('/tmp/dist', SERVICE_WORKER_FILE));
    expect(options.globIgnores).toContain(SERVICE_WORKER_FILE);
    expect(options.modifyURLPrefix).toEqual({ '': '/flow-and-stability/' });
  });

  it('precaches pages, assets, fetched data, the Pagefind reader and index, the sample CSV and the icons; not Pagefind\'s unused UI', () => {
    for (const pattern of ['**/*.html', '**/*.json', '_astro/**/*.{js,css}', 'pagefind/pagefind.js', 'pagefind/index/*.pf_index', 'samples/*.csv', 'icons/*.png', 'manifest.webmanifest']) {
      expect(PRECACHE_PATTERNS).toContain(pattern);
    }
    expect(PRECACHE_PATTERNS.some((p) => p.includes('-ui'))).toBe(false);
  });

  it('revisions every file but the content-hashed ones, and ignores every query parameter when matching', () => {
    const hashed = options.dontCacheBustURLsMatching as RegExp;
    expect(hashed.test('/flow-and-stability/_astro/client.BNfzV-TT.js')).toBe(true);
    expect(hashed.test('/flow-and-stability/pagefind/pagefind.js')).toBe(false);
    const [ignore] = options.ignoreURLParametersMatching ?? [];
    for (const name of ['slo', 'q', 'ts', 'utm_source']) expect(ignore?.test(name)).toBe(true);
  });

  it('waits for the reader before a new version takes over, names its caches for the site, and falls back to the 404 page', () => {
    expect(options.skipWaiting).toBe(false);
    expect(options.clientsClaim).toBe(true);
    expect(options.cacheId).toBe(CACHE_ID);
    expect(options.runtimeCaching?.[0]?.options?.precacheFallback?.fallbackURL).toBe('/flow-and-stability/404.html');
  });

  it('reads the base path from the built manifest, and refuses a scope that is not a folder path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-'));
    writeFileSync(join(dir, 'manifest.webmanifest'), JSON.stringify({ scope: '/sub/path/' }));
    expect(await builtBase(dir)).toBe('/sub/path/');
    writeFileSync(join(dir, 'manifest.webmanifest'), JSON.stringify({ scope: 'https://example.com/' }));
    await expect(builtBase(dir)).rejects.toThrow(/expected a scope/);
  });
});
