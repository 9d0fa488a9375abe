import type { Consumer, Kafka } from 'kafkajs';
import { Gauge, type Registry } from 'prom-client';
import type { PrismaClient } from '../lib/db/client.ts';
import { ensureTopics, TOPICS } from '../lib/kafka.ts';
import type { Logger } from '../lib/logger.ts';
import { publishToAll } from '../lib/realtime.ts';
import type { Redis } from '../lib/redis.ts';
import { COMMUNITY_KEYS, readCommunityFigures } from '../services/analytics/community-figures.ts';
import { applyCommunityBatch, rebuildFrom, trimCommunity } from './community.ts';
import { runConsumerGroup } from './consumer-group.ts';
import { applyFunnelBatch } from './funnel.ts';

/** The consumer groups of the analytics process, under a prefix (tests use their own). */
export const analyticsGroups = (prefix: string) => ({ funnel: `${prefix}-funnel`, community: `${prefix}-community` });

const FUNNEL_TOPICS = [TOPICS.clientEvents, TOPICS.purchases];
const COMMUNITY_TOPICS = [TOPICS.games, TOPICS.clientEvents, TOPICS.purchases, TOPICS.users];

/** The running analytics consumers. */
export interface Analytics {
  /** Consumer lag per group (messages not yet committed), as the metric reports it. */
  lag(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

/**
 * Starts the analytics consumer groups: the purchase funnel (PostgreSQL) and the live
 * community figures (Redis, rebuilt from Kafka when Redis loses them), pushes `community`
 * events at most once a second, and registers `analytics_consumer_lag{group}`.
 */
export async function startAnalytics(deps: { kafka: Kafka; prisma: PrismaClient; redis: Redis; log: Logger; groupPrefix: string; registry?: Registry }): Promise<Analytics> {
  const { kafka, prisma, redis, log } = deps;
  const groups = analyticsGroups(deps.groupPrefix);
  await ensureTopics(kafka);
  const admin = kafka.admin();
  await admin.connect();

  let dirty = true;
  const funnel = await runConsumerGroup({
    kafka,
    groupId: groups.funnel,
    topics: FUNNEL_TOPICS,
    log,
    apply: async (events) => void (await applyFunnelBatch(prisma, groups.funnel, events)),
  });
  const community: Consumer = await runConsumerGroup({
    kafka,
    groupId: groups.community,
    topics: COMMUNITY_TOPICS,
    log,
    apply: async (events) => {
      if ((await applyCommunityBatch(redis, events)) > 0) dirty = true;
    },
  });

  // A flushed Redis has lost the figures and the ids applied: replay the facts they come from.
  const rebuildIfLost = async () => {
    if ((await redis.set(COMMUNITY_KEYS.epoch, new Date().toISOString(), 'NX')) !== 'OK') return;
    const from = rebuildFrom();
    for (const topic of COMMUNITY_TOPICS) {
      for (const { partition, offset } of await admin.fetchTopicOffsetsByTimestamp(topic, from)) community.seek({ topic, partition, offset });
    }
    dirty = true;
    log.info({ from: new Date(from).toISOString() }, 'community figures missing: replaying from Kafka');
  };
  let lastPush = 0;
  const tick = async () => {
    await rebuildIfLost();
    await trimCommunity(redis);
    const now = Date.now();
    // Never two pushes within a second, even when a slow tick made the next one run late.
    if ((dirty || now - lastPush > 10_000) && now - lastPush >= 1_000) {
      dirty = false;
      lastPush = now;
      await publishToAll(redis, 'community', await readCommunityFigures(redis, now));
    }
  };
  let ticking: Promise<void> = Promise.resolve();
  // At most one `community` push per second.
  const timer = setInterval(() => {
    ticking = ticking.then(tick).catch((err: Error) => log.warn({ err: err.message }, 'community tick failed'));
  }, 1_000);

  const lag = async (): Promise<Record<string, number>> => {
    const out: Record<string, number> = {};
    for (const [groupId, topics] of [[groups.funnel, FUNNEL_TOPICS], [groups.community, COMMUNITY_TOPICS]] as const) {
      let total = 0;
      for (const committed of await admin.fetchOffsets({ groupId, topics: [...topics] })) {
        const ends = await admin.fetchTopicOffsets(committed.topic);
        for (const p of committed.partitions) {
          const end = ends.find((e) => e.partition === p.partition);
          if (!end) continue;
          const at = Number(p.offset) >= 0 ? Number(p.offset) : Number(end.low);
          total += Math.max(0, Number(end.high) - at);
        }
      }
      out[groupId] = total;
    }
    return out;
  };
  if (deps.registry) {
    new Gauge({
      name: 'analytics_consumer_lag',
      help: 'Messages published but not yet committed by an analytics consumer group',
      labelNames: ['group'],
      registers: [deps.registry],
      async collect() {
        try {
          for (const [group, value] of Object.entries(await lag())) this.set({ group }, value);
        } catch (err) {
          log.warn({ err: (err as Error).message }, 'consumer lag not available');
        }
      },
    });
  }

  return {
    lag,
    async stop() {
      clearInterval(timer);
      await ticking;
      await Promise.allSettled([funnel.disconnect(), community.disconnect()]);
      await admin.disconnect();
    },
  };
}
