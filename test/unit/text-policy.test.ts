// The text input policy (lib/text.ts) on its own, and the rule that every string a request
// can carry is held by it or by a stricter pattern, checked over the whole OpenAPI document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildApiDocument } from '../../api/openapi-document.ts';
import { charLength, textPattern, zText } from '../../lib/text.ts';

const nickname = zText({ min: 2, max: 5 });
const refusal = (value: string, schema = nickname) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
};

describe('zText: the one policy for human-visible text', () => {
  it.each([
    ['a NUL byte', 'ab\u0000c', /control/],
    ['a C1 control', 'ab\u0085c', /control/],
    ['a line break in a single-line field', 'ab\ncd', /control|line break/],
    ['a lone high surrogate', 'ab\uD800c', /surrogate/],
    ['a lone low surrogate', 'ab\uDC00', /surrogate/],
    ['a right-to-left override', 'ab\u202Ecd', /bidirectional/],
    ['a left-to-right isolate', '\u2066abc', /bidirectional/],
    ['a pop directional isolate', 'abc\u2069', /bidirectional/],
    ['only zero-width spaces', '\u200B\u200B\u200B', /visible/],
    ['only a byte order mark and a word joiner', '\uFEFF\u2060', /visible/],
    ['only Hangul fillers', '\u3164\u3164', /visible/],
    ['only whitespace', '   \u3000 ', /required/],
    ['too long in characters', 'abcdef', /at most 5/],
    ['too short after trimming', ' a ', /at least 2/],
  ])('refuses %s', (_what, value, message) => {
    expect(refusal(value)).toMatch(message);
  });

  it('normalises to NFC and trims before it counts characters (code points, not UTF-16 units)', () => {
    expect(nickname.parse('  Jose\u0301 ')).toBe('José');
    expect(nickname.parse('😀😀😀😀😀')).toBe('😀😀😀😀😀'); // 10 UTF-16 units, 5 characters
    expect(refusal('😀😀😀😀😀😀')).toMatch(/at most 5/);
    expect(nickname.parse('한국어')).toBe('한국어');
  });

  it('lets multiline text keep line breaks and tabs, and an allowEmpty field be empty', () => {
    const description = zText({ max: 50, multiline: true, allowEmpty: true });
    expect(description.parse('line one\r\n\tline two')).toBe('line one\r\n\tline two');
    expect(description.parse('')).toBe('');
    expect(refusal('a\u0000b', description)).toMatch(/control/);
    expect(refusal('\u200B', description)).toMatch(/visible/);
    expect(refusal(' \n ', description)).toMatch(/empty or contain a visible/);
  });

  it('accepts exactly what its published pattern and lengths accept (for NFC input), and stores only values that match them', () => {
    const pattern = new RegExp(textPattern(false), 'u');
    const docValid = (s: string) => pattern.test(s) && charLength(s) >= 2 && charLength(s) <= 5;
    const interesting = fc.constantFrom(' ', '\u0000', '\u0085', '\n', '\u202E', '\u2067', '\u200B', '\uFEFF', '\uD800', '\uDC00', 'e\u0301', 'é', '😀', 'a', 'Z', '한');
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.array(interesting, { maxLength: 7 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(anyText, (raw) => {
        const result = nickname.safeParse(raw);
        if (result.success) expect(docValid(result.data), JSON.stringify(result.data)).toBe(true);
        if (raw === raw.normalize('NFC') && docValid(raw)) expect(result).toEqual({ success: true, data: raw });
      }),
      { numRuns: 2_000 },
    );
  });
});

type Json = Record<string, unknown>;

/** Every string schema reachable from a JSON Schema, with its path. */
function stringsIn(schema: unknown, path: string, components: Record<string, Json>, out: { path: string; schema: Json }[], seen = new Set<string>()): void {
  if (schema === null || typeof schema !== 'object') return;
  const s = schema as Json;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.split('/').pop()!;
    if (seen.has(name)) return;
    return stringsIn(components[name], path, components, out, new Set([...seen, name]));
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const sub of (s[key] as unknown[] | undefined) ?? []) stringsIn(sub, path, components, out, seen);
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('string')) out.push({ path, schema: s });
  for (const [name, sub] of Object.entries((s.properties as Json | undefined) ?? {})) stringsIn(sub, `${path}.${name}`, components, out, seen);
  if (s.items) stringsIn(s.items, `${path}[]`, components, out, seen);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') stringsIn(s.additionalProperties, `${path}{}`, components, out, seen);
}

describe('every string a request can carry is held by a rule', () => {
  it('has the text policy, a pattern, an enum or a format in the OpenAPI document', () => {
    const doc = buildApiDocument() as { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };
    const fields: { path: string; schema: Json }[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const where = `${method.toUpperCase()} ${path}`;
        for (const p of (op.parameters as { in: string; name: string; schema: unknown }[] | undefined) ?? []) {
          stringsIn(p.schema, `${where} ${p.in}.${p.name}`, doc.components.schemas, fields);
        }
        const body = (op.requestBody as { content: Record<string, { schema: unknown }> } | undefined)?.content['application/json']?.schema;
        if (body) stringsIn(body, `${where} body`, doc.components.schemas, fields);
      }
    }
    const free = fields.filter(({ schema }) => schema.pattern === undefined && schema.enum === undefined && schema.format === undefined && schema.const === undefined);
    expect(free.map((f) => `${f.path} ${JSON.stringify(f.schema)}`)).toEqual([]);
    const text = fields.filter(({ schema }) => schema['x-text-policy']);
    console.log(`[text-policy] ${fields.length} request string fields: ${text.length} under the text policy, ${fields.length - text.length} under a stricter pattern, enum or format`);
    expect(text.length).toBeGreaterThanOrEqual(10);
  });
});
