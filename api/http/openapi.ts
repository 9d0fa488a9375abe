import { z } from 'zod';
import { ALL_ERROR_CODES, ERROR_CODES, statusOf, type ErrorCode } from '../../lib/errors.ts';

/** One documented operation, as collected from the route definitions. */
export interface OperationDoc {
  method: string;
  path: string;
  summary: string;
  tags: string[];
  auth: 'none' | 'user' | 'admin';
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Request headers the operation reads; with a schema, the route validates the header (400) and the document shows it. */
  headers?: Record<string, { description: string; required: boolean; schema?: z.ZodType<string> }>;
  responses: Record<number, ResponseDoc>;
  /** Every error code the operation can answer with (the catalog gives each its status). */
  errors: ErrorCode[];
}

/** One documented response: what it means and, for a JSON body, its schema. */
export interface ResponseDoc {
  description: string;
  schema?: z.ZodType;
}

/** The API's title and version as the published document states them. */
export const API_INFO = {
  title: 'Casino-Club API',
  version: '0.1.0',
  description: 'Errors always have the shape { error: { code, message, details? } }.',
};

/** Collects operations as routes are defined, and renders an OpenAPI 3.1 document from them. */
export class OpenApiRegistry {
  private readonly operations: OperationDoc[] = [];

  /**
   * @param checkResponses parse every body a route handler sends against its declared
   *   schema (development and tests); a mismatch becomes a logged 500.
   */
  constructor(readonly checkResponses = false) {}

  add(op: OperationDoc): void {
    this.operations.push(op);
  }

  /** Every documented operation, in declaration order. */
  list(): readonly OperationDoc[] {
    return this.operations;
  }

  /** The operation that answers `method path` (a concrete path such as /api/shop/purchases/CC-...), if any. */
  match(method: string, path: string): OperationDoc | undefined {
    const pathname = path.split('?')[0]!.replace(/\/+$/, '') || '/';
    return this.operations.find((op) => {
      if (op.method !== method.toLowerCase()) return false;
      const pattern = op.path.replace(/\/+$/, '').split('/').map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
      return new RegExp(`^${pattern || ''}/?$`).test(pathname);
    });
  }

  /**
   * Renders the OpenAPI 3.1 document. Schemas named with `.meta({ id: 'Name' })` become
   * `components.schemas.Name` (the generated web types call them by that name).
   */
  document(info: { title: string; version: string; description?: string }): Record<string, unknown> {
    const components: Record<string, unknown> = {};
    const convert = (schema: z.ZodType, io: 'input' | 'output') => jsonSchema(schema, io, components);
    const paths: Record<string, Record<string, unknown>> = {};
    const errorSchema = convert(ZErrorBody, 'output');
    for (const op of this.operations) {
      const oaPath = op.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const parameters: unknown[] = [];
      for (const [where, schema] of [['path', op.params], ['query', op.query]] as const) {
        if (!schema) continue;
        const js = jsonSchema(schema, 'input', components, false) as { properties?: Record<string, unknown>; required?: string[] };
        for (const [name, prop] of Object.entries(js.properties ?? {})) {
          parameters.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: prop });
        }
      }
      for (const [name, h] of Object.entries(op.headers ?? {})) {
        parameters.push({ name, in: 'header', required: h.required, description: h.description, schema: h.schema ? jsonSchema(h.schema, 'input', components, false) : { type: 'string' } });
      }
      const responses: Record<string, unknown> = {};
      for (const [status, r] of Object.entries(op.responses)) {
        responses[status] = {
          description: r.description,
          ...(r.schema ? { content: { 'application/json': { schema: convert(r.schema, 'output') } } } : {}),
        };
      }
      for (const [status, codes] of byStatus(op.errors)) {
        if (responses[status]) continue;
        responses[status] = {
          description: codes.map((c) => `${c}: ${ERROR_CODES[c].description}`).join('; '),
          content: { 'application/json': { schema: convert(errorBodyOf(codes), 'output') } },
        };
      }
      responses.default = { description: 'Error', content: { 'application/json': { schema: errorSchema } } };
      (paths[oaPath] ??= {})[op.method] = {
        summary: op.summary,
        tags: op.tags,
        ...(op.auth === 'none' ? { security: [] } : {}),
        ...(op.auth === 'admin' ? { 'x-required-role': 'ADMIN' } : {}),
        ...(parameters.length ? { parameters } : {}),
        ...(op.body ? { requestBody: { required: !acceptsNoBody(op.body), content: { 'application/json': { schema: convert(op.body, 'input') } } } } : {}),
        responses,
      };
    }
    return {
      openapi: '3.1.0',
      info,
      components: {
        schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
      security: [{ bearer: [] }],
      paths,
    };
  }
}

/** Every error code the API can send (lib/errors.ts), as the web's generated types name it. */
export const ZErrorCode = z.enum(ALL_ERROR_CODES).meta({ id: 'ErrorCode' });

/** The error body for a set of codes. */
export function errorBodyOf(codes: readonly ErrorCode[]) {
  return z.object({ error: z.object({ code: z.enum(codes as [ErrorCode, ...ErrorCode[]]), message: z.string(), details: z.unknown().optional() }) });
}

/** The one error body every 4xx/5xx carries. */
export const ZErrorBody = z
  .object({ error: z.object({ code: ZErrorCode, message: z.string(), details: z.unknown().optional() }) })
  .meta({ id: 'ErrorBody' });

/** A body schema the route accepts when no body is sent (the route builder parses a missing body as `{}`). */
function acceptsNoBody(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success || schema.safeParse({}).success;
}

/** Error codes grouped by their HTTP status, statuses ascending. */
function byStatus(codes: readonly ErrorCode[]): [number, ErrorCode[]][] {
  const groups = new Map<number, ErrorCode[]>();
  for (const code of codes) groups.set(statusOf(code), [...(groups.get(statusOf(code)) ?? []), code]);
  return [...groups.entries()].sort(([a], [b]) => a - b);
}

/**
 * One zod schema as JSON Schema. Named schemas (`.meta({ id })`) are moved to `components`
 * and referenced from there; the same name must describe the same JSON everywhere.
 */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output', components: Record<string, unknown>, allowRefs = true): Record<string, unknown> {
  const js = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  delete js.$schema;
  const defs = (js.$defs ?? {}) as Record<string, unknown>;
  delete js.$defs;
  if (!allowRefs) return inlineRefs(js, defs) as Record<string, unknown>;
  for (const [name, def] of Object.entries(defs)) {
    const rewritten = rewriteRefs(def);
    if (name in components && JSON.stringify(components[name]) !== JSON.stringify(rewritten)) {
      throw new Error(`schema '${name}' describes two different shapes (is it used as ${io} with defaults or transforms?)`);
    }
    components[name] = rewritten;
  }
  return rewriteRefs(js) as Record<string, unknown>;
}

const DEFS_PREFIX = '#/$defs/';

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) =>
      k === '$ref' && typeof v === 'string' && v.startsWith(DEFS_PREFIX) ? [k, `#/components/schemas/${v.slice(DEFS_PREFIX.length)}`] : [k, rewriteRefs(v)],
    ),
  );
}

/** Parameters are listed one by one, so their schemas are inlined rather than referenced. */
function inlineRefs(value: unknown, defs: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((v) => inlineRefs(v, defs));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  if (typeof obj.$ref === 'string' && obj.$ref.startsWith(DEFS_PREFIX)) {
    const { $ref, ...rest } = obj;
    return { ...(inlineRefs(defs[$ref.slice(DEFS_PREFIX.length)], defs) as object), ...rest };
  }
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, inlineRefs(v, defs)]));
}
