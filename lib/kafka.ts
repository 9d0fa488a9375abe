import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { Logger } from './logger.ts';

/** Kafka topics, one place: producers (the outbox relay) and consumers import these names. */
export const TOPICS = {
  wiring: 'casino.wiring',
  users: 'casino.users',
  purchases: 'casino.purchases',
  games: 'casino.games',
  limited: 'casino.limited',
  segments: 'casino.segments',
  clientEvents: 'casino.client_events',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** A kafkajs client whose own log lines go to our structured logger. */
export function createKafka(opts: { brokers: string; clientId: string; log: Logger }): Kafka {
  return new Kafka({
    clientId: opts.clientId,
    brokers: opts.brokers.split(',').map((b) => b.trim()),
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 200, retries: 8 },
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...extra } = log;
        opts.log[LEVELS[level] ?? 'info']({ kafka: extra }, message);
      },
  });
}

/**
 * Creates every topic of TOPICS that does not exist yet (idempotent), so the first publish
 * does not race the broker's auto-creation.
 */
export async function ensureTopics(kafka: Kafka, partitions = 3): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = Object.values(TOPICS).filter((t) => !existing.has(t));
    if (missing.length > 0) await admin.createTopics({ topics: missing.map((topic) => ({ topic, numPartitions: partitions })), waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}
