import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { AppError } from '../../lib/errors.ts';
import type { OpenApiRegistry, OperationDoc } from './openapi.ts';

/** Who may call a route. Guards for 'user' and 'admin' are supplied by the auth module. */
export type RouteAuth = OperationDoc['auth'];

/** What a handler receives: validated params, query and body, plus the raw request. */
export interface RouteContext<P, Q, B> {
  req: Request;
  res: Response;
  params: P;
  query: Q;
  body: B;
}

/** One route: its documentation, its schemas and its handler, declared together. */
export interface RouteDefinition<P, Q, B> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tags?: string[];
  auth?: RouteAuth;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  headers?: OperationDoc['headers'];
  /** The status a successful handler answers with when it returns a value (default 200). */
  status?: number;
  responses: OperationDoc['responses'];
  /** Runs after auth and before validation (rate limits, raw-body readers). */
  before?: RequestHandler[];
  handler: (ctx: RouteContext<P, Q, B>) => unknown;
}

/** Turns a failed zod parse into the API's 400 with the offending fields. */
export function validationError(where: string, error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message }));
  return AppError.of('validation_failed', `Invalid ${where}: ${issues[0]?.path} ${issues[0]?.message}`, { issues });
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw validationError(where, result.error);
  return result.data;
}

/**
 * Declares routes on an Express router and documents them in the OpenAPI registry in one
 * step, so the published document cannot drift from what the API validates.
 */
export function createRouteBuilder(opts: {
  router: Router;
  registry: OpenApiRegistry;
  guards?: Partial<Record<Exclude<RouteAuth, 'none'>, RequestHandler>>;
  /** Prefix the router is mounted under, for the documented path. */
  mountPath?: string;
}) {
  return function route<P = undefined, Q = undefined, B = undefined>(def: RouteDefinition<P, Q, B>): void {
    const auth = def.auth ?? 'none';
    const chain: RequestHandler[] = [];
    if (auth !== 'none') {
      const guard = opts.guards?.[auth];
      if (!guard) throw new Error(`route ${def.method.toUpperCase()} ${def.path} needs a '${auth}' guard`);
      chain.push(guard);
    }
    chain.push(...(def.before ?? []));
    chain.push(async (req: Request, res: Response, next: NextFunction) => {
      try {
        const ctx: RouteContext<P, Q, B> = {
          req,
          res,
          params: parse(def.params, req.params, 'params'),
          query: parse(def.query, req.query, 'query'),
          body: parse(def.body, req.body, 'body'),
        };
        const result = await def.handler(ctx);
        if (!res.headersSent && result !== undefined) res.status(def.status ?? 200).json(result);
      } catch (err) {
        next(err);
      }
    });
    opts.router[def.method](def.path, ...chain);
    opts.registry.add({
      method: def.method,
      path: `${opts.mountPath ?? ''}${def.path}`,
      summary: def.summary,
      tags: def.tags ?? [],
      auth,
      params: def.params,
      query: def.query,
      body: def.body,
      headers: def.headers,
      responses: def.responses,
    });
  };
}

export type RouteBuilder = ReturnType<typeof createRouteBuilder>;
