import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { Logger } from '../lib/logger.ts';
import type { EventEnvelope } from '../lib/outbox.ts';

/** A message as a consumer's apply step sees it: the envelope, or null when it did not parse. */
export interface ConsumedEvent {
  topic: string;
  envelope: EventEnvelope;
}

/**
 * Runs one consumer group at least once: each fetched batch is handed to `apply` (which must
 * be idempotent by event id), and only after it returns are the batch's offsets committed. A
 * crash between the write and the commit redelivers the batch; `apply` then changes nothing.
 */
export async function runConsumerGroup(opts: {
  kafka: Kafka;
  groupId: string;
  topics: string[];
  log: Logger;
  apply: (events: ConsumedEvent[]) => Promise<void>;
}): Promise<Consumer> {
  const consumer = opts.kafka.consumer({ groupId: opts.groupId, maxWaitTimeInMs: 200, allowAutoTopicCreation: false });
  await consumer.connect();
  await consumer.subscribe({ topics: opts.topics, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch, heartbeat, isRunning, isStale }) => {
      if (!isRunning() || isStale()) return;
      const events = batch.messages.map((m) => parse(batch.topic, m, opts.log)).filter((e): e is ConsumedEvent => e !== null);
      if (events.length > 0) await opts.apply(events);
      const last = batch.messages.at(-1);
      if (last) await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last.offset) + 1n).toString() }]);
      await heartbeat();
    },
  });
  return consumer;
}

function parse(topic: string, m: KafkaMessage, log: Logger): ConsumedEvent | null {
  try {
    const envelope = JSON.parse(m.value?.toString() ?? '') as EventEnvelope;
    if (typeof envelope.eventId !== 'string' || typeof envelope.type !== 'string' || typeof envelope.payload !== 'object') throw new Error('not an envelope');
    return { topic, envelope };
  } catch (err) {
    log.warn({ topic, offset: m.offset, err: (err as Error).message }, 'skipping a message that is not an event envelope');
    return null;
  }
}
