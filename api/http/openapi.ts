import { z } from 'zod';

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
  headers?: Record<string, { description: string; required: boolean }>;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
}

/** Collects operations as routes are defined, and renders an OpenAPI 3.1 document from them. */
export class OpenApiRegistry {
  private readonly operations: OperationDoc[] = [];

  add(op: OperationDoc): void {
    this.operations.push(op);
  }

  document(info: { title: string; version: string; description?: string }): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    const errorSchema = jsonSchema(ZErrorBody, 'output');
    for (const op of this.operations) {
      const oaPath = op.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const parameters: unknown[] = [];
      for (const [where, schema] of [['path', op.params], ['query', op.query]] as const) {
        if (!schema) continue;
        const js = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
        for (const [name, prop] of Object.entries(js.properties ?? {})) {
          parameters.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: prop });
        }
      }
      for (const [name, h] of Object.entries(op.headers ?? {})) {
        parameters.push({ name, in: 'header', required: h.required, description: h.description, schema: { type: 'string' } });
      }
      const responses: Record<string, unknown> = {};
      for (const [status, r] of Object.entries(op.responses)) {
        responses[status] = {
          description: r.description,
          ...(r.schema ? { content: { 'application/json': { schema: jsonSchema(r.schema, 'output') } } } : {}),
        };
      }
      responses.default = { description: 'Error', content: { 'application/json': { schema: errorSchema } } };
      (paths[oaPath] ??= {})[op.method] = {
        summary: op.summary,
        tags: op.tags,
        ...(op.auth === 'none' ? { security: [] } : {}),
        ...(parameters.length ? { parameters } : {}),
        ...(op.body
          ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } }
          : {}),
        responses,
      };
    }
    return {
      openapi: '3.1.0',
      info,
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
      security: [{ bearer: [] }],
      paths,
    };
  }
}

/** The one error body every 4xx/5xx carries. */
export const ZErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const js = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  delete js.$schema;
  return js;
}
