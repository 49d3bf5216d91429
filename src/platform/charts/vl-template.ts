/**
 * Vega-Lite → Vega templates, so readers never download the Vega-Lite compiler.
 *
 * Charts are still written in Vega-Lite (the *-spec.ts builders). What varies at run time in
 * those specs — texts (titles, descriptions, labels in the language of the page), theme colours
 * and fonts, the locale, the data, the width — never changes the SHAPE of the compiled Vega. So:
 *
 *  1. `abstractSpec(vl)` replaces each of those run-time values with a token (strings) or a slot
 *     (arrays, param values, inline data → named datasets, the width), and returns a `key`: the
 *     JSON of the abstracted spec. Two specs with the same key compile to the same Vega up to the
 *     tokens.
 *  2. At BUILD time (scripts/precompile-charts.ts) the abstracted spec of every chart kind is
 *     compiled with Vega-Lite in Node; the Vega output is a template (src/platform/charts/vega-templates.ts).
 *  3. At run time `fillTemplate(template, abstracted)` puts the values back: the result is the Vega
 *     spec that compiling the original would give (node tests compare the two on hostile strings).
 *
 * A key with no template (a new chart shape) is compiled in the browser by a separate lazy chunk
 * holding Vega-Lite (vega-lite-compile.ts); the bench reports whether any page needed it.
 *
 * Pure: plain JSON in and out, no DOM.
 */

const T_OPEN = '\uE000';
const T_CLOSE = '\uE001';
const S_OPEN = '\uE002';
/** Any width a chart could have would do; this one cannot collide with a constant in a spec. */
export const WIDTH_SENTINEL = 987651;

export interface AbstractedSpec {
  /** The Vega-Lite spec with tokens, slots and named datasets: what the build compiles. */
  spec: Record<string, unknown>;
  /** JSON of `spec`: the template's key. */
  key: string;
  /** Token i stands for strings[i]. */
  strings: string[];
  /** Slot i stands for slots[i] (any JSON). */
  slots: unknown[];
  /** Dataset name → rows. */
  datasets: Record<string, unknown[]>;
  /** The numeric width, if the spec had one. */
  width?: number;
}

const CONTENT_KEYS = new Set(['description', 'title', 'subtitle']);
/** Vega properties whose strings are expressions: a text inside them sits in a JSON-quoted literal. */
const EXPR_KEYS = new Set(['signal', 'expr', 'update', 'init', 'test']);
const THEME_KEY = /(color|font)$/i;

/** Splits a Vega-Lite spec into its shape (the key) and its run-time values. */
export function abstractSpec(vl: Record<string, unknown>): AbstractedSpec {
  const strings: string[] = [];
  const stringIdx = new Map<string, number>();
  const slots: unknown[] = [];
  const slotIdx = new Map<string, number>();
  const datasets: Record<string, unknown[]> = {};
  const dataIdx = new Map<string, string>();

  // Texts are deduplicated (Vega-Lite merges equal titles and domains of layers, so equality is
  // part of the shape); theme values are positional (a theme may give two tokens one colour).
  const token = (s: string, shared = true): string => {
    let i = shared ? stringIdx.get(s) : undefined;
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      if (shared) stringIdx.set(s, i);
    }
    return `${T_OPEN}${i}${T_CLOSE}`;
  };
  const slot = (v: unknown, shared = true): string => {
    const j = JSON.stringify(v);
    let i = shared ? slotIdx.get(j) : undefined;
    if (i === undefined) {
      i = slots.length;
      slots.push(v);
      if (shared) slotIdx.set(j, i);
    }
    return `${S_OPEN}${i}${T_CLOSE}`;
  };
  const dataset = (values: unknown[]): string => {
    const j = JSON.stringify(values);
    let name = dataIdx.get(j);
    if (name === undefined) {
      name = `tp_data_${dataIdx.size}`;
      dataIdx.set(j, name);
      datasets[name] = values;
    }
    return name;
  };

  const walkConfig = (node: unknown, key: string, inLocale: boolean): unknown => {
    if (Array.isArray(node)) {
      return node.some((x) => typeof x === 'string') ? [slot(node, false)] : node;
    }
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) out[k] = walkConfig(v, k, inLocale || k === 'locale');
      return out;
    }
    if (typeof node === 'string' && (inLocale || THEME_KEY.test(key))) return token(node, false);
    return node;
  };

  const walk = (node: unknown, key: string): unknown => {
    if (Array.isArray(node)) {
      if ((key === 'domain' || key === 'range') && node.length) return [slot(node)];
      return node.map((x) => walk(x, ''));
    }
    if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if (key === 'data' && Array.isArray(obj.values)) {
        const { values, ...rest } = obj;
        return { ...rest, name: dataset(values as unknown[]) };
      }
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(obj)) {
        if (k === 'config') out[k] = walkConfig(v, k, false);
        else if (k === 'params' && Array.isArray(v)) {
          out[k] = v.map((p) =>
            p && typeof p === 'object' && 'value' in p ? { ...(p as object), value: slot((p as { value: unknown }).value) } : walk(p, ''),
          );
        } else out[k] = walk(v, k);
      }
      return out;
    }
    if (typeof node === 'string' && CONTENT_KEYS.has(key)) return token(node);
    return node;
  };

  const spec = walk(vl, '') as Record<string, unknown>;
  let width: number | undefined;
  if (typeof spec.width === 'number') {
    width = spec.width;
    spec.width = WIDTH_SENTINEL;
  }
  return { spec, key: JSON.stringify(spec), strings, slots, datasets, width };
}

/** A short stable id for a key (cyrb53 + length): the templates table is indexed by it. */
export function templateId(key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h2 >>> 0).toString(36)}${(h1 >>> 0).toString(36)}-${key.length}`;
}

const TOKEN_RE = /\uE000(\d+)\uE001/g;
const EXPR_SLOT_RE = /\[\s*"\uE002(\d+)\uE001"\s*\]/g;
const SLOT_RE = /^\uE002(\d+)\uE001$/;

/** An expression embeds a text as a JSON string literal: escape it the same way. */
function exprEscape(s: string, quote = true): string {
  return (quote ? JSON.stringify(s).slice(1, -1) : s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Puts the run-time values of `a` into a compiled template. Throws when a token or slot is left
 * (the template does not belong to this spec), so the caller can compile instead.
 */
export function fillTemplate(template: Record<string, unknown>, a: AbstractedSpec): Record<string, unknown> {
  const mismatch = () => new Error('tp-widgets: chart template does not match its spec');
  const slotValue = (i: number): unknown => {
    if (i >= a.slots.length) throw mismatch();
    return structuredCloneJson(a.slots[i]);
  };
  const fill = (node: unknown, key: string): unknown => {
    if (typeof node === 'string') {
      const m = SLOT_RE.exec(node);
      if (m) return slotValue(Number(m[1]));
      if (!node.includes(T_OPEN) && !node.includes(S_OPEN)) return node;
      const expr = EXPR_KEYS.has(key);
      // Vega-Lite writes some arrays (a colour domain used to order stacks) into expressions.
      const withSlots = expr ? node.replace(EXPR_SLOT_RE, (_, i: string) => exprEscape(JSON.stringify(slotValue(Number(i))), false)) : node;
      const filled = withSlots.replace(TOKEN_RE, (_, i: string) => {
        const s = a.strings[Number(i)];
        if (s === undefined) throw mismatch();
        return expr ? exprEscape(s) : s;
      });
      if (filled.includes(S_OPEN)) throw mismatch();
      return filled;
    }
    if (typeof node === 'number' && node === WIDTH_SENTINEL) {
      if (a.width === undefined) throw mismatch();
      return a.width;
    }
    if (Array.isArray(node)) {
      if (node.length === 1 && typeof node[0] === 'string' && SLOT_RE.test(node[0])) {
        return slotValue(Number(SLOT_RE.exec(node[0])![1]));
      }
      return node.map((x) => fill(x, key));
    }
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) out[k] = fill(v, k);
      return out;
    }
    return node;
  };
  const out = fill(template, '') as Record<string, unknown>;
  if (Array.isArray(out.data)) {
    out.data = (out.data as Record<string, unknown>[]).map((d) =>
      typeof d.name === 'string' && d.name in a.datasets && !('values' in d) && !('source' in d) ? { ...d, values: a.datasets[d.name] } : d,
    );
  }
  return out;
}

function structuredCloneJson<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
