#!/usr/bin/env node
// @ts-check
/**
 * The HTTP headers every host sends with the site, written at build time to
 * dist/_headers (the format Netlify and Cloudflare Pages read), read back by
 * scripts/serve.mjs, and turned into nginx and CloudFront configuration by
 * this file's command line:
 *
 *   node scripts/security/headers.mjs nginx       [--dir dist]  # add_header lines to include
 *   node scripts/security/headers.mjs cloudfront  [--dir dist]  # a CloudFront Function (viewer response)
 *
 * The Content-Security-Policy header is the union of every page's own policy
 * (see policy.mjs) plus frame-ancestors, which a <meta> policy cannot set.
 * Browsers enforce both the header and the page's <meta>, so a page still
 * runs only its own inline code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parsePolicy, serialisePolicy } from './policy.mjs';

/** Directives only a header can carry. The site is never framed, not even by itself. */
export const HEADER_ONLY_DIRECTIVES = [['frame-ancestors', ["'none'"]]];

/**
 * Sent with every response. Referrer-Policy is no-referrer, the strictest:
 * the site needs no referrer (no analytics, no server), and shared quiz and
 * tool links carry a learner's answers in the query string, which must not
 * follow a click to a cited source. Permissions-Policy turns off powerful
 * features the site never uses; clipboard-write stays at its default (self)
 * for the copy buttons.
 */
export const SECURITY_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': [
    'accelerometer', 'autoplay', 'camera', 'display-capture', 'encrypted-media', 'fullscreen',
    'geolocation', 'gyroscope', 'hid', 'idle-detection', 'magnetometer', 'microphone', 'midi', 'payment',
    'picture-in-picture', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
  ].map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
});

/** Astro puts a content hash in every file name under _astro/, so those never change. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Cloudflare Pages reads at most 2,000 characters per _headers line. */
export const CLOUDFLARE_LINE_LIMIT = 2000;

/**
 * The service worker (scripts/sw/build.mjs writes it at the base path).
 * Browsers already check it past the HTTP cache at least daily; no-cache
 * makes every check reach the host, so a deploy reaches readers at their
 * next visit, whatever a host's default for .js files.
 */
export const SERVICE_WORKER_FILE = 'sw.js';
export const NO_CACHE = 'no-cache';

/** @typedef {{ path: string, headers: [string, string][] }} HeaderRule */

/**
 * The rules for a build: security headers for everything under the base path,
 * long-lived caching for the hashed assets only, and never for the service worker. Cache-Control is left out of
 * the catch-all rule on purpose: Netlify and Cloudflare join a header set by
 * two matching rules with a comma, which would make it contradict itself.
 * @param {string} base "/" or "/sub/path/"
 * @param {string} policy the union Content-Security-Policy, without frame-ancestors
 * @returns {HeaderRule[]}
 */
export function headerRules(base, policy) {
  const csp = new Map([...parsePolicy(policy), .../** @type {[string, string[]][]} */ (HEADER_ONLY_DIRECTIVES)]);
  return [
    { path: `${base}*`, headers: [['Content-Security-Policy', serialisePolicy(csp)], ...Object.entries(SECURITY_HEADERS)] },
    { path: `${base}_astro/*`, headers: [['Cache-Control', IMMUTABLE]] },
    { path: `${base}${SERVICE_WORKER_FILE}`, headers: [['Cache-Control', NO_CACHE]] },
  ];
}

/** @param {HeaderRule[]} rules */
export function formatHeadersFile(rules) {
  const blocks = rules.map(({ path, headers }) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Written by scripts/security/headers.mjs at build time from the built pages. Do not edit.\n${blocks.join('\n\n')}\n`;
}

/**
 * Reads a _headers file as Netlify and Cloudflare Pages do: a path pattern
 * ("*" matches anything, "/" included) followed by indented "Name: value" lines.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: cannot read line "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** @param {string} pattern */
const patternToRegExp = (pattern) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/**
 * The headers a host sends for a URL path: those of every matching rule; a
 * header named by two rules gets both values joined with ", " (as Netlify and
 * Cloudflare do).
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>} lower-case names
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!patternToRegExp(rule.path).test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/** @param {string} value */
const quoteNginx = (value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** The nginx variable the assets rule sets, through a `map` in the http block. */
export const NGINX_CACHE_VARIABLE = '$flow_and_stability_cache';

/**
 * nginx: `include` the add_header lines in the server (or location) block
 * that serves dist/; `always` sends them with 404s too. Cache-Control comes
 * from a map in the http block (printed as the first lines, commented), so
 * no location of its own is needed: nginx does not inherit add_header into a
 * location that sets any, and a nested location would lose an `alias`.
 * @param {HeaderRule[]} rules
 */
export function nginxConfig(rules) {
  const [site, assets] = rules;
  if (!site || !assets) throw new Error('_headers: expected the site rule and the assets rule');
  const assetPath = assets.path.replace(/\*$/, '');
  const cache = assets.headers.find(([name]) => name === 'Cache-Control')?.[1] ?? IMMUTABLE;
  return [
    '# Generated by scripts/security/headers.mjs from dist/_headers; regenerate on every deploy.',
    '# Needs, once, in the http block:',
    `#   map $uri ${NGINX_CACHE_VARIABLE} { ~^${assetPath} ${quoteNginx(cache)}; default "no-cache"; }`,
    ...site.headers.map(([name, value]) => `add_header ${name} ${quoteNginx(value)} always;`),
    `add_header Cache-Control ${NGINX_CACHE_VARIABLE} always;`,
    '',
  ].join('\n');
}

/**
 * CloudFront: a CloudFront Function for the viewer-response event. A response
 * headers policy would also do, but it caps the CSP at 1,783 characters and
 * cannot vary Cache-Control by path.
 * @param {HeaderRule[]} rules
 */
export function cloudFrontFunction(rules) {
  const [site, assets] = rules;
  if (!site || !assets) throw new Error('_headers: expected the site rule and the assets rule');
  const headers = Object.fromEntries(site.headers.map(([name, value]) => [name.toLowerCase(), { value }]));
  const assetPrefix = assets.path.replace(/\*$/, '');
  const cache = assets.headers.find(([name]) => name === 'Cache-Control')?.[1] ?? IMMUTABLE;
  return `// Generated by scripts/security/headers.mjs from dist/_headers; republish on every deploy.
var HEADERS = ${JSON.stringify(headers, null, 2)};
function handler(event) {
  var response = event.response;
  for (var name in HEADERS) response.headers[name] = HEADERS[name];
  var hashed = event.request.uri.indexOf(${JSON.stringify(assetPrefix)}) === 0;
  response.headers['cache-control'] = { value: hashed ? ${JSON.stringify(cache)} : 'no-cache' };
  return response;
}
`;
}

/** @param {string} dir */
export const readHeadersFile = (dir) => parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { dir: { type: 'string', default: 'dist' } } });
  const format = { nginx: nginxConfig, cloudfront: cloudFrontFunction }[positionals[0] ?? ''];
  if (!format) {
    console.error('Usage: node scripts/security/headers.mjs nginx|cloudfront [--dir dist]');
    process.exit(2);
  }
  process.stdout.write(format(readHeadersFile(values.dir)));
}
