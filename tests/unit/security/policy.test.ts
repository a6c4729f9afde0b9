import { describe, expect, it } from 'vitest';
import {
  cloudFrontFunction,
  formatHeadersFile,
  headerRules,
  headersFor,
  IMMUTABLE,
  nginxConfig,
  parseHeadersFile,
  SERVICE_WORKER_FILE,
} from '../../../scripts/security/headers.mjs';
import { cspHash, finalisePage, parsePolicy, serialisePolicy, unionPolicies } from '../../../scripts/security/policy.mjs';

/** A page as Astro writes it with security.csp on: the policy <meta> at the end of <head>, after an is:inline script. */
const ASTRO_POLICY =
  "default-src 'self';object-src 'none';base-uri 'self';form-action 'self'; script-src 'self' 'sha256-fromAnotherPage=' 'sha256-bundledFile='; style-src 'self' 'sha256-fromAnotherPage=';";
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><script>theme()</script>${head}<meta http-equiv="content-security-policy" content="${ASTRO_POLICY}"></head><body>${body}</body></html>`;

describe("a page's policy, from its built HTML (CSP Level 3: hash-source, unsafe-hashes)", () => {
  it('hashes as browsers do: SHA-256 of the exact text, base64 (the empty string is 47DEQ…)', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('parses and writes a policy, keeping directive order', () => {
    expect(serialisePolicy(parsePolicy(ASTRO_POLICY))).toBe(
      "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'sha256-fromAnotherPage=' 'sha256-bundledFile='; style-src 'self' 'sha256-fromAnotherPage='",
    );
  });

  it("gets exactly the page's inline scripts, styles and style attributes, and keeps Astro's other sources", () => {
    const html = page(
      '<style>a{color:red}</style><script type="application/ld+json">{"not":"run"}</script>',
      '<p style="inline-size:50%">x</p><script type="module">go()</script><script src="/x.js"></script><template><i style="color:red"></i></template>',
    );
    const { policy } = finalisePage(html);
    expect(policy.get('script-src')).toEqual(["'self'", cspHash('theme()'), cspHash('go()')]);
    expect(policy.get('style-src')).toEqual(["'self'", cspHash('a{color:red}')]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-hashes'", cspHash('inline-size:50%'), cspHash('color:red')]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('hashes attribute values decoded, and script text raw, as the browser sees them', () => {
    const { policy } = finalisePage(page('', '<p style="content:&quot;&amp;&quot;">x</p><script>a&amp;&amp;b()</script>'));
    expect(policy.get('style-src-attr')).toContain(cspHash('content:"&"'));
    expect(policy.get('script-src')).toContain(cspHash('a&amp;&amp;b()'));
  });

  it("a page without style attributes allows none; a page's own extra sources ('wasm-unsafe-eval') stay", () => {
    const html = page('', '<p>x</p>').replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
    const { policy } = finalisePage(html);
    expect(policy.get('style-src-attr')).toEqual(["'none'"]);
    expect(policy.get('script-src')?.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('moves the <meta> right after <meta charset>, so it governs every script in the page', () => {
    const { html } = finalisePage(page('<title>T</title>', '<p>x</p>'));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; [^"]+"><script>theme\(\)<\/script><title>T<\/title><\/head>/);
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
  });

  it('fails the build when a page has no policy <meta> (security.csp missing) or two', () => {
    expect(() => finalisePage('<!doctype html><html><head></head><body></body></html>', 'x.html')).toThrow(/x\.html: expected one Content-Security-Policy <meta>/);
    const twice = page('', '').replace('</head>', `<meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head>`);
    expect(() => finalisePage(twice)).toThrow(/found 2/);
  });

  it('the union for the header allows what any page allows; \'none\' gives way to real sources', () => {
    const a = parsePolicy("script-src 'self' 'sha256-a='; style-src-attr 'none'");
    const b = parsePolicy("script-src 'self' 'wasm-unsafe-eval' 'sha256-b='; style-src-attr 'unsafe-hashes' 'sha256-c='");
    expect(serialisePolicy(unionPolicies([a, b]))).toBe("script-src 'self' 'sha256-a=' 'wasm-unsafe-eval' 'sha256-b='; style-src-attr 'unsafe-hashes' 'sha256-c='");
    expect(serialisePolicy(unionPolicies([a, a]))).toBe("script-src 'self' 'sha256-a='; style-src-attr 'none'");
  });
});

describe('the _headers file (Netlify and Cloudflare Pages format) and the host recipes', () => {
  const rules = headerRules('/sub/', "default-src 'self'; script-src 'self' 'sha256-a='");
  const text = formatHeadersFile(rules);

  it('sends the policy with frame-ancestors, and the security headers, for everything under the base path', () => {
    const site = headersFor(parseHeadersFile(text), '/sub/lessons/two-hats/');
    expect(site['content-security-policy']).toBe("default-src 'self'; script-src 'self' 'sha256-a='; frame-ancestors 'none'");
    expect(site).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' });
    expect(site['permissions-policy']).toMatch(/^accelerometer=\(\), .*camera=\(\), .*geolocation=\(\), .*microphone=\(\)/);
    expect(site['cache-control']).toBeUndefined();
  });

  it('caches only the hashed assets for a year, and matches nothing outside the base path', () => {
    const rulesRead = parseHeadersFile(text);
    expect(headersFor(rulesRead, '/sub/_astro/client.BNfzV-TT.js')['cache-control']).toBe(IMMUTABLE);
    expect(headersFor(rulesRead, '/sub/pagefind/pagefind.js')['cache-control']).toBeUndefined();
    expect(headersFor(rulesRead, '/other/')).toEqual({});
  });

  it('never lets a host cache the service worker, so a deploy reaches readers at their next visit', () => {
    const rulesRead = parseHeadersFile(text);
    expect(headersFor(rulesRead, `/sub/${SERVICE_WORKER_FILE}`)['cache-control']).toBe('no-cache');
    expect(headersFor(rulesRead, `/sub/${SERVICE_WORKER_FILE}`)['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(cloudFrontFunction(rules)).toContain("'no-cache'");
    expect(nginxConfig(rules)).toContain('default "no-cache"');
  });

  it('reads back what it writes; two rules naming one header join with a comma, as the hosts do', () => {
    expect(parseHeadersFile(text)).toEqual(rules);
    const both = parseHeadersFile('/*\n  X-A: 1\n# comment\n/a/*\n  X-A: 2\n');
    expect(headersFor(both, '/a/b')).toEqual({ 'x-a': '1, 2' });
    expect(() => parseHeadersFile('  X-A: 1')).toThrow(/cannot read/);
  });

  it('nginx: every header with always; Cache-Control from a map on the path, so no location of its own', () => {
    const conf = nginxConfig(rules);
    expect(conf).toContain(`add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-a='; frame-ancestors 'none'" always;`);
    expect(conf).toContain('#   map $uri $flow_and_stability_cache { ~^/sub/_astro/ "public, max-age=31536000, immutable"; default "no-cache"; }');
    expect(conf).toContain('add_header Cache-Control $flow_and_stability_cache always;');
    expect(conf).not.toMatch(/^\s*location/m);
  });

  it('CloudFront: a viewer-response function that sets the same headers', () => {
    const code = cloudFrontFunction(rules);
    const handler = new Function(`${code}; return handler;`)() as (event: unknown) => { headers: Record<string, { value: string }> };
    const respond = (uri: string) => handler({ request: { uri }, response: { headers: {} } }).headers;
    expect(respond('/sub/')['content-security-policy']?.value).toContain("frame-ancestors 'none'");
    expect(respond('/sub/')['cache-control']?.value).toBe('no-cache');
    expect(respond('/sub/_astro/x.js')['cache-control']?.value).toBe(IMMUTABLE);
  });
});
