import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { AppError, ERROR_CODES, REQUEST_ERROR_CODES, type ErrorCode } from '../../lib/errors.ts';
import type { OpenApiRegistry, OperationDoc, ResponseDoc } from './openapi.ts';

/** Who may call a route. Guards for 'user' and 'admin' are supplied by the auth module. */
export type RouteAuth = OperationDoc['auth'];

/** The responses a route declares, by HTTP status: a description and, for a JSON body, its zod schema. */
export type RouteResponses = Record<number, ResponseDoc>;

/** The body a declared response carries (the schema's input: what the handler hands over), or undefined without a schema. */
export type ResponseBody<D> = D extends { schema: infer S extends z.ZodType } ? z.input<S> : undefined;

/** The 2xx statuses among a route's declared responses. */
export type SuccessStatus<R> = { [K in keyof R]: K extends number ? (`${K}` extends `2${string}` ? K : never) : never }[keyof R];

/** What a handler may return: the body of one of its declared 2xx responses (sent with `status`), or nothing after `reply`. */
export type HandlerResult<R> = ResponseBody<R[SuccessStatus<R>]> | void;

/** The part of the Express response a handler may touch: headers. Bodies go through `return` or `reply`. */
export type ResponseHeaders = Pick<Response, 'setHeader' | 'getHeader' | 'append'>;

/** What a handler receives: validated params, query and body, plus the raw request. */
export interface RouteContext<P, Q, B, R extends RouteResponses = RouteResponses> {
  req: Request;
  /** Headers only; send a body by returning it or through `reply`. */
  res: ResponseHeaders;
  params: P;
  query: Q;
  body: B;
  /**
   * Answers with one of the route's declared statuses; the body must match that status's
   * schema (none for a schema-less response such as 204).
   */
  reply<S extends keyof R & number>(status: S, ...body: ResponseBody<R[S]> extends undefined ? [] : [ResponseBody<R[S]>]): void;
  /**
   * Hands the raw Express response over for a stream (server-sent events): nothing checks
   * what is written to it. Only for routes whose success response declares no schema.
   */
  stream(): Response;
}

/** One route: its documentation, its schemas and its handler, declared together. */
export interface RouteDefinition<P, Q, B, R extends RouteResponses> {
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
  status?: SuccessStatus<R>;
  /** The bodies the route answers with, by status; the handler's return type is derived from the 2xx ones. */
  responses: R;
  /**
   * The error codes (lib/errors.ts) this route's own logic can send. Added by themselves:
   * validation_failed when it takes params, query, body or headers; unauthorized (and
   * forbidden for admin) behind a guard; the request-level codes every route may send.
   */
  errors?: ErrorCode[];
  /**
   * 'none' for a route that touches no backing service (PostgreSQL, Redis, Temporal); every
   * other route may answer 503 `dependency_unavailable` and has it added to its errors.
   */
  dependencies?: 'none';
  /** Runs after auth and before validation (rate limits, raw-body readers). */
  before?: RequestHandler[];
  handler: (ctx: RouteContext<P, Q, B, R>) => HandlerResult<R> | Promise<HandlerResult<R>>;
}

/** Turns a failed zod parse into the API's 400 with the offending fields. */
export function validationError(where: string, error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message }));
  // A rule between fields that each passed (a refinement tagged `params: { rule: <code> }`):
  // the document cannot state it, so it is that code (a 422), not a 400.
  const rules = new Set(error.issues.map((i) => (i.code === 'custom' ? (i.params as { rule?: unknown } | undefined)?.rule : undefined)));
  const [rule] = rules;
  if (rules.size === 1 && typeof rule === 'string' && rule in ERROR_CODES) {
    return AppError.of(rule as ErrorCode, `${issues[0]?.path} ${issues[0]?.message}`, { issues });
  }
  return AppError.of('validation_failed', `Invalid ${where}: ${issues[0]?.path} ${issues[0]?.message}`, { issues });
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw validationError(where, result.error);
  return result.data;
}

/** Validates the declared headers that carry a schema: 400 naming the header when one is missing or off its pattern. */
function checkHeaders(headers: OperationDoc['headers'], req: Request): void {
  for (const [name, h] of Object.entries(headers ?? {})) {
    if (!h.schema) continue;
    const value = req.get(name);
    if (value === undefined && !h.required) continue;
    const checked = h.schema.safeParse(value);
    if (!checked.success) {
      const message = value === undefined ? 'is required' : checked.error.issues[0]!.message;
      throw AppError.of('validation_failed', `Invalid headers: ${name} ${message}`, { issues: [{ path: `headers.${name}`, message }] });
    }
  }
}

/** A handler answered with a body its route does not declare (caught only when responses are checked). */
export class ResponseContractError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly issues: unknown,
  ) {
    super(`${operation} answered ${status} with a body that does not match its declared schema: ${JSON.stringify(issues)}`);
    this.name = 'ResponseContractError';
  }
}

/**
 * Declares routes on an Express router and documents them in the OpenAPI registry in one
 * step, so the published document cannot drift from what the API validates. The handler's
 * return type comes from the declared 2xx schemas, so another shape does not compile; with
 * `checkResponses` (development and tests) every body a handler sends is also parsed against
 * the declared schema at run time and a mismatch becomes a logged 500.
 */
export function createRouteBuilder(opts: {
  router: Router;
  registry: OpenApiRegistry;
  guards?: Partial<Record<Exclude<RouteAuth, 'none'>, RequestHandler>>;
  /** Prefix the router is mounted under, for the documented path. */
  mountPath?: string;
}) {
  return function route<P = undefined, Q = undefined, B = undefined, const R extends RouteResponses = RouteResponses>(def: RouteDefinition<P, Q, B, R>): void {
    const auth = def.auth ?? 'none';
    const operation = `${def.method.toUpperCase()} ${opts.mountPath ?? ''}${def.path}`;
    const chain: RequestHandler[] = [];
    if (auth !== 'none') {
      const guard = opts.guards?.[auth];
      if (!guard) throw new Error(`route ${operation} needs a '${auth}' guard`);
      chain.push(guard);
    }
    chain.push(...(def.before ?? []));
    const responses = def.responses as RouteResponses;
    const send = (res: Response, status: number, body: unknown): void => {
      const declared = responses[status];
      if (!declared) throw new ResponseContractError(operation, status, 'status not declared');
      if (opts.registry.checkResponses && declared.schema) {
        const checked = declared.schema.safeParse(body);
        if (!checked.success) throw new ResponseContractError(operation, status, checked.error.issues);
      }
      if (body === undefined) res.status(status).end();
      else res.status(status).json(body);
    };
    chain.push(async (req: Request, res: Response, next: NextFunction) => {
      try {
        let streaming = false;
        checkHeaders(def.headers, req);
        const ctx: RouteContext<P, Q, B, R> = {
          req,
          res,
          params: parse(def.params, req.params, 'params'),
          query: parse(def.query, req.query, 'query'),
          body: parse(def.body, req.body, 'body'),
          reply: (status, ...body) => send(res, status, body[0]),
          stream: () => {
            streaming = true;
            return res;
          },
        };
        const result = await def.handler(ctx);
        if (!streaming && !res.headersSent && result !== undefined) send(res, def.status ?? 200, result);
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
      responses,
      errors: errorsOf(def, auth),
    });
  };
}

/** Every code a route can answer with: its own, plus those its inputs and guard imply. */
function errorsOf(def: { params?: unknown; query?: unknown; body?: unknown; headers?: unknown; errors?: ErrorCode[]; dependencies?: 'none' }, auth: RouteAuth): ErrorCode[] {
  const codes = new Set<ErrorCode>(def.errors ?? []);
  if (def.dependencies !== 'none') codes.add('dependency_unavailable');
  if (def.params || def.query || def.body || def.headers) codes.add('validation_failed');
  if (auth !== 'none') codes.add('unauthorized');
  if (auth === 'admin') codes.add('forbidden');
  for (const code of REQUEST_ERROR_CODES) codes.add(code);
  return [...codes];
}
