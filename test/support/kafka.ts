import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '../../lib/outbox.ts';
import { createKafka } from '../../lib/kafka.ts';
import { createLogger } from '../../lib/logger.ts';

/**
 * Reads a topic from the beginning with a fresh consumer group until `match` has found
 * `count` messages or the timeout passes; returns every matching envelope seen.
 */
export async function readFromKafka(
  brokers: string,
  topic: string,
  match: (e: EventEnvelope) => boolean,
  opts: { count?: number; timeoutMs?: number; settleMs?: number } = {},
): Promise<EventEnvelope[]> {
  const kafka = createKafka({ brokers, clientId: 'test-reader', log: createLogger('kafka-test', 'silent') });
  const consumer = kafka.consumer({ groupId: `test-${randomUUID()}`, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
  const found: EventEnvelope[] = [];
  await consumer.connect();
  try {
    // A topic the worker has just created may not have its leaders known to every broker
    // connection yet: a retriable metadata error then, so subscribe again until it takes.
    const subscribeBy = Date.now() + (opts.timeoutMs ?? 60_000);
    for (;;) {
      try {
        await consumer.subscribe({ topic, fromBeginning: true });
        break;
      } catch (err) {
        if (!(err as { retriable?: boolean }).retriable || Date.now() > subscribeBy) throw err;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    let done!: () => void;
    const enough = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      eachMessage: async ({ message }) => {
        const envelope = JSON.parse(message.value?.toString() ?? '{}') as EventEnvelope;
        if (match(envelope)) {
          found.push(envelope);
          if (found.length >= (opts.count ?? 1)) done();
        }
      },
    });
    await Promise.race([enough, new Promise((r) => setTimeout(r, opts.timeoutMs ?? 60_000))]);
    // Give late duplicates a moment to show up, so "exactly once" assertions mean something.
    if (opts.settleMs) await new Promise((r) => setTimeout(r, opts.settleMs));
    return found;
  } finally {
    await consumer.disconnect();
  }
}
