import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_BASE_PATH } from './site';

/**
 * The policy as built: every page's CSP <meta>, dist/_headers for Netlify
 * and Cloudflare Pages, and what scripts/serve.mjs sends from it. Hashes are
 * recomputed here with a plain reading of Astro's output, independently of
 * scripts/security/policy.mjs.
 */

type Policy = Map<string, string[]>;
const parsePolicy = (text: string): Policy =>
  new Map(text.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const htmlFiles = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
const headersText = existsSync('dist/_headers') ? readFileSync('dist/_headers', 'utf8') : '';
/** The rule for everything under the base path, as "Name: value" lines. */
const siteRule = headersText.split(/\n\n/).find((block) => block.split('\n').includes(`${E2E_BASE_PATH}*`)) ?? '';
const headerValue = (name: string) => new RegExp(`^  ${name}: (.*)$`, 'm').exec(siteRule)?.[1];
const headerPolicy = parsePolicy(headerValue('Content-Security-Policy') ?? '');

test('dist/_headers carries the policy with frame-ancestors and the security headers, caches only hashed assets, and never the service worker', () => {
  expect(headersText).not.toBe('');
  expect(headerPolicy.get('default-src')).toEqual(["'self'"]);
  expect(headerPolicy.get('object-src')).toEqual(["'none'"]);
  expect(headerPolicy.get('base-uri')).toEqual(["'self'"]);
  expect(headerPolicy.get('form-action')).toEqual(["'self'"]);
  expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(headerValue('X-Content-Type-Options')).toBe('nosniff');
  expect(headerValue('Referrer-Policy')).toBe('no-referrer');
  expect(headerValue('Permissions-Policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(headerValue('Cache-Control')).toBeUndefined();
  expect(headersText).toContain(`${E2E_BASE_PATH}_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n`);
  expect(headersText).toContain(`${E2E_BASE_PATH}sw.js\n  Cache-Control: no-cache\n`);
  expect(headersText.match(/Cache-Control/g)).toHaveLength(2);
  // Cloudflare Pages reads at most 2,000 characters per line.
  expect(Math.max(...headersText.split('\n').map((line) => line.length))).toBeLessThanOrEqual(2000);
});

test('no policy allows inline code or eval: no unsafe-inline, no unsafe-eval, style attributes by hash only', () => {
  for (const policy of [headerPolicy, ...htmlFiles.map((f) => parsePolicy(decode(/content-security-policy" content="([^"]*)"/.exec(readFileSync(join('dist', f), 'utf8'))?.[1] ?? '')))]) {
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(policy.get('script-src')?.[0]).toBe("'self'");
  }
});

for (const file of htmlFiles) {
  test(`${file}: its <meta> policy comes first, allows exactly its inline code, and the header allows it too`, () => {
    const html = readFileSync(join('dist', file), 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
    expect(metas).toHaveLength(1);
    expect(html).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy"/);
    const policy = parsePolicy(decode(metas[0]![1]!));

    const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?:\s+type="module")?>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
    const attributes = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => sha256(decode(m[1]!)));
    const hashes = (name: string) => (policy.get(name) ?? []).filter((s) => s.startsWith("'sha256-"));
    expect(hashes('script-src').sort()).toEqual([...new Set(scripts)].sort());
    expect(hashes('style-src').sort()).toEqual([...new Set(styles)].sort());
    expect(hashes('style-src-attr').sort()).toEqual([...new Set(attributes)].sort());
    expect(policy.get('style-src-attr')?.[0]).toBe(attributes.length > 0 ? "'unsafe-hashes'" : "'none'");
    expect(policy.get('script-src')?.includes("'wasm-unsafe-eval'")).toBe(file === 'search/index.html');

    // Browsers enforce the header and the <meta> together: the header must allow all the page does.
    for (const [name, sources] of policy) {
      for (const source of sources.filter((s) => s !== "'none'")) expect(headerPolicy.get(name), `${name} ${source}`).toContain(source);
    }
  });
}

test('scripts/serve.mjs sends what dist/_headers says: to pages, 404s, assets and the service worker, and never serves the file itself', async ({ request }) => {
  const page = await request.get('');
  expect(page.headers()['content-security-policy']).toBe(headerValue('Content-Security-Policy'));
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('no-referrer');
  expect(page.headers()['cache-control']).toBe('no-cache');
  const missing = await request.get('no-such-page/');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-security-policy']).toBe(headerValue('Content-Security-Policy'));
  const asset = readdirSync('dist/_astro').find((f) => f.endsWith('.css'));
  const css = await request.get(`_astro/${asset}`);
  expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(css.headers()['x-content-type-options']).toBe('nosniff');
  expect((await request.get('_headers')).status()).toBe(404);
  const sw = await request.get('sw.js');
  expect(sw.status()).toBe(200);
  expect(sw.headers()['content-type']).toBe('text/javascript; charset=utf-8');
  expect(sw.headers()['cache-control']).toBe('no-cache');
  expect(sw.headers()['content-security-policy']).toBe(headerValue('Content-Security-Policy'));
  const manifest = await request.get('manifest.webmanifest');
  expect(manifest.headers()['content-type']).toBe('application/manifest+json');
});
