/**
 * Embed code for editors: the `<script type="module">` of the CDN build this page loaded plus
 * the element with its current attributes. Pure string building (attribute values escaped).
 */

/** Replaced by the build with the version in package.json (esbuild `define`, rollup.config.mjs). */
declare const __TP_VERSION__: string | undefined;

/** Package version, for the fallback CDN URL; "latest" where the source runs unbuilt (node tests, dev server). */
export const VERSION: string = typeof __TP_VERSION__ === 'string' ? __TP_VERSION__ : 'latest';
export const FALLBACK_CDN = `https://cdn.jsdelivr.net/npm/tp-widgets@${VERSION}/dist/cdn/tp-widgets.js`;

/**
 * The CDN script URL from a module URL of the running build: `…/cdn/tp-widgets.js` as is;
 * a chunk (`…/cdn/chunks/x-123.js`) maps to its entry; anything else (npm build, dev
 * server) gives the public CDN URL of this version.
 */
export function cdnScriptUrl(moduleUrl: string | undefined): string {
  if (!moduleUrl) return FALLBACK_CDN;
  let u: URL;
  try {
    u = new URL(moduleUrl);
  } catch {
    return FALLBACK_CDN;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return FALLBACK_CDN;
  u.search = '';
  u.hash = '';
  if (/\/tp-widgets(\.min)?\.js$/.test(u.pathname)) return u.href;
  const chunk = /^(.*\/)chunks\/[^/]+\.js$/.exec(u.pathname);
  if (chunk && /\/cdn\/$/.test(chunk[1]!)) {
    u.pathname = `${chunk[1]}tp-widgets.js`;
    return u.href;
  }
  return FALLBACK_CDN;
}

export function escapeAttr(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attributes that describe run-time state, not the embed. */
const SKIP = new Set(['state', 'class', 'style', 'tabindex', 'aria-busy']);

/**
 * The embed snippet. `attributes` are the element's (name, value) pairs; `src` is added when the
 * element got its feed from a surrounding <tp-feed> (so the snippet works on its own).
 */
export function embedCode(tag: string, attributes: Array<[string, string]>, scriptUrl: string, src?: string): string {
  const attrs = attributes.filter(([n]) => !SKIP.has(n.toLowerCase()) && /^[a-z][a-z0-9-]*$/i.test(n));
  if (src && !attrs.some(([n]) => n === 'src')) attrs.unshift(['src', src]);
  const attrText = attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`)).join('');
  return `<script type="module" src="${escapeAttr(scriptUrl)}"></script>\n<${tag}${attrText}></${tag}>`;
}
