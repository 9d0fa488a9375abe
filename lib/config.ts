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
  /** How often the outbox relay looks for unpublished rows when no notification arrives. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
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
