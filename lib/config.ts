import { z } from 'zod';

/** A comma-separated list of host:port pairs, as Kafka clients take them. */
const hostPortList = z
  .string()
  .min(1)
  .refine((v) => v.split(',').every((p) => /^[^\s:]+:\d{1,5}$/.test(p.trim())), 'must be host:port[,host:port...]');

const url = (protocols: string[]) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const port = z.coerce.number().int().min(1).max(65535);

/** Every setting a Casino-Club process reads from its environment, validated once at start. */
export const ZConfig = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: url(['postgresql:', 'postgres:']),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: url(['redis:', 'rediss:']),
  KAFKA_BROKERS: hostPortList,
  KAFKA_CLIENT_ID: z.string().min(1).default('casino-club'),
  TEMPORAL_ADDRESS: z.string().regex(/^[^\s:]+:\d{1,5}$/, 'must be host:port').default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('casino-club'),
  TEMPORAL_UI_URL: url(['http:', 'https:']).default('http://127.0.0.1:8233'),
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: port.default(3000),
  /**
   * Failing fast (lib/dependencies.ts): PostgreSQL, Redis and Temporal are probed every
   * DEPENDENCY_PROBE_INTERVAL_MS; one that gives no answer within DEPENDENCY_PROBE_TIMEOUT_MS
   * is down, and requests that need it answer 503 `dependency_unavailable` at once until a
   * probe answers again. Interval + timeout bound how long a request waits on a frozen one.
   */
  DEPENDENCY_PROBE_INTERVAL_MS: z.coerce.number().int().min(20).max(10_000).default(200),
  DEPENDENCY_PROBE_TIMEOUT_MS: z.coerce.number().int().min(50).max(10_000).default(1_000),
  /** The longest one Redis command may wait for its answer (a backstop behind the probe). */
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(3_000),
  /** How often the outbox relay looks for unpublished rows. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),

  /** ES256 private key (PKCS#8 PEM) that signs access tokens; `npm start` generates one into .data/. */
  JWT_PRIVATE_KEY: z.string().refine((v) => v.includes('BEGIN PRIVATE KEY'), 'must be a PKCS#8 PEM private key (ES256)'),
  /** The key id written into every token header; verification refuses any other kid. */
  JWT_KID: z.string().min(1).max(64).default('cc-1'),
  JWT_ISSUER: z.string().min(1).default('casino-club'),
  JWT_AUDIENCE: z.string().min(1).default('casino-club-api'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Absolute lifetime of a session: rotation does not extend it. */
  REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(90 * 86_400).default(30 * 86_400),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  /** Requests allowed per window (RATE_LIMIT_WINDOW_SECONDS) per IP and per account. */
  RATE_LIMIT_LOGIN_PER_IP: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_LOGIN_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_SIGNUP_PER_IP: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Gold every new account starts with, granted through the ledger. */
  STARTING_GOLD: z.coerce.number().int().min(0).max(1_000_000).default(1_000),

  /** Catalog 2 (products 2001-2004) is on sale only with this flag. */
  ECONOMY_V2: z.enum(['true', 'false', '1', '0']).default('false').transform((v) => v === 'true' || v === '1'),
  /** The payment provider (the sandbox in development and tests). */
  PAYMENT_PROVIDER_URL: url(['http:', 'https:']).default('http://127.0.0.1:4010'),
  PAYMENT_PROVIDER_API_KEY: z.string().min(8).default('sk_test_casino_club_dev'),
  PAYMENT_PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** Webhook signing secrets, comma-separated; two may be active during a rotation. */
  PAYMENT_WEBHOOK_SECRETS: z
    .string()
    .default('whsec_casino_club_dev')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .refine((list) => list.length >= 1 && list.length <= 2 && list.every((s) => s.length >= 16), 'must be one or two secrets of 16+ characters, comma-separated'),
  WEBHOOK_MAX_SKEW_SECONDS: z.coerce.number().int().min(1).max(3_600).default(300),
  /** A pending payment is first checked after this long, then with backoff up to the cap. */
  PURCHASE_POLL_INITIAL_MS: z.coerce.number().int().min(10).default(3_000),
  PURCHASE_POLL_MAX_MS: z.coerce.number().int().min(10).default(60_000),
  /** A payment still pending after this long fails (and is voided). */
  PURCHASE_PENDING_DEADLINE_MS: z.coerce.number().int().min(100).default(30 * 60_000),
  /** How long POST /api/shop/purchases waits for a decision before answering `pending`. */
  PURCHASE_DECISION_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(2_000),
  /**
   * How new purchases call the provider to authorize and capture: `local` activities (run in the
   * workflow task, no server round trips) or `regular` ones (each scheduled through the server,
   * visible on its own in the UI). Fixed per purchase in its input; measured in docs/benchmarks.md.
   */
  PURCHASE_PROVIDER_CALLS: z.enum(['local', 'regular']).default('local'),
  /** How long a hold on a limited package keeps its unit before it returns to stock. */
  LIMITED_HOLD_TTL_SECONDS: z.coerce.number().int().min(1).max(3_600).default(120),
  /** Port of the worker's own /metrics endpoint (purchase metrics live there); 0 turns it off. */
  WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),

  /**
   * Overrides of the game config (paytables, probabilities, limits, crash curve, big-win
   * threshold) as JSON, deep-merged over domain/games DEFAULT_GAME_CONFIG and refused at start
   * by validateGameConfig when a return is off target. '{}' = the shipped defaults.
   */
  GAME_CONFIG: z.string().default('{}'),
  /** Game actions (spins, throws, pulls, crash bets; cashouts counted apart) per player per window. */
  GAME_RATE_LIMIT_PER_WINDOW: z.coerce.number().int().min(1).default(60),
  GAME_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(10),
  /** How often a running crash round pushes `crash_tick` (its multiplier) to the player. */
  CRASH_TICK_MS: z.coerce.number().int().min(20).max(10_000).default(100),
  /**
   * How far before the workflow's own clock a crash cashout's stamp (when the API received it)
   * may lie; an older stamp is judged at now minus this much, and logged. Covers queueing in
   * the API and Temporal under load, and clock skew between the API and the worker.
   */
  CRASH_CASHOUT_MAX_LAG_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  /** VIP points (1 per 100 gold wagered) at which a STANDARD player becomes VIP, in the round's own transaction. */
  VIP_PROMOTION_POINTS: z.coerce.number().int().min(1).max(1_000_000_000).default(1_000),

  /** A grant batch paying more than this much gold in total waits for a second operator's approval. */
  GRANT_APPROVAL_THRESHOLD_GOLD: z.coerce.number().int().min(0).default(100_000),
  /** An unapproved batch is cancelled (nothing paid) after this long. */
  GRANT_APPROVAL_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(30 * 86_400).default(86_400),
  /** Players a grant batch pays per activity (one database transaction each). */
  GRANT_BATCH_CHUNK_SIZE: z.coerce.number().int().min(1).max(1_000).default(100),
  /** How long a completed, unclaimed event or mission stays claimable after its window ends. */
  EVENT_CLAIM_GRACE_SECONDS: z.coerce.number().int().min(0).max(90 * 86_400).default(7 * 86_400),
  /** The Kafka consumer group (in the worker) that turns `casino.games` rounds into event progress. */
  ENGAGEMENT_CONSUMER_GROUP: z.string().min(1).default('casino-club-engagement'),
  /** Daily streak: gold per claim, the bonus on day 7 of each cycle, XP per claim. */
  STREAK_DAILY_GOLD: z.coerce.number().int().min(0).default(150),
  STREAK_DAY7_BONUS: z.coerce.number().int().min(0).default(500),
  STREAK_XP_PER_CLAIM: z.coerce.number().int().min(0).default(10),
  /**
   * Shifts the clock of the daily rewards (streak and VIP claim days) by this many seconds.
   * Tests and demos move "today" with it instead of waiting; 0 in production.
   */
  REWARDS_CLOCK_OFFSET_SECONDS: z.coerce.number().int().default(0),

  /** Port of the analytics process's /metrics endpoint (consumer lag); 0 turns it off. */
  ANALYTICS_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9465),
  /** Kafka consumer group ids of the analytics process start with this. */
  ANALYTICS_GROUP_PREFIX: z.string().regex(/^[a-z0-9._-]{1,100}$/, 'must be lowercase letters, digits, . _ -').default('analytics'),
  /** Players per RFM batch: one activity, one statement (measure, score, upsert, facts); the workflow continues as new every few dozen batches. */
  RFM_BATCH_SIZE: z.coerce.number().int().min(10).max(1_000_000).default(25_000),
  /** The Temporal Schedule of the nightly RFM run; its runs are `<id>-<time>`. Tests give each file its own. */
  RFM_SCHEDULE_ID: z.string().regex(/^[a-z0-9-]{1,80}$/, 'must be lowercase letters, digits and -').default('rfm-nightly'),
  /** RFM batches (adjacent keyset ranges) the workflow runs at once. */
  RFM_PARALLEL_BATCHES: z.coerce.number().int().min(1).max(16).default(2),
});

export type Config = z.infer<typeof ZConfig>;

/** Thrown when the environment is invalid; `variable` names the first offending variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment into a typed config, or throws a ConfigError naming the bad variable. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ZConfig.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const variable = String(issue.path[0] ?? 'environment');
  const problem = issue.code === 'invalid_type' && env[variable] === undefined ? 'is required' : issue.message;
  throw new ConfigError(variable, problem);
}

/**
 * For process entry points: parse the environment or stop the process with one line
 * naming the variable, before anything slow starts.
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`configuration error: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
