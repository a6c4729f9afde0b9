#!/usr/bin/env node
/**
 * Serves the production build (dist/) the way a static host does, so what the
 * tests see is what a CDN would serve:
 *   - the site lives under BASE_PATH (default "/"); anything outside it is 404,
 *   - folders answer with their index.html, and "/lessons" redirects to "/lessons/",
 *   - unknown paths get dist/404.html with status 404,
 *   - every response carries the headers dist/_headers names for its path
 *     (security headers, the Content-Security-Policy, caching), read as
 *     Netlify and Cloudflare Pages read that file; the file itself is not served.
 *   - everything but the hashed assets is sent with Cache-Control: no-cache,
 *     the service worker (sw.js) included, so a rebuild is seen at once.
 *
 *   node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--base /sub/path/] [--dir dist]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, readHeadersFile } from './security/headers.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: process.env.HOST ?? 'localhost' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    dir: { type: 'string', default: 'dist' },
  },
});

const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
/**
 * The rules from dist/_headers, read again whenever the file changes: a
 * rebuild under a running server (the e2e suite reuses one) changes the
 * policy's hashes, and stale headers would block the new pages' scripts.
 */
let headers = { mtimeMs: -1, rules: /** @type {import('./security/headers.mjs').HeaderRule[]} */ ([]) };
function headerRules() {
  const file = join(root, '_headers');
  const mtimeMs = existsSync(file) ? statSync(file).mtimeMs : 0;
  if (mtimeMs !== headers.mtimeMs) {
    headers = { mtimeMs, rules: mtimeMs === 0 ? [] : readHeadersFile(root) };
    if (mtimeMs === 0) console.warn(`No ${values.dir}/_headers: serving without security headers. Run \`npm run build\`.`);
  }
  return headers.rules;
}
headerRules();

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    if (info.isFile()) return { path, size: info.size };
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    // not found
  }
  return undefined;
}

function send(res, status, file, headOnly, pathname) {
  res.writeHead(status, {
    'content-type': TYPES[extname(file.path)] ?? 'application/octet-stream',
    'content-length': file.size,
    'cache-control': 'no-cache',
    ...headersFor(headerRules(), pathname),
  });
  if (headOnly) res.end();
  else createReadStream(file.path).pipe(res);
}

async function notFound(res, headOnly, pathname) {
  const page = await fileAt(join(root, '404.html'));
  if (page) return send(res, 404, page, headOnly, pathname);
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

const server = createServer(async (req, res) => {
  const headOnly = req.method === 'HEAD';
  if (req.method !== 'GET' && !headOnly) {
    res.writeHead(405, { allow: 'GET, HEAD' });
    return res.end();
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return notFound(res, headOnly, url.pathname);
  }
  if (pathname === base.slice(0, -1)) pathname = base;
  if (!pathname.startsWith(base)) return notFound(res, headOnly, pathname);

  const relative = normalize(pathname.slice(base.length));
  const target = join(root, relative);
  if (target !== root && !target.startsWith(root + sep)) return notFound(res, headOnly, pathname);
  // Hosts read _headers; they never serve it.
  if (target === join(root, '_headers')) return notFound(res, headOnly, pathname);

  const file = await fileAt(target);
  if (!file) return notFound(res, headOnly, pathname);
  // A folder asked for without its trailing slash: redirect, as static hosts do.
  if (file.path.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
    res.writeHead(301, { location: `${pathname}/${url.search}` });
    return res.end();
  }
  send(res, 200, file, headOnly, pathname);
});

// --port 0 takes a free port; the line below names the one taken (tests/e2e/offline.spec.ts reads it).
server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`Serving ${values.dir}/ at http://${values.host}:${port}${base}`);
});
