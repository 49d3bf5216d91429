/**
 * URL safety for links. Pure. Only `https:`, `http:`, `mailto:` and relative URLs (path,
 * `?query`, `#fragment`, `//host`) may become an `href`; anything else (`javascript:`,
 * `data:`, `vbscript:`, `file:`, obfuscated schemes with control characters or entities) is
 * refused and the caller shows plain text instead.
 */

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The URL to use as `href`, or undefined when it must not be a link. */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const u = url.trim();
  if (!u || u.length > 4096) return undefined;
  // Browsers drop tabs and newlines inside URLs ("java\tscript:"): refuse any control character.
  if (/[\u0000-\u001f\u007f-\u009f]/.test(u)) return undefined;
  // A backslash start is treated as "//" by browsers; keep it out.
  if (u.startsWith('\\')) return undefined;
  const m = SCHEME.exec(u);
  if (m) return ALLOWED.has(m[1]!.toLowerCase() + ':') ? u : undefined;
  // No scheme: relative. A ':' before the first '/', '?' or '#' would be read as a scheme by some parsers.
  const firstSep = u.search(/[/?#]/);
  const colon = u.indexOf(':');
  if (colon >= 0 && (firstSep < 0 || colon < firstSep)) return undefined;
  // An HTML character reference before the path ("javascript&colon;…") could be decoded by a later consumer.
  const head = firstSep < 0 ? u : u.slice(0, firstSep);
  if (/&(#\d+|#x[0-9a-f]+|[a-z]+);?/i.test(head)) return undefined;
  return u;
}

/**
 * Fills an `href-template` such as "/programas/{key}" with URL-encoded values and returns it
 * only when the result is a safe URL. Unknown placeholders stay empty.
 */
export function fillHrefTemplate(
  template: string | null | undefined,
  values: Record<string, string | number | undefined>,
): string | undefined {
  if (!template) return undefined;
  const filled = template.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const v = values[name];
    return v === undefined ? '' : encodeURIComponent(String(v));
  });
  return safeUrl(filled);
}
