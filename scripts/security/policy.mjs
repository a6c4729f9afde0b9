// @ts-check
/**
 * Each page's Content-Security-Policy, finished from the built HTML.
 *
 * Astro (`security.csp` in astro.config.mjs) writes the policy's directives
 * and a <meta http-equiv="content-security-policy"> into every page, with the
 * hashes of every script and style it bundled, for the whole site, on every
 * page. Two things it cannot see: `is:inline` scripts (the theme scripts) and
 * `style` attributes in server-rendered markup (bar widths, Shiki's code block
 * colours). So after the build, each page's script and style hashes are set to
 * exactly what that page carries inline, hashed the way the browser hashes
 * them (raw element text, decoded attribute values), and the <meta> moves to
 * the top of <head>: a <meta> policy governs only what comes after it.
 *
 * Hashing the build's own output allows nothing a visitor can add: the
 * threat is markup injected at run time (a shared link, an imported file),
 * which is never in dist/.
 */
import { createHash } from 'node:crypto';
import { parse } from 'parse5';

/** @typedef {Map<string, string[]>} Policy directive name → its sources, in order */

/** Script types the browser runs; data blocks (application/json, …) are not scripts. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** @param {string} text */
export const cspHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const isHash = (/** @type {string} */ source) => /^'sha(256|384|512)-/.test(source);

/** @param {string} text "default-src 'self'; script-src 'self' 'sha256-…'" */
export function parsePolicy(text) {
  /** @type {Policy} */
  const policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** @param {Policy} policy */
export const serialisePolicy = (policy) => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/**
 * @typedef {object} InlineContent
 * @property {string[]} scripts text of each inline script the browser would run
 * @property {string[]} styles text of each <style> element
 * @property {string[]} styleAttributes value of each style="" attribute
 */

/**
 * @typedef {{ nodeName: string, tagName?: string, attrs?: { name: string, value: string }[],
 *   childNodes?: Node[], content?: Node, value?: string,
 *   sourceCodeLocation?: { startOffset: number, endOffset: number } | null }} Node
 */

/** @param {Node} node */
const textOf = (node) => (node.childNodes ?? []).map((child) => (child.nodeName === '#text' ? (child.value ?? '') : '')).join('');

/** @param {Node} node @param {string} name */
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

/** @param {Node} root @param {(node: Node) => void} visit */
function walk(root, visit) {
  visit(root);
  for (const child of root.childNodes ?? []) walk(child, visit);
  if (root.content) walk(root.content, visit);
}

/**
 * What a page carries inline, and where its CSP <meta> and <meta charset> are.
 * @param {string} html
 */
export function readPage(html) {
  const document = /** @type {Node} */ (/** @type {unknown} */ (parse(html, { sourceCodeLocationInfo: true })));
  /** @type {InlineContent} */
  const inline = { scripts: [], styles: [], styleAttributes: [] };
  /** @type {Node[]} */
  const cspMetas = [];
  /** @type {Node | undefined} */
  let charset;
  /** @type {Node | undefined} */
  let head;
  walk(document, (node) => {
    if (!node.tagName) return;
    const style = attr(node, 'style');
    if (style !== undefined) inline.styleAttributes.push(style);
    if (node.tagName === 'head') head ??= node;
    if (node.tagName === 'script' && attr(node, 'src') === undefined) {
      const type = (attr(node, 'type') ?? '').trim().toLowerCase();
      if (SCRIPT_TYPES.has(type)) inline.scripts.push(textOf(node));
    }
    if (node.tagName === 'style') inline.styles.push(textOf(node));
    if (node.tagName === 'meta') {
      if (attr(node, 'http-equiv')?.toLowerCase() === 'content-security-policy') cspMetas.push(node);
      if (attr(node, 'charset') !== undefined) charset ??= node;
    }
  });
  return { inline, cspMetas, charset, head };
}

const unique = (/** @type {string[]} */ list) => [...new Set(list)];

/**
 * The page's own policy: Astro's directives and non-hash sources ('self',
 * 'wasm-unsafe-eval' where a page asked for it), with exactly the hashes of
 * what the page carries inline.
 * @param {Policy} astroPolicy
 * @param {InlineContent} inline
 */
export function pagePolicy(astroPolicy, inline) {
  /** @type {Policy} */
  const policy = new Map();
  const keep = (/** @type {string} */ name) => (astroPolicy.get(name) ?? ["'self'"]).filter((source) => !isHash(source));
  for (const [name, sources] of astroPolicy) policy.set(name, sources);
  policy.set('script-src', unique([...keep('script-src'), ...inline.scripts.map(cspHash)]));
  policy.set('style-src', unique([...keep('style-src'), ...inline.styles.map(cspHash)]));
  // Style attributes can only be allowed by hash with 'unsafe-hashes' (it lets
  // exactly these declarations through, nothing else); Preact changes them
  // later through element.style, which CSP does not restrict.
  policy.set(
    'style-src-attr',
    inline.styleAttributes.length === 0 ? ["'none'"] : unique(["'unsafe-hashes'", ...inline.styleAttributes.map(cspHash)]),
  );
  return policy;
}

/**
 * Sets a built page's policy to its own inline content and moves the CSP
 * <meta> right after <meta charset>. Throws when the page has no CSP <meta>
 * (security.csp missing from astro.config.mjs) or more than one.
 * @param {string} html
 * @param {string} [page] for messages
 */
export function finalisePage(html, page = 'page') {
  const { inline, cspMetas, charset, head } = readPage(html);
  const meta = cspMetas[0];
  if (cspMetas.length !== 1 || !meta?.sourceCodeLocation) {
    throw new Error(`${page}: expected one Content-Security-Policy <meta> from Astro, found ${cspMetas.length}. Is security.csp set in astro.config.mjs?`);
  }
  const policy = pagePolicy(parsePolicy(attr(meta, 'content') ?? ''), inline);
  const tag = `<meta http-equiv="content-security-policy" content="${serialisePolicy(policy).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
  const { startOffset, endOffset } = meta.sourceCodeLocation;
  const withoutMeta = html.slice(0, startOffset) + html.slice(endOffset);
  const anchor = charset?.sourceCodeLocation ?? head?.sourceCodeLocation;
  if (!anchor || anchor.endOffset > startOffset) {
    // Nothing to move it after, or it already comes first: leave it in place.
    return { html: html.slice(0, startOffset) + tag + html.slice(endOffset), policy };
  }
  // For <head>, insert after its start tag, not after the whole element.
  const at = charset ? anchor.endOffset : /** @type {any} */ (anchor).startTag.endOffset;
  return { html: withoutMeta.slice(0, at) + tag + withoutMeta.slice(at), policy };
}

/**
 * One policy that allows what any of the pages allows: for a header sent with
 * every page, on top of each page's own <meta> (a browser enforces both, so
 * each page still gets only its own hashes). 'none' gives way to real sources.
 * @param {Policy[]} policies
 */
export function unionPolicies(policies) {
  /** @type {Policy} */
  const union = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) union.set(name, unique([...(union.get(name) ?? []), ...sources]));
  }
  for (const [name, sources] of union) {
    if (sources.length > 1 && sources.includes("'none'")) union.set(name, sources.filter((s) => s !== "'none'"));
  }
  return union;
}
