import type { RequestHandler } from 'express';

/** What the API's own pages may load: only /docs (Swagger UI, served from this origin) loads anything. */
const DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/** JSON and metrics: nothing to load, nothing to frame. */
const API_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** One year, as browsers' preload lists expect; sent only over TLS (a plain-HTTP answer must not carry it). */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every API answer: a CSP that allows no inline script anywhere and no
 * framing, `nosniff`, no referrer, and HSTS when the request came over TLS (directly, or from a
 * proxy on loopback that says so in X-Forwarded-Proto, as `trust proxy` allows).
 */
export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    res.setHeader('Content-Security-Policy', req.path === '/docs' || req.path.startsWith('/docs/') ? DOCS_CSP : API_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  };
}
