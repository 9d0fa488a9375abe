// The payment provider sandbox's HTTP app: the provider API under /v1 (bearer api keys,
// Idempotency-Key on every mutating call) and the sandbox's own controls under /__sandbox.
// No listening here: provider/main.ts listens, tests run it in-process on port 0.
import express, { Router, type ErrorRequestHandler, type Express, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { createLogger, type Logger } from '../lib/logger.ts';
import { accountJson, PaymentSandbox, paymentDebugJson, paymentJson } from './sandbox.ts';
import { SandboxError, type Account, type AccountSettings } from './types.ts';

export interface SandboxAppOptions {
  log?: Logger;
  /** How long pending test cards stay pending unless an account says otherwise (default 5000). */
  pendingMs?: number;
  /** A merchant account that exists from the start. */
  defaultAccount?: { apiKey: string; webhookUrl: string; webhookSecret: string };
  /** Settings every new account starts with, e.g. faster webhook retries in tests. */
  accountDefaults?: Partial<AccountSettings>;
  /** For webhook deliveries; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface SandboxApp {
  app: Express;
  /** Stops timers and webhook deliveries and drops hanging requests; the caller closes its server. */
  close(): Promise<void>;
}

// --- request schemas -----------------------------------------------------------------------

const ZApiKey = z.string().regex(/^[A-Za-z0-9._~-]{1,200}$/, 'must be 1-200 characters of [A-Za-z0-9._~-]');
const ZHttpUrl = z.string().refine((v) => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}, 'must be an http:// or https:// URL');
const ms = (max: number) => z.number().int().min(0).max(max);
const ZSettings = z
  .object({
    pending_ms: ms(86_400_000),
    webhook_duplicates: z.number().int().min(0).max(20),
    webhook_reorder: z.boolean(),
    webhook_delay_ms: ms(3_600_000),
    webhooks_enabled: z.boolean(),
    webhook_max_attempts: z.number().int().min(1).max(30),
    webhook_retry_base_ms: z.number().int().min(1).max(600_000),
    webhook_timeout_ms: z.number().int().min(1).max(120_000),
  })
  .partial()
  .strict();
const ZSettingsPatch = ZSettings.extend({ webhook_url: ZHttpUrl.optional(), webhook_secret: z.string().min(1).max(500).optional() }).strict();
const ZCreateAccount = z
  .object({ webhook_url: ZHttpUrl, webhook_secret: z.string().min(1).max(500), api_key: ZApiKey.optional(), settings: ZSettings.optional() })
  .strict();
const ZOutage = z.object({ duration_ms: ms(86_400_000), api_key: ZApiKey.optional() }).strict();

const ZAmount = z.number().int().positive().max(100_000_000);
const ZAuthorize = z
  .object({ receipt_code: z.string().min(1).max(200), amount: ZAmount, currency: z.literal('USD'), payment_method: z.string().min(1).max(200) })
  .strict();
const ZWithAmount = z.object({ amount: ZAmount }).strict();
const ZEmpty = z.object({}).strict();

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  throw new SandboxError(400, 'validation_failed', `${where}${issue.message}`);
}

/** Key-sorted JSON, so the same body in another key order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

type Outcome = { status: number; payment: ReturnType<typeof paymentJson>; paymentId: string } | 'hang';

const BODY_PARSER_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'invalid_json', 'The request body is not valid JSON'],
  'entity.too.large': [413, 'payload_too_large', 'The request body is too large'],
};

export function createSandboxApp(opts: SandboxAppOptions = {}): SandboxApp {
  const log = opts.log ?? createLogger('payment-sandbox', 'silent');
  const sandbox = new PaymentSandbox({ log, pendingMs: opts.pendingMs ?? 5000, accountDefaults: opts.accountDefaults, fetch: opts.fetch });
  if (opts.defaultAccount) {
    const { apiKey, webhookUrl, webhookSecret } = opts.defaultAccount;
    sandbox.upsertAccount({ apiKey: parse(ZApiKey, apiKey), webhookUrl: parse(ZHttpUrl, webhookUrl), webhookSecret });
  }
  /** Authorize requests that are never answered, until the client (or close()) drops them. */
  const hanging = new Set<Response>();

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((req, res, next) => {
    const started = performance.now();
    res.on('close', () => {
      const fields = { method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Math.round(performance.now() - started) };
      if (res.writableFinished) log.debug(fields, 'request');
      else log.info({ ...fields, status: undefined }, 'request closed before an answer');
    });
    next();
  });
  app.use(express.json({ limit: '100kb' }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', accounts: sandbox.accounts.size });
  });

  // --- /__sandbox: the sandbox's own controls (no auth: bind it to loopback) ----------------

  const controls = Router();
  const accountByParam = (req: Request): Account => {
    const account = sandbox.accounts.get(String(req.params.api_key));
    if (!account) throw new SandboxError(404, 'not_found', 'No such merchant account');
    return account;
  };

  controls.post('/accounts', (req, res) => {
    const body = parse(ZCreateAccount, req.body);
    const { account, created } = sandbox.upsertAccount({
      apiKey: body.api_key,
      webhookUrl: body.webhook_url,
      webhookSecret: body.webhook_secret,
      settings: body.settings,
    });
    res.status(created ? 201 : 200).json({ ...accountJson(account, sandbox), created });
  });
  controls.get('/accounts/:api_key', (req, res) => {
    res.json(accountJson(accountByParam(req), sandbox));
  });
  controls.post('/accounts/:api_key/settings', (req, res) => {
    const account = accountByParam(req);
    sandbox.updateSettings(account, parse(ZSettingsPatch, req.body));
    res.json(accountJson(account, sandbox));
  });
  controls.get('/accounts/:api_key/payments', (req, res) => {
    const account = accountByParam(req);
    const receipt = typeof req.query.receipt_code === 'string' ? req.query.receipt_code : undefined;
    res.json({ data: sandbox.listPayments(account, receipt).map(paymentDebugJson), account: accountJson(account, sandbox) });
  });
  controls.post('/outage', (req, res) => {
    const body = parse(ZOutage, req.body);
    let account: Account | undefined;
    if (body.api_key !== undefined) {
      account = sandbox.accounts.get(body.api_key);
      if (!account) throw new SandboxError(404, 'not_found', 'No such merchant account');
    }
    const until = sandbox.setOutage(body.duration_ms, account);
    res.json({ scope: account ? 'account' : 'global', outage_until: until ? new Date(until).toISOString() : null });
  });
  app.use('/__sandbox', controls);

  // --- /v1: the provider API ----------------------------------------------------------------

  const v1 = Router();
  const unavailable = (remainingMs: number) =>
    new SandboxError(503, 'provider_unavailable', 'The payment provider is temporarily unavailable', {
      'retry-after': String(Math.max(1, Math.ceil(remainingMs / 1000))),
    });
  v1.use((req, res, next) => {
    // A provider that is down answers nobody, authenticated or not.
    const global = sandbox.outageRemainingMs();
    if (global > 0) throw unavailable(global);
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    const account = match ? sandbox.accounts.get(match[1]!) : undefined;
    if (!account) throw new SandboxError(401, 'unauthorized', 'Missing or unknown API key (Authorization: Bearer <api_key>)');
    const own = sandbox.outageRemainingMs(account);
    if (own > 0) throw unavailable(own);
    res.locals.account = account;
    next();
  });

  /**
   * Every mutating call: the same Idempotency-Key (per account) with the same request answers
   * the stored response; with a different request, 422. Only 2xx answers are stored, so a
   * refused call can be retried with the same key.
   */
  const idempotent =
    (kind: 'authorize' | 'other', run: (req: Request, account: Account) => Outcome): RequestHandler =>
    (req, res) => {
      const account = res.locals.account as Account;
      const key = req.get('idempotency-key');
      if (!key) throw new SandboxError(400, 'idempotency_key_required', 'The Idempotency-Key header is required');
      if (key.length > 255) throw new SandboxError(400, 'validation_failed', 'Idempotency-Key: at most 255 characters');
      const fingerprint = `${req.method} ${req.baseUrl}${req.path}\n${canonical(req.body ?? {})}`;
      const stored = account.idempotency.get(key);
      if (stored) {
        if (stored.fingerprint !== fingerprint) {
          throw new SandboxError(422, 'idempotency_key_reused', 'This Idempotency-Key was used with a different request');
        }
        if (kind === 'authorize' && stored.paymentId) sandbox.recordAuthorizeReplay(account, stored.paymentId);
        res.set('idempotent-replayed', 'true').status(stored.status).json(stored.body);
        return;
      }
      const outcome = run(req, account);
      if (outcome === 'hang') {
        hold(res, account);
        return;
      }
      account.idempotency.set(key, { fingerprint, status: outcome.status, body: structuredClone(outcome.payment), paymentId: outcome.paymentId });
      res.status(outcome.status).json(outcome.payment);
    };

  function hold(res: Response, account: Account): void {
    account.counters.hanging_open += 1;
    account.counters.hanging_total += 1;
    hanging.add(res);
    log.info('authorize with the never-answering test card: holding the request open');
    res.on('close', () => {
      if (hanging.delete(res)) account.counters.hanging_open -= 1;
    });
  }

  const answer = (status: number, p: Parameters<typeof paymentJson>[0]): Outcome => ({ status, payment: paymentJson(p), paymentId: p.id });
  const paymentId = (req: Request) => String(req.params.id);

  v1.post(
    '/payments/authorize',
    idempotent('authorize', (req, account) => {
      const result = sandbox.authorize(account, parse(ZAuthorize, req.body));
      return result === 'hang' ? 'hang' : answer(201, result);
    }),
  );
  v1.post(
    '/payments/:id/capture',
    idempotent('other', (req, account) => answer(200, sandbox.capture(account, paymentId(req), parse(ZWithAmount, req.body).amount))),
  );
  v1.post(
    '/payments/:id/void',
    idempotent('other', (req, account) => {
      parse(ZEmpty, req.body);
      return answer(200, sandbox.void(account, paymentId(req)));
    }),
  );
  v1.post(
    '/payments/:id/refund',
    idempotent('other', (req, account) => answer(200, sandbox.refund(account, paymentId(req), parse(ZWithAmount, req.body).amount))),
  );
  v1.get('/payments/:id', (req, res) => {
    res.json(paymentJson(sandbox.getPayment(res.locals.account as Account, paymentId(req))));
  });
  v1.get('/payments', (req, res) => {
    const receipt = req.query.receipt_code;
    if (receipt !== undefined && typeof receipt !== 'string') throw new SandboxError(400, 'validation_failed', 'receipt_code: must be one string');
    res.json({ data: sandbox.listPayments(res.locals.account as Account, receipt).map(paymentJson) });
  });
  app.use('/v1', v1);

  app.use((req) => {
    throw new SandboxError(404, 'not_found', `No route for ${req.method} ${req.path}`);
  });
  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    let error: SandboxError;
    if (err instanceof SandboxError) error = err;
    else if (typeof err?.type === 'string' && BODY_PARSER_ERRORS[err.type]) error = new SandboxError(...BODY_PARSER_ERRORS[err.type]!);
    else {
      log.error({ err, method: req.method, path: req.originalUrl.split('?')[0] }, 'unhandled error');
      error = new SandboxError(500, 'internal_error', 'The sandbox failed; see its log');
    }
    if (res.headersSent) return;
    res.set(error.headers).status(error.status).json({ error: { code: error.code, message: error.message } });
  };
  app.use(onError);

  return {
    app,
    async close() {
      sandbox.close();
      for (const res of hanging) res.destroy();
      hanging.clear();
    },
  };
}
