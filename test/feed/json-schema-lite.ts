/**
 * A minimal JSON Schema (2020-12) checker for exactly the keywords schema/feed-v1.schema.json and
 * schema/locale-pack-v1.schema.json use.
 * No validator library is installed (no ajv in node_modules), so the agreement test uses this one.
 * It throws on any keyword it does not know, so the published schema cannot quietly outgrow it.
 *
 * One deliberate reading: `type: "number"` requires a finite value. JSON has no NaN/Infinity; an
 * overflowing literal such as 1e309 is not a representable number (JSON.parse turns it into Infinity).
 */
type Schema = Record<string, unknown> | boolean;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  '$ref',
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'not',
]);

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function typeOk(t: string, v: unknown): boolean {
  switch (t) {
    case 'object':
      return isObj(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    default:
      throw new Error(`unknown type ${t}`);
  }
}

function equal(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function createChecker(root: Record<string, unknown>) {
  const patterns = new Map<string, RegExp>();
  const re = (p: string) => {
    let r = patterns.get(p);
    if (!r) patterns.set(p, (r = new RegExp(p, 'u')));
    return r;
  };
  function resolve(ref: string): Schema {
    const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
    if (!m) throw new Error(`unsupported $ref ${ref}`);
    const s = (root.$defs as Record<string, Schema>)[m[1]!];
    if (s === undefined) throw new Error(`missing $def ${ref}`);
    return s;
  }
  /** Returns the first error path, or null when valid. */
  function check(s: Schema, v: unknown, path: string): string | null {
    if (s === true) return null;
    if (s === false) return path;
    for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`unsupported keyword ${k} at ${path}`);
    if (typeof s.$ref === 'string') {
      const e = check(resolve(s.$ref), v, path);
      if (e) return e;
    }
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((t) => typeOk(t, v))) return `${path}: type`;
    }
    if ('const' in s && !equal(s.const, v)) return `${path}: const`;
    if (Array.isArray(s.enum) && !s.enum.some((x) => equal(x, v))) return `${path}: enum`;
    if (s.not !== undefined && check(s.not as Schema, v, path) === null) return `${path}: not`;
    if (typeof v === 'string') {
      if (typeof s.minLength === 'number' && [...v].length < s.minLength) return `${path}: minLength`;
      if (typeof s.maxLength === 'number' && [...v].length > s.maxLength) return `${path}: maxLength`;
      if (typeof s.pattern === 'string' && !re(s.pattern).test(v)) return `${path}: pattern`;
    }
    if (typeof v === 'number') {
      if (typeof s.minimum === 'number' && v < s.minimum) return `${path}: minimum`;
      if (typeof s.maximum === 'number' && v > s.maximum) return `${path}: maximum`;
    }
    if (Array.isArray(v)) {
      if (typeof s.minItems === 'number' && v.length < s.minItems) return `${path}: minItems`;
      if (s.items !== undefined) {
        for (let i = 0; i < v.length; i++) {
          const e = check(s.items as Schema, v[i], `${path}[${i}]`);
          if (e) return e;
        }
      }
    }
    if (isObj(v)) {
      for (const r of (s.required as string[] | undefined) ?? []) {
        if (!Object.prototype.hasOwnProperty.call(v, r)) return `${path}.${r}: required`;
      }
      const props = (s.properties as Record<string, Schema> | undefined) ?? {};
      for (const k of Object.keys(v)) {
        if (s.propertyNames !== undefined) {
          const e = check(s.propertyNames as Schema, k, `${path}{${k}}`);
          if (e) return e;
        }
        if (Object.prototype.hasOwnProperty.call(props, k)) {
          const e = check(props[k]!, v[k], `${path}.${k}`);
          if (e) return e;
        } else if (s.additionalProperties !== undefined) {
          const e = check(s.additionalProperties as Schema, v[k], `${path}.${k}`);
          if (e) return e;
        }
      }
    }
    return null;
  }
  return (value: unknown) => check(root, value, '$');
}
