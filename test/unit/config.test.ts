import { describe, expect, it } from 'vitest';
import { generateSigningKey } from '../../lib/auth/keys.ts';
import { ConfigError, parseConfig } from '../../lib/config.ts';

const valid = {
  DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/casino',
  REDIS_URL: 'redis://127.0.0.1:6379',
  KAFKA_BROKERS: '127.0.0.1:9092',
  JWT_PRIVATE_KEY: generateSigningKey(),
};

describe('configuration', () => {
  it('accepts a complete environment and fills defaults', () => {
    const config = parseConfig(valid);
    expect(config.API_PORT).toBe(3000);
    expect(config.TEMPORAL_NAMESPACE).toBe('default');
  });

  it.each([
    ['DATABASE_URL', 'nonsense'],
    ['REDIS_URL', 'http://x'],
    ['KAFKA_BROKERS', 'no-port'],
    ['API_PORT', '70000'],
    ['TEMPORAL_ADDRESS', 'just-a-host'],
    ['JWT_PRIVATE_KEY', 'not a key'],
  ])('names %s when it is %s', (variable, value) => {
    expect(() => parseConfig({ ...valid, [variable]: value })).toThrowError(
      expect.objectContaining({ variable }) as unknown as Error,
    );
  });

  it('says a missing required variable is required', () => {
    const { DATABASE_URL: _, ...rest } = valid;
    try {
      parseConfig(rest);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toBe('DATABASE_URL: is required');
    }
  });
});
