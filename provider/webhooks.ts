// Webhook delivery, per merchant account: a queue of signed POSTs sent one at a time, retried
// with exponential backoff, paused during an outage, and (per the account's chaos settings)
// delayed, duplicated or reordered.
import type { Logger } from '../lib/logger.ts';
import { signWebhook, WEBHOOK_HEADERS } from '../lib/payments/webhook-signature.ts';
import type { TimerSet } from './timers.ts';
import type { Account, DeliveryRecord, WebhookEventRecord } from './types.ts';

/** With webhook_reorder, how long the queue waits after the first due delivery to gather others. */
export const REORDER_GATHER_MS = 100;

interface Job {
  /** Enqueue order; retries keep theirs. */
  seq: number;
  record: WebhookEventRecord;
  delivery: DeliveryRecord;
  /** The number of the next attempt (1-based). */
  attempt: number;
  notBefore: number;
}

interface AccountQueue {
  account: Account;
  jobs: Job[];
  running: boolean;
  wake?: NodeJS.Timeout;
}

export interface WebhookDispatcherOptions {
  log: Logger;
  timers: TimerSet;
  /** How much longer deliveries for this account must wait because of an outage (0: none). */
  pausedForMs(account: Account): number;
  fetch?: typeof fetch;
}

export class WebhookDispatcher {
  readonly #queues = new Map<Account, AccountQueue>();
  readonly #closing = new AbortController();
  readonly #opts: WebhookDispatcherOptions;
  readonly #fetch: typeof fetch;
  #seq = 0;

  constructor(opts: WebhookDispatcherOptions) {
    this.#opts = opts;
    this.#fetch = opts.fetch ?? fetch;
  }

  /** Queues 1 + webhook_duplicates deliveries of the event, after webhook_delay_ms. */
  enqueue(account: Account, record: WebhookEventRecord): void {
    const queue = this.#queue(account);
    const notBefore = Date.now() + account.settings.webhook_delay_ms;
    for (let copy = 0; copy <= account.settings.webhook_duplicates; copy++) {
      const delivery: DeliveryRecord = { copy, state: 'queued', attempts: [] };
      record.deliveries.push(delivery);
      queue.jobs.push({ seq: ++this.#seq, record, delivery, attempt: 1, notBefore });
    }
    this.#kick(queue);
  }

  /** Re-plans every queue's next wake-up (after an outage or a settings change). */
  kickAll(): void {
    for (const queue of this.#queues.values()) this.#kick(queue);
  }

  /** Deliveries still queued for an account (waiting, delayed or between retries). */
  queuedCount(account: Account): number {
    return this.#queues.get(account)?.jobs.length ?? 0;
  }

  /** Aborts in-flight deliveries; queued ones stay `queued` in the records. */
  close(): void {
    this.#closing.abort();
  }

  #queue(account: Account): AccountQueue {
    let queue = this.#queues.get(account);
    if (!queue) {
      queue = { account, jobs: [], running: false };
      this.#queues.set(account, queue);
    }
    return queue;
  }

  #kick(queue: AccountQueue): void {
    this.#opts.timers.cancel(queue.wake);
    queue.wake = undefined;
    if (queue.running || queue.jobs.length === 0 || this.#closing.signal.aborted) return;
    const now = Date.now();
    const nextDue = Math.min(...queue.jobs.map((j) => j.notBefore));
    const pause = this.#opts.pausedForMs(queue.account);
    // With webhook_reorder, wait a moment longer so deliveries due at about the same time are sent together, shuffled.
    const gather = queue.account.settings.webhook_reorder ? REORDER_GATHER_MS : 0;
    const at = Math.max(nextDue + gather, now + pause);
    queue.wake = this.#opts.timers.after(at - now, () => {
      queue.wake = undefined;
      void this.#run(queue);
    });
  }

  async #run(queue: AccountQueue): Promise<void> {
    if (queue.running) return;
    queue.running = true;
    try {
      while (!this.#closing.signal.aborted && this.#opts.pausedForMs(queue.account) <= 0) {
        const now = Date.now();
        const due = queue.jobs.filter((j) => j.notBefore <= now).sort((a, b) => a.seq - b.seq);
        if (due.length === 0) break;
        // In order, or (webhook_reorder) never the oldest while others are due: a real reordering every time.
        const job = queue.account.settings.webhook_reorder && due.length > 1 ? due[1 + Math.floor(Math.random() * (due.length - 1))]! : due[0]!;
        queue.jobs.splice(queue.jobs.indexOf(job), 1);
        await this.#attempt(queue, job);
      }
    } catch (err) {
      this.#opts.log.error({ err }, 'webhook queue failed');
    } finally {
      queue.running = false;
    }
    this.#kick(queue);
  }

  async #attempt(queue: AccountQueue, job: Job): Promise<void> {
    const { account } = queue;
    const { log } = this.#opts;
    const { event } = job.record;
    if (!account.settings.webhooks_enabled) {
      job.delivery.state = 'dropped';
      return;
    }
    const body = JSON.stringify(event);
    // A fresh timestamp and nonce on every attempt: a retry is a new delivery for replay checks.
    const headers = signWebhook(account.webhookSecret, body);
    const started = Date.now();
    const record: DeliveryRecord['attempts'][number] = {
      attempt: job.attempt,
      at: new Date(started).toISOString(),
      timestamp: headers[WEBHOOK_HEADERS.timestamp],
      nonce: headers[WEBHOOK_HEADERS.nonce],
      duration_ms: 0,
    };
    job.delivery.attempts.push(record);
    let ok = false;
    try {
      const res = await this.#fetch(account.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'casino-club-payment-sandbox', ...headers },
        body,
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(account.settings.webhook_timeout_ms), this.#closing.signal]),
      });
      await res.arrayBuffer().catch(() => undefined);
      record.status_code = res.status;
      ok = res.status >= 200 && res.status < 300;
    } catch (err) {
      const e = err as Error;
      const cause = (e.cause as Error | undefined)?.message;
      record.error = e.name === 'TimeoutError' ? `no answer within ${account.settings.webhook_timeout_ms} ms` : `${e.message}${cause ? ` (${cause})` : ''}`;
    }
    record.duration_ms = Date.now() - started;
    const fields = { event_id: event.event_id, status: event.status, payment_id: event.payment_id, copy: job.delivery.copy, attempt: job.attempt };
    if (ok) {
      job.delivery.state = 'delivered';
      log.info({ ...fields, status_code: record.status_code }, 'webhook delivered');
      return;
    }
    if (this.#closing.signal.aborted) return;
    if (job.attempt >= account.settings.webhook_max_attempts) {
      job.delivery.state = 'failed';
      log.warn({ ...fields, status_code: record.status_code, error: record.error }, 'webhook delivery gave up');
      return;
    }
    const backoff = account.settings.webhook_retry_base_ms * 2 ** (job.attempt - 1);
    log.info({ ...fields, status_code: record.status_code, error: record.error, retry_in_ms: backoff }, 'webhook delivery failed; will retry');
    job.attempt += 1;
    job.notBefore = Date.now() + backoff;
    queue.jobs.push(job);
  }
}
