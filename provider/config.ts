// The sandbox's settings, read from the environment and validated once at start.
import { z } from 'zod';
import { ConfigError } from '../lib/config.ts';

const httpUrl = z.string().refine((v) => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}, 'must be a URL starting with http:// or https://');

export const ZSandboxConfig = z.object({
  SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  /** How long the pending test cards stay pending (accounts can override it). */
  SANDBOX_PENDING_MS: z.coerce.number().int().min(0).max(86_400_000).default(5000),
  /** Give all three to have that merchant account exist from the start. */
  SANDBOX_DEFAULT_API_KEY: z.string().regex(/^[A-Za-z0-9._~-]{1,200}$/, 'must be 1-200 characters of [A-Za-z0-9._~-]').optional(),
  SANDBOX_DEFAULT_WEBHOOK_URL: httpUrl.optional(),
  SANDBOX_DEFAULT_WEBHOOK_SECRET: z.string().min(1).max(500).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type SandboxConfig = z.infer<typeof ZSandboxConfig>;

const DEFAULT_ACCOUNT_VARS = ['SANDBOX_DEFAULT_API_KEY', 'SANDBOX_DEFAULT_WEBHOOK_URL', 'SANDBOX_DEFAULT_WEBHOOK_SECRET'] as const;

/** Parses the environment, or throws a ConfigError naming the first bad variable. Empty values count as unset. */
export function parseSandboxConfig(env: NodeJS.ProcessEnv = process.env): SandboxConfig {
  const keys = Object.keys(ZSandboxConfig.shape) as (keyof SandboxConfig)[];
  const input = Object.fromEntries(keys.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const result = ZSandboxConfig.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  // The default account is all or nothing: a partial one is a typo, not a wish.
  const given = DEFAULT_ACCOUNT_VARS.filter((k) => result.data[k] !== undefined);
  if (given.length > 0 && given.length < DEFAULT_ACCOUNT_VARS.length) {
    const missing = DEFAULT_ACCOUNT_VARS.find((k) => result.data[k] === undefined)!;
    throw new ConfigError(missing, `is required when ${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} set`);
  }
  return result.data;
}

/** For the entry point: the config, or one line naming the variable and exit 1. */
export function loadSandboxConfigOrExit(env: NodeJS.ProcessEnv = process.env): SandboxConfig {
  try {
    return parseSandboxConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`configuration error: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
