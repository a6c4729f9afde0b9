// @ts-check
/**
 * Astro integration, run once `astro build` has written dist/: finishes each
 * page's CSP <meta> (policy.mjs) and writes dist/_headers (headers.mjs) from
 * what the pages turned out to need. Nothing in the policy is listed by hand,
 * so a script or style another change adds is covered by the next build.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLOUDFLARE_LINE_LIMIT, formatHeadersFile, headerRules } from './headers.mjs';
import { finalisePage, serialisePolicy, unionPolicies } from './policy.mjs';

/** @param {string} dir @returns {Promise<string[]>} */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name)).sort();
}

/**
 * @param {string} dir the built site
 * @param {string} base Astro's base path
 * @returns {Promise<{ pages: number, headers: string }>}
 */
export async function secureBuild(dir, base) {
  const policies = [];
  for (const file of await htmlFiles(dir)) {
    const { html, policy } = finalisePage(await readFile(file, 'utf8'), relative(dir, file));
    await writeFile(file, html);
    policies.push(policy);
  }
  if (policies.length === 0) throw new Error(`No HTML pages in ${dir}`);
  const headers = formatHeadersFile(headerRules(base, serialisePolicy(unionPolicies(policies))));
  await writeFile(join(dir, '_headers'), headers);
  return { pages: policies.length, headers };
}

/** @returns {import('astro').AstroIntegration} */
export default function securityHeaders() {
  let base = '/';
  return {
    name: 'flow-and-stability:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, headers } = await secureBuild(fileURLToPath(dir), base);
        const longest = Math.max(...headers.split('\n').map((line) => line.length));
        logger.info(`CSP finished in ${pages} pages; dist/_headers written (longest line ${longest} characters)`);
        if (longest > CLOUDFLARE_LINE_LIMIT) {
          logger.warn(`a dist/_headers line has ${longest} characters; Cloudflare Pages reads at most ${CLOUDFLARE_LINE_LIMIT}`);
        }
      },
    },
  };
}
