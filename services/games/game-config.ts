import { createHash } from 'node:crypto';
import { DEFAULT_GAME_CONFIG, GameConfigError, validateGameConfig, ZGameConfig, type GameConfig } from '../../domain/games/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';

/** The game config a process runs with, and the SHA-256 of its canonical JSON that every round records. */
export interface LoadedGameConfig {
  config: GameConfig;
  /** SHA-256 hex of canonicalJson(config): the key of game_config_versions. */
  hash: string;
}

/** JSON with object keys sorted at every level, so equal configs always hash the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Objects merge key by key; arrays and scalars in `override` replace the default. */
function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = deepMerge(base[key], value);
  return out;
}

/**
 * Reads GAME_CONFIG (JSON overrides deep-merged over DEFAULT_GAME_CONFIG) and validates it with
 * validateGameConfig: a paytable whose return is off target stops the process at start, with
 * every problem listed. Called once by the API's games router and by the worker's activities.
 */
export function loadGameConfig(rawOverrides: string): LoadedGameConfig {
  let overrides: unknown;
  try {
    overrides = JSON.parse(rawOverrides.trim() === '' ? '{}' : rawOverrides);
  } catch (err) {
    throw new GameConfigError([`GAME_CONFIG is not valid JSON: ${(err as Error).message}`]);
  }
  if (!isPlainObject(overrides)) throw new GameConfigError(['GAME_CONFIG must be a JSON object']);
  const config = validateGameConfig(deepMerge(structuredClone(DEFAULT_GAME_CONFIG), overrides));
  return { config, hash: createHash('sha256').update(canonicalJson(config)).digest('hex') };
}

const registered = new WeakMap<LoadedGameConfig, Promise<void>>();

/**
 * Makes sure the config's row exists in game_config_versions (rounds reference it) before the
 * first round of this process; later calls resolve at once. A failed insert is retried next time.
 */
export function ensureGameConfigRegistered(prisma: PrismaClient, loaded: LoadedGameConfig): Promise<void> {
  let pending = registered.get(loaded);
  if (!pending) {
    pending = prisma.$executeRaw`
      INSERT INTO game_config_versions (hash, config) VALUES (${loaded.hash}, ${canonicalJson(loaded.config)}::jsonb)
      ON CONFLICT (hash) DO NOTHING`.then(() => undefined);
    pending.catch(() => registered.delete(loaded));
    registered.set(loaded, pending);
  }
  return pending;
}

/** The config a round was played under, by its hash (for verification after the config changed). */
export async function gameConfigByHash(prisma: PrismaClient, hash: string, current: LoadedGameConfig): Promise<GameConfig | null> {
  if (hash === current.hash) return current.config;
  const row = await prisma.gameConfigVersion.findUnique({ where: { hash } });
  // Parsed, not re-validated: a round keeps the rules it was played under even if targets moved since.
  return row ? ZGameConfig.parse(row.config) : null;
}
