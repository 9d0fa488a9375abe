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
  KAFKA_TOPIC_PREFIX: z.string().default('casino.'),
  TEMPORAL_ADDRESS: z.string().regex(/^[^\s:]+:\d{1,5}$/, 'must be host:port').default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('casino-club'),
  TEMPORAL_UI_URL: url(['http:', 'https:']).default('http://127.0.0.1:8233'),
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: port.default(3000),
  /** Where the browser-facing web app lives; used for CORS and links. */
  WEB_ORIGIN: url(['http:', 'https:']).default('http://127.0.0.1:5173'),
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
