import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createSandboxApp } from '../../provider/app.ts';
import { createLogger } from '../../lib/logger.ts';
import type { Config } from '../../lib/config.ts';
import { seedCatalog } from '../../services/shop/seed-catalog.ts';
import { testConfig } from './env.ts';
import { rawHttp, startTestApi, startTestWorker, type TestApi, type TestWorker } from './harness.ts';

/** The payment provider sandbox, running in-process on a loopback port like the real process would. */
export interface TestSandbox {
  url: string;
  /** Calls one of the sandbox's own controls (`/__sandbox/...`). */
  control(method: string, path: string, body?: unknown): Promise<any>;
  close(): Promise<void>;
}

export async function startTestSandbox(opts: { pendingMs?: number } = {}): Promise<TestSandbox> {
  const sandbox = createSandboxApp({
    log: createLogger('sandbox-test', process.env.TEST_LOG_LEVEL ?? 'silent'),
    pendingMs: opts.pendingMs ?? 1_000,
    accountDefaults: { webhook_retry_base_ms: 100 },
  });
  const server = sandbox.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async control(method, path, body) {
      const res = await rawHttp(url, method, path, { body });
      if (res.status >= 400) throw new Error(`sandbox ${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async close() {
      await sandbox.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** API + worker + sandbox wired together: the sandbox's merchant account posts webhooks to this API. */
export interface PurchaseStack {
  config: Config;
  api: TestApi;
  worker: TestWorker;
  sandbox: TestSandbox;
  apiKey: string;
  close(): Promise<void>;
}

/**
 * Starts the whole purchase path for a test file. Short polling and deadlines come from
 * configuration so the real flows run in seconds.
 */
export async function startPurchaseStack(overrides: Record<string, string> = {}, opts: { pendingMs?: number; worker?: boolean } = {}): Promise<PurchaseStack> {
  const sandbox = await startTestSandbox({ pendingMs: opts.pendingMs });
  const apiKey = `sk_test_${randomUUID().replaceAll('-', '')}`;
  const webhookSecret = `whsec_${randomUUID().replaceAll('-', '')}`;
  const config = testConfig({
    PAYMENT_PROVIDER_URL: sandbox.url,
    PAYMENT_PROVIDER_API_KEY: apiKey,
    PAYMENT_PROVIDER_TIMEOUT_MS: '2000',
    PAYMENT_WEBHOOK_SECRETS: webhookSecret,
    PURCHASE_POLL_INITIAL_MS: '300',
    PURCHASE_POLL_MAX_MS: '1000',
    PURCHASE_PENDING_DEADLINE_MS: '20000',
    // Long enough that a decided purchase is answered decided even on a loaded machine; a
    // pending payment is answered as soon as the provider says pending, whatever this is.
    PURCHASE_DECISION_WAIT_MS: '15000',
    ECONOMY_V2: 'true',
    ...overrides,
  });
  const api = await startTestApi(config);
  await seedCatalog(api.deps.prisma);
  await sandbox.control('POST', '/__sandbox/accounts', { api_key: apiKey, webhook_url: `${api.baseUrl}/api/shop/webhook/payment`, webhook_secret: webhookSecret });
  const worker = opts.worker === false ? (undefined as unknown as TestWorker) : await startTestWorker(config);
  return {
    config,
    api,
    worker,
    sandbox,
    apiKey,
    async close() {
      // The provider first: no webhook may reach the API while it closes.
      await sandbox.close();
      await worker?.stop();
      await api.close();
    },
  };
}

/** The sandbox's test cards (provider/README.md). */
export const CARDS = {
  success: '4242424242424242',
  declined: '4000000000000002',
  captureFails: '4000000000000341',
  pendingThenSuccess: '4000000000001000',
  pendingThenDeclined: '4000000000001001',
  pendingNoWebhook: '4000000000001002',
  neverAnswers: '4000000000000119',
} as const;
