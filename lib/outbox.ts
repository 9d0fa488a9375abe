import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import type { PrismaClient, Tx } from './db/client.ts';
import type { Topic } from './kafka.ts';
import type { Logger } from './logger.ts';

/** A domain fact to publish once the transaction that caused it commits. */
export interface OutboxMessage {
  topic: Topic;
  type: string;
  key?: string;
  payload: Record<string, unknown>;
}

/** The envelope every Kafka message carries; consumers dedupe on `eventId`. */
export interface EventEnvelope<P = Record<string, unknown>> {
  eventId: string;
  type: string;
  occurredAt: string;
  payload: P;
}

/**
 * Writes a fact into the outbox inside the caller's transaction, so the fact exists
 * exactly when the change it describes does. Returns the event id.
 */
export async function writeOutbox(tx: Tx, message: OutboxMessage): Promise<string> {
  const eventId = randomUUID();
  await tx.outboxEvent.create({
    data: { eventId, topic: message.topic, key: message.key ?? null, type: message.type, payload: message.payload as object },
  });
  return eventId;
}

interface OutboxRow {
  id: bigint;
  event_id: string;
  topic: string;
  key: string | null;
  type: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

/**
 * Publishes committed outbox rows to Kafka, oldest first, at least once. Rows are claimed
 * with FOR UPDATE SKIP LOCKED so several relays can run; a row is marked published only
 * after Kafka acknowledged it.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  private producer: Producer;

  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      producer: Producer;
      log: Logger;
      pollMs: number;
      batchSize?: number;
      /**
       * Makes a fresh (unconnected) idempotent producer. After a broker crash the old one can be
       * stuck for good (its sequence numbers no longer match the broker's: every send is an
       * out-of-order error); the relay then replaces it, so the outbox drains without a restart.
       */
      newProducer?: () => Producer;
    },
  ) {
    this.producer = deps.producer;
  }

  /** The producer in use (a replaced one is disconnected by the relay; disconnect this one at shutdown). */
  get currentProducer(): Producer {
    return this.producer;
  }

  /** Starts polling; the producer must already be connected. */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling and waits for the batch in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Publishes one batch; returns how many rows it published. Exposed for tests and scripts. */
  async publishBatch(): Promise<number> {
    const { prisma } = this.deps;
    const producer = this.producer;
    const limit = this.deps.batchSize ?? 200;
    return prisma.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<OutboxRow[]>`
          SELECT id, event_id, topic, key, type, payload, created_at FROM outbox_events
          WHERE published_at IS NULL ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
        if (rows.length === 0) return 0;
        const byTopic = new Map<string, OutboxRow[]>();
        for (const row of rows) byTopic.set(row.topic, [...(byTopic.get(row.topic) ?? []), row]);
        await producer.sendBatch({
          acks: -1,
          topicMessages: [...byTopic].map(([topic, list]) => ({
            topic,
            messages: list.map((row) => ({
              key: row.key,
              value: JSON.stringify({
                eventId: row.event_id,
                type: row.type,
                occurredAt: row.created_at.toISOString(),
                payload: row.payload,
              } satisfies EventEnvelope)
              ,
              headers: { 'event-id': row.event_id, 'event-type': row.type },
            })),
          })),
        });
        const ids = rows.map((r) => r.id);
        await tx.$executeRaw`UPDATE outbox_events SET published_at = now(), attempts = attempts + 1 WHERE id = ANY(${ids})`;
        return rows.length;
      },
      { timeout: 30_000 },
    );
  }

  private async replaceProducer(): Promise<void> {
    if (!this.deps.newProducer) return;
    const old = this.producer;
    try {
      const fresh = this.deps.newProducer();
      await fresh.connect();
      this.producer = fresh;
      this.deps.log.warn('outbox relay replaced its Kafka producer (its session no longer matched the broker)');
      await old.disconnect().catch(() => undefined);
    } catch (err) {
      this.deps.log.warn({ err }, 'outbox relay could not replace its Kafka producer; will retry');
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = undefined;
      });
    }, delay);
  }

  private async tick(): Promise<void> {
    let published = 0;
    try {
      published = await this.publishBatch();
      if (published > 0) this.deps.log.debug({ published }, 'outbox batch published');
    } catch (err) {
      this.deps.log.warn({ err }, 'outbox relay batch failed; will retry');
      if (isProducerSessionBroken(err)) await this.replaceProducer();
    }
    // A full batch means more may be waiting: go again at once.
    this.schedule(published > 0 ? 0 : this.deps.pollMs);
  }
}

/** Errors after which an idempotent producer's session cannot recover by itself (kafkajs keeps failing every send). */
const BROKEN_SESSION = new Set(['OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID', 'INVALID_PRODUCER_EPOCH', 'DUPLICATE_SEQUENCE_NUMBER']);

function isProducerSessionBroken(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 6; e = (e as { cause?: unknown; originalError?: unknown }).cause ?? (e as { originalError?: unknown }).originalError, depth++) {
    if (BROKEN_SESSION.has(String((e as { type?: unknown }).type))) return true;
  }
  return false;
}
