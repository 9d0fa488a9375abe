// The worker's Kafka consumer group that turns committed game rounds (`casino.games`,
// `game.round_settled`) into progress of the players' event and mission participations.
import type { Client } from '@temporalio/client';
import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { SettledRound } from '../domain/engagement/progress.ts';
import type { PrismaClient } from '../lib/db/client.ts';
import { ensureTopics, TOPICS } from '../lib/kafka.ts';
import type { Logger } from '../lib/logger.ts';
import type { EventEnvelope } from '../lib/outbox.ts';
import { findCountingParticipations } from '../services/engagement/find-counting-participations.ts';
import { roundSettledSignal } from '../workflows/messages/event-participation.ts';

/** The consumer's metrics; registered on the worker's registry (or a private one). */
function createConsumerMetrics(registry: Registry | undefined) {
  const registers = registry ? [registry] : [];
  return {
    lag: new Gauge({ name: 'casino_engagement_consumer_lag', help: 'Rounds of casino.games not yet turned into progress, per partition (after the last batch)', labelNames: ['partition'], registers }),
    rounds: new Counter({ name: 'casino_engagement_rounds_total', help: 'game.round_settled facts read', registers }),
    signals: new Counter({ name: 'casino_engagement_signals_total', help: 'roundSettled signals accepted by participation workflows', registers }),
    delay: new Histogram({
      name: 'casino_engagement_round_to_signal_seconds',
      help: 'From the round committing to its signal being accepted',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers,
    }),
  };
}

/**
 * Reads `casino.games` in the consumer group ENGAGEMENT_CONSUMER_GROUP and signals
 * `roundSettled` to every active participation (of an active event) of the round's player.
 * Only joined players progress: the participation rows decide who is signalled, nothing is
 * started from here.
 *
 * Delivery is at least once: a batch's offsets are resolved (and committed) only after every
 * signal of it was accepted by Temporal, so a crash replays the uncommitted tail. The
 * workflow refuses a round id it already counted (a bounded window of ids far longer than
 * any redelivered tail), which makes the count exact.
 */
export class EngagementConsumer {
  private consumer: Consumer | undefined;
  private readonly metrics;

  constructor(
    private readonly deps: { kafka: Kafka; prisma: PrismaClient; temporal: Client; groupId: string; log: Logger; registry?: Registry },
  ) {
    this.metrics = createConsumerMetrics(deps.registry);
  }

  /** Joins the group and starts consuming; resolves once the group has assigned this member its partitions. */
  async start(): Promise<void> {
    // A consumer subscribing before the producer's first publish must not find the topic missing.
    await ensureTopics(this.deps.kafka);
    const consumer = this.deps.kafka.consumer({ groupId: this.deps.groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000, maxWaitTimeInMs: 100 });
    this.consumer = consumer;
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    // From the beginning for a group seen for the first time: no round committed before the
    // consumer existed is lost; rounds played before a player joined are refused by the workflow.
    await consumer.subscribe({ topic: TOPICS.games, fromBeginning: true });
    await consumer.run({ partitionsConsumedConcurrently: 3, eachBatchAutoResolve: false, eachBatch: (batch) => this.handleBatch(batch) });
    await joined;
  }

  /** Leaves the group (committing what was resolved). */
  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const rounds: { offset: string; round: SettledRound & { userId: string } }[] = [];
    for (const message of batch.messages) {
      let envelope: EventEnvelope;
      try {
        envelope = JSON.parse(message.value?.toString() ?? '') as EventEnvelope;
      } catch {
        this.deps.log.warn({ offset: message.offset, partition: batch.partition }, 'skipping a casino.games message that is not JSON');
        continue;
      }
      if (envelope.type !== 'game.round_settled') continue;
      const p = envelope.payload as Record<string, unknown>;
      rounds.push({
        offset: message.offset,
        round: {
          roundId: String(p.roundId),
          userId: String(p.userId),
          game: String(p.game),
          bet: Number(p.bet),
          payout: Number(p.payout),
          multiplier: Number(p.multiplier),
          win: Boolean(p.win),
          playedAt: String(p.playedAt ?? envelope.occurredAt),
        },
      });
    }
    this.metrics.rounds.inc(rounds.length);

    if (rounds.length > 0) {
      const participations = await findCountingParticipations(this.deps.prisma, [...new Set(rounds.map((r) => r.round.userId))]);
      const byUser = new Map<string, string[]>();
      for (const p of participations) byUser.set(p.userId, [...(byUser.get(p.userId) ?? []), p.workflowId]);
      const signals = rounds.flatMap(({ round }) => (byUser.get(round.userId) ?? []).map((workflowId) => ({ workflowId, round })));
      // Bounded fan-out: Temporal accepts each signal durably before the offset moves.
      for (let i = 0; i < signals.length; i += 64) {
        if (!isRunning() || isStale()) return;
        await Promise.all(
          signals.slice(i, i + 64).map(async ({ workflowId, round }) => {
            const { userId: _userId, ...settled } = round;
            try {
              await this.deps.temporal.workflow.getHandle(workflowId).signal(roundSettledSignal, settled);
              this.metrics.signals.inc();
              this.metrics.delay.observe(Math.max(0, Date.now() - Date.parse(round.playedAt)) / 1_000);
            } catch (err) {
              // The participation ended (claimed, closed) since the lookup: nothing left to count.
              if ((err as Error).name !== 'WorkflowNotFoundError') throw err;
            }
          }),
        );
        await heartbeat();
      }
    }
    const last = batch.messages[batch.messages.length - 1];
    if (last) resolveOffset(last.offset);
    await commitOffsetsIfNecessary();
    this.metrics.lag.set({ partition: String(batch.partition) }, Number(batch.offsetLag()));
  }
}
