import type { ErrorRequestHandler, RequestHandler } from 'express';
import { DependencyUnavailableError, unavailableDependencyOf, type Dependency, type DependencyMonitor } from '../../lib/dependencies.ts';
import { AppError } from '../../lib/errors.ts';
import type { OpenApiRegistry } from './openapi.ts';

// body-parser signals its failures through `type` and `status`; map the ones a client causes.
const BODY_PARSER_ERRORS: Record<string, AppError> = {
  'entity.parse.failed': AppError.of('invalid_json', 'The request body is not valid JSON'),
  'entity.too.large': AppError.of('payload_too_large', 'The request body is too large'),
  'encoding.unsupported': AppError.of('unsupported_media_type', 'The request body encoding is not supported'),
  'charset.unsupported': AppError.of('unsupported_media_type', 'The request body charset is not supported'),
  'request.aborted': AppError.of('validation_failed', 'The request was aborted'),
  'request.size.invalid': AppError.of('validation_failed', 'The request body length does not match Content-Length'),
};

/** Answers any unmatched route with the standard 404 body. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(AppError.of('not_found', `No route for ${req.method} ${req.path}`));
};

/**
 * Which dependency an unexpected error is owed to, if any: one named in its cause chain, else
 * one the monitor counts down now, else one that fails a fresh probe (a dependency killed a
 * moment ago fails the request before the next scheduled probe notices). None: a bug, a 500.
 */
async function dependencyBehind(err: unknown, monitor: DependencyMonitor | undefined): Promise<Dependency | undefined> {
  const named = unavailableDependencyOf(err);
  if (named || !monitor) return named;
  const down = monitor.down();
  if (down.length > 0) return down[0];
  return (await monitor.recheck())[0];
}

/**
 * The one place errors become HTTP answers: AppErrors keep their code and status, client
 * mistakes caught by the body parser get their 4xx, a failure owed to a dependency that is not
 * answering is a 503 `dependency_unavailable` naming it, anything else is a 500 without
 * internals, logged with the request id.
 */
export function createErrorHandler(monitor?: DependencyMonitor): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (err instanceof AppError || (typeof err?.type === 'string' && BODY_PARSER_ERRORS[err.type])) {
      send(err, req, res, next);
      return;
    }
    dependencyBehind(err, monitor).then(
      (dependency) => {
        if (dependency) {
          req.log.warn({ err, dependency }, 'dependency unavailable');
          send(new DependencyUnavailableError(dependency, err), req, res, next);
        } else send(err, req, res, next);
      },
      () => send(err, req, res, next),
    );
  };
}

/** The error handler without a dependency monitor (unexpected errors are 500s). */
export const errorHandler: ErrorRequestHandler = createErrorHandler();

const send: ErrorRequestHandler = (err, req, res, _next) => {
  let appError: AppError;
  if (err instanceof AppError) {
    appError = err;
  } else if (typeof err?.type === 'string' && BODY_PARSER_ERRORS[err.type]) {
    appError = BODY_PARSER_ERRORS[err.type]!;
  } else {
    req.log.error({ err }, 'unhandled error');
    appError = AppError.of('internal_error', `Something went wrong on our side (request ${req.id})`);
  }
  if (appError.status < 500) req.log.info({ code: appError.code, status: appError.status }, appError.message);
  if (res.headersSent) {
    // A stream already answered 200: end it, so the client notices and reconnects.
    if (!res.writableEnded) res.end();
    return;
  }
  for (const [name, value] of Object.entries(appError.headers ?? {})) res.setHeader(name, value);
  res.status(appError.status).json({
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.details !== undefined ? { details: appError.details } : {}),
    },
  });
};

/**
 * A path segment that is not valid percent-encoded UTF-8 (a lone surrogate's bytes, say):
 * Express refuses to decode it before any route runs and passes a URIError on. That is the
 * client's mistake: a 400 `validation_failed` naming the parameter, found from the route the
 * path belongs to.
 */
export function undecodablePathParams(registry: Pick<OpenApiRegistry, 'match'>): ErrorRequestHandler {
  return (err, req, _res, next) => {
    if (!(err instanceof URIError) || (err as { status?: number }).status !== 400) return next(err);
    const raw = /'(.*)'$/.exec(err.message)?.[1];
    const declared = registry.match(req.method, req.path)?.path.split('/') ?? [];
    const sent = req.originalUrl.split('?')[0]!.split('/');
    const at = sent.findIndex((segment, i) => segment === raw && declared[i]?.startsWith(':'));
    const field = at >= 0 ? `params.${declared[at]!.slice(1)}` : 'params';
    const message = 'must be valid percent-encoded UTF-8';
    next(AppError.of('validation_failed', `Invalid params: ${field} ${message}`, { issues: [{ path: field, message }] }));
  };
}
