// The payment provider sandbox as its own process: `node --import tsx provider/main.ts`.
// Reads SANDBOX_* from the environment, listens, and on SIGTERM/SIGINT drops hanging requests,
// stops webhook deliveries and closes the server.
import { createServer } from 'node:http';
import { createLogger } from '../lib/logger.ts';
import { createSandboxApp } from './app.ts';
import { loadSandboxConfigOrExit } from './config.ts';

const config = loadSandboxConfigOrExit();
const log = createLogger('payment-sandbox', config.LOG_LEVEL);

const defaultAccount =
  config.SANDBOX_DEFAULT_API_KEY && config.SANDBOX_DEFAULT_WEBHOOK_URL && config.SANDBOX_DEFAULT_WEBHOOK_SECRET
    ? { apiKey: config.SANDBOX_DEFAULT_API_KEY, webhookUrl: config.SANDBOX_DEFAULT_WEBHOOK_URL, webhookSecret: config.SANDBOX_DEFAULT_WEBHOOK_SECRET }
    : undefined;
const sandbox = createSandboxApp({ log, pendingMs: config.SANDBOX_PENDING_MS, defaultAccount });

const server = createServer(sandbox.app);
server.on('error', (err) => {
  log.fatal({ err }, 'payment sandbox could not listen');
  process.exit(1);
});
server.listen(config.SANDBOX_PORT, config.SANDBOX_HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.SANDBOX_PORT;
  log.info({ url: `http://${config.SANDBOX_HOST}:${port}`, default_account: Boolean(defaultAccount), pending_ms: config.SANDBOX_PENDING_MS }, 'payment sandbox listening');
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'payment sandbox stopping');
  await sandbox.close();
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 5_000).unref();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  clearTimeout(force);
  log.info('payment sandbox stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
