import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../../lib/logger.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The request id: the caller's `X-Request-Id` when sane, else a fresh UUID. */
      id: string;
      /** A logger bound to this request's id. */
      log: Logger;
      /** When this process received the request (epoch ms, its own clock): stamps crash cashouts. */
      receivedAtMs: number;
      /** The body's exact bytes, for signature checks (set by the JSON parser). */
      rawBody?: Buffer;
    }
  }
}

const SANE_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Gives every request an id (echoed in `X-Request-Id`) and a child logger; logs each answer once. */
export function requestContext(log: Logger): RequestHandler {
  return (req, res, next) => {
    req.receivedAtMs = Date.now();
    const incoming = req.get('x-request-id');
    req.id = incoming && SANE_ID.test(incoming) ? incoming : randomUUID();
    req.log = log.child({ reqId: req.id });
    res.setHeader('X-Request-Id', req.id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      req.log.info({ method: req.method, path: req.originalUrl, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}
