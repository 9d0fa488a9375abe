// Requests generated from the API's own OpenAPI document (what /openapi.json serves), with
// fast-check: an arbitrary per JSON Schema (types, enums, patterns, lengths, ranges, the text
// policy), a request per operation, and the string fields a request can carry. The hostile
// input walk and the contract fuzz run both build on this.
import fc from 'fast-check';

/** A JSON Schema object as the document holds it. */
export type JsonSchema = Record<string, any>;

/** One operation of the document. */
export interface DocOperation {
  method: string;
  /** The documented path, with `{param}` placeholders. */
  path: string;
  public: boolean;
  /** Only operators may call it (`x-required-role: ADMIN`). */
  admin: boolean;
  parameters: { name: string; in: 'path' | 'query' | 'header'; required: boolean; schema: JsonSchema }[];
  body?: { required: boolean; schema: JsonSchema };
}

/** A request ready to send: the concrete path (query included), headers and JSON body. */
export interface GeneratedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** The parts of a request before it is rendered: values by parameter name, and the body. */
export interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  body?: unknown;
}

/** The operations of an OpenAPI document, in document order. */
export function operationsOf(doc: JsonSchema): DocOperation[] {
  const ops: DocOperation[] = [];
  for (const [path, methods] of Object.entries<JsonSchema>(doc.paths)) {
    for (const [method, op] of Object.entries<JsonSchema>(methods)) {
      const body = op.requestBody?.content?.['application/json']?.schema;
      ops.push({
        method: method.toUpperCase(),
        path,
        public: Array.isArray(op.security) && op.security.length === 0,
        admin: op['x-required-role'] === 'ADMIN',
        parameters: op.parameters ?? [],
        ...(body ? { body: { required: op.requestBody.required !== false, schema: body } } : {}),
      });
    }
  }
  return ops;
}

const MAX_SAFE_INT32 = 0x7fffffff;

/** Builds fast-check arbitraries for JSON Schemas of one document (resolving its `$ref`s). */
export class SchemaArbitraries {
  constructor(private readonly components: Record<string, JsonSchema>) {}

  /** The schema behind a `$ref`, or the schema itself. */
  resolve(schema: JsonSchema): JsonSchema {
    let s = schema;
    while (typeof s?.$ref === 'string') s = this.components[s.$ref.split('/').pop()!]!;
    return s;
  }

  /** Values valid for `schema`. */
  of(input: JsonSchema): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
    const union = schema.anyOf ?? schema.oneOf;
    if (Array.isArray(union) && !schema.properties) {
      // Keywords beside the union (a documented range) apply to every branch.
      const { anyOf: _a, oneOf: _o, ...outer } = schema;
      return fc.oneof(...union.map((branch: JsonSchema) => this.of({ ...outer, ...this.resolve(branch) })));
    }
    const type = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (type.length > 1) return fc.oneof(...type.map((t: string) => this.of({ ...schema, type: t })));
    switch (type[0]) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return this.integer(schema);
      case 'number':
        return this.number(schema);
      case 'string':
        return this.string(schema);
      case 'array': {
        const items = schema.items ? this.of(schema.items) : fc.constant(null);
        const lengths = { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, Math.max(schema.minItems ?? 0, 4)) };
        return schema.uniqueItems ? fc.uniqueArray(items, { ...lengths, selector: (v) => JSON.stringify(v) }) : fc.array(items, lengths);
      }
      case 'object':
      case undefined:
        if (schema.properties || schema.type === 'object') return this.object(schema);
        return fc.constant(null);
      default:
        throw new Error(`no arbitrary for schema ${JSON.stringify(schema)}`);
    }
  }

  private integer(schema: JsonSchema): fc.Arbitrary<number> {
    const min = Math.max(schema.minimum ?? (schema.exclusiveMinimum !== undefined ? Math.floor(schema.exclusiveMinimum) + 1 : -1_000_000), -MAX_SAFE_INT32);
    const max = Math.min(schema.maximum ?? (schema.exclusiveMaximum !== undefined ? Math.ceil(schema.exclusiveMaximum) - 1 : 1_000_000), MAX_SAFE_INT32);
    return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
  }

  private number(schema: JsonSchema): fc.Arbitrary<number> {
    const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum : -1_000_000);
    const high = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum : 1_000_000);
    if (schema.multipleOf) {
      const step = schema.multipleOf as number;
      let first = Math.ceil(low / step);
      if (schema.minimum === undefined && first * step <= low) first++;
      const last = Math.floor(high / step);
      return fc.integer({ min: first, max: last }).map((n) => Number((n * step).toFixed(10)));
    }
    return fc
      .double({ min: low, max: high, noNaN: true, noDefaultInfinity: true })
      .filter((n) => (schema.exclusiveMinimum === undefined || n > schema.exclusiveMinimum) && (schema.exclusiveMaximum === undefined || n < schema.exclusiveMaximum));
  }

  private string(schema: JsonSchema): fc.Arbitrary<string> {
    const minLength = schema.minLength ?? 0;
    const maxLength = schema.maxLength ?? 64;
    const lengthOk = (s: string) => [...s].length >= minLength && [...s].length <= maxLength;
    if (schema.format === 'uuid') return fc.uuid();
    if (schema.format === 'date-time') return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
    if (schema['x-text-policy']) {
      // Human text: letters of several scripts, digits, spaces, emoji, combining marks; NFC, as the policy stores it.
      const pattern = new RegExp(schema.pattern, 'u');
      const unit = fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789') },
        { weight: 2, arbitrary: fc.constantFrom(' ', '-', "'", '.', '!', '<', '>', '&', '"', ';') },
        { weight: 1, arbitrary: fc.constantFrom('é', 'ß', 'Ω', '한', '日', 'ж', '😀', '🎰', 'e\u0301', '\u200D') },
        ...(schema['x-text-policy'] === 'multiline' ? [{ weight: 1, arbitrary: fc.constantFrom('\n', '\t', '\r\n') }] : []),
      );
      return fc
        .array(unit, { minLength: Math.max(minLength, 1), maxLength: Math.min(maxLength, 40) })
        .map((units) => units.join('').normalize('NFC'))
        .filter((s) => pattern.test(s) && lengthOk(s));
    }
    if (schema.pattern) {
      // `^[class]{m,n}$` (and * or +): characters of the class, at lengths both the pattern and minLength/maxLength allow.
      const simple = /^\^(\[(?:\\.|[^\]])+\])(\*|\+|\{(\d+)(?:,(\d*))?\})\$$/.exec(schema.pattern);
      if (simple) {
        const [, cls, quantifier, lo, hi] = simple;
        const qMin = quantifier === '+' ? 1 : quantifier === '*' ? 0 : Number(lo);
        const qMax = quantifier === '+' || quantifier === '*' ? Infinity : hi === undefined ? Number(lo) : hi === '' ? Infinity : Number(hi);
        const unit = fc.stringMatching(new RegExp(`^${cls}$`));
        const min = Math.max(qMin, minLength);
        return fc.string({ unit, minLength: min, maxLength: Math.max(min, Math.min(qMax, maxLength, 64)) });
      }
      return fc.stringMatching(new RegExp(schema.pattern)).filter(lengthOk);
    }
    return fc.string({ minLength, maxLength: Math.min(maxLength, 64) });
  }

  private object(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = (schema.required ?? []) as string[];
    const model = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, this.of(v)]));
    const arb: fc.Arbitrary<Record<string, unknown>> = fc.record(model, { requiredKeys: required });
    // Rules between properties (anyOf / oneOf / not / minProperties beside the properties):
    // generate, then keep what satisfies them.
    const { properties: _p, required: _r, type: _t, additionalProperties: _a, ...rules } = schema;
    return Object.keys(rules).some((k) => ['anyOf', 'oneOf', 'not', 'minProperties', 'maxProperties'].includes(k)) ? arb.filter((o) => this.satisfies(o, rules)) : arb;
  }

  /**
   * A small JSON Schema check for the rules between properties that generation alone does not
   * meet: type, const, enum, required, properties, items, numeric bounds, min/maxProperties, anyOf,
   * oneOf, not.
   */
  satisfies(value: unknown, input: JsonSchema): boolean {
    const s = this.resolve(input);
    if (s.const !== undefined && value !== s.const) return false;
    if (Array.isArray(s.enum) && !s.enum.includes(value)) return false;
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
      if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return false;
    }
    if (typeof value === 'string') {
      const length = [...value].length;
      if (s.minLength !== undefined && length < s.minLength) return false;
      if (s.maxLength !== undefined && length > s.maxLength) return false;
      if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(value)) return false;
      if (s.format === 'uuid' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
      if (s.format === 'date-time' && Number.isNaN(Date.parse(value))) return false;
    }
    if (typeof value === 'number') {
      if (s.minimum !== undefined && value < s.minimum) return false;
      if (s.maximum !== undefined && value > s.maximum) return false;
      if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum) return false;
      if (s.exclusiveMaximum !== undefined && value >= s.exclusiveMaximum) return false;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const obj = value as Record<string, unknown>;
      if (((s.required ?? []) as string[]).some((k) => !(k in obj))) return false;
      if (s.minProperties !== undefined && Object.keys(obj).length < s.minProperties) return false;
      if (s.maxProperties !== undefined && Object.keys(obj).length > s.maxProperties) return false;
      for (const [k, sub] of Object.entries<JsonSchema>(s.properties ?? {})) if (k in obj && !this.satisfies(obj[k], sub)) return false;
    }
    if (Array.isArray(value)) {
      if (s.minItems !== undefined && value.length < s.minItems) return false;
      if (s.maxItems !== undefined && value.length > s.maxItems) return false;
      if (s.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) return false;
      if (s.items && !value.every((v) => this.satisfies(v, s.items))) return false;
    }
    if (Array.isArray(s.anyOf) && !s.anyOf.some((b: JsonSchema) => this.satisfies(value, b))) return false;
    if (Array.isArray(s.oneOf) && s.oneOf.filter((b: JsonSchema) => this.satisfies(value, b)).length !== 1) return false;
    if (s.not && this.satisfies(value, s.not)) return false;
    return true;
  }
}

/** Arbitrary request parts (path, query, header values and body) for one operation. */
export function partsOf(arbs: SchemaArbitraries, op: DocOperation): fc.Arbitrary<RequestParts> {
  const group = (where: 'path' | 'query' | 'header') => {
    const params = op.parameters.filter((p) => p.in === where);
    return fc.record(Object.fromEntries(params.map((p) => [p.name, arbs.of(p.schema)])), {
      requiredKeys: params.filter((p) => p.required).map((p) => p.name),
    });
  };
  const body = op.body ? (op.body.required ? arbs.of(op.body.schema) : fc.option(arbs.of(op.body.schema), { nil: undefined })) : fc.constant(undefined);
  return fc.record({ path: group('path'), query: group('query'), header: group('header'), body });
}

/** Renders request parts: fills the path, encodes the query, stringifies headers. */
export function render(op: DocOperation, parts: RequestParts, auth: Record<string, string> = {}): GeneratedRequest {
  const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeValue(parts.path[name]));
  const query = Object.entries(parts.query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeValue(v)}`)
    .join('&');
  const headers = { ...auth, ...Object.fromEntries(Object.entries(parts.header).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])) };
  return { method: op.method, path: query ? `${path}?${query}` : path, headers, ...(parts.body !== undefined ? { body: parts.body } : {}) };
}

/** A value in a URL: percent-encoded UTF-8; a lone surrogate becomes the bytes of one (invalid UTF-8). */
export function encodeValue(value: unknown): string {
  const text = String(value);
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    else out += encodeURIComponent(ch);
  }
  return out;
}

/** The string fields of a body schema, as key paths (arrays by their first element). */
export function stringFieldsOf(arbs: SchemaArbitraries, input: JsonSchema, at: (string | number)[] = [], depth = 0): (string | number)[][] {
  const schema = arbs.resolve(input);
  if (depth > 6 || !schema) return [];
  const out: (string | number)[][] = [];
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])] as JsonSchema[];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('string') || branches.some((b) => arbs.resolve(b).type === 'string')) out.push(at);
  for (const [k, v] of Object.entries<JsonSchema>(schema.properties ?? {})) out.push(...stringFieldsOf(arbs, v, [...at, k], depth + 1));
  if (schema.items) out.push(...stringFieldsOf(arbs, schema.items, [...at, 0], depth + 1));
  for (const b of branches) {
    const r = arbs.resolve(b);
    if (r.properties || r.items) out.push(...stringFieldsOf(arbs, r, at, depth + 1));
  }
  const seen = new Set<string>();
  return out.filter((p) => p.length > 0 && !seen.has(JSON.stringify(p)) && seen.add(JSON.stringify(p)));
}

/** A copy of `root` with `value` at `path`, creating the objects and arrays on the way. */
export function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root ?? {}) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else {
      const next = path[i + 1];
      if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof next === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
  });
  return copy;
}

/** The schema of the string field at `path` inside a body schema (the string branch of a nullable one). */
export function schemaAt(arbs: SchemaArbitraries, input: JsonSchema, path: (string | number)[]): JsonSchema {
  let schema = arbs.resolve(input);
  for (const key of path) {
    const branches = [schema, ...((schema.anyOf ?? schema.oneOf ?? []) as JsonSchema[]).map((b) => arbs.resolve(b))];
    const holder = branches.find((b) => (typeof key === 'number' ? b.items : b.properties?.[key]));
    if (!holder) throw new Error(`no schema at ${path.join('.')}`);
    schema = arbs.resolve(typeof key === 'number' ? holder.items : holder.properties[key]);
  }
  const strings = [schema, ...((schema.anyOf ?? schema.oneOf ?? []) as JsonSchema[]).map((b) => arbs.resolve(b))].find((b) => b.type === 'string');
  return strings ?? schema;
}
