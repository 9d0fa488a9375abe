import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm start with a bad setting', () => {
  it.each([
    ['DATABASE_URL', 'nonsense', /^configuration error: DATABASE_URL: /m],
    ['KAFKA_BROKERS', 'no-port-here', /^configuration error: KAFKA_BROKERS: /m],
  ])('stops at once with one line naming %s', (variable, value, line) => {
    const started = Date.now();
    const res = spawnSync(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env: { ...process.env, [variable]: value }, encoding: 'utf8', timeout: 60_000 });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(line);
    expect(res.stdout).not.toContain('[stack]'); // nothing was started
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
