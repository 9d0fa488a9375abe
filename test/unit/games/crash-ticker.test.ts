import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CrashTicker } from '../../../api/realtime/crash-ticker.ts';
import { multiplierAt } from '../../../domain/games/crash.ts';
import { loadGameConfig } from '../../../services/games/game-config.ts';
import type { CrashTickSpec } from '../../../services/games/crash-ticks.ts';

const crash = loadGameConfig('{}').config.crash;

describe('the API crash ticker', () => {
  let frames: { userId: string; data: { round_id: string; multiplier: number; elapsed_ms: number } }[];
  let ticker: CrashTicker;
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
    frames = [];
    ticker = new CrashTicker(100, (userId, frame) => {
      const json = frame.split('\n').find((l) => l.startsWith('data: '))!.slice(6);
      frames.push({ userId, data: (JSON.parse(json) as { data: (typeof frames)[number]['data'] }).data });
    });
  });
  afterEach(() => {
    ticker.stop();
    vi.useRealTimers();
  });
  const spec = (over: Partial<CrashTickSpec> = {}): CrashTickSpec => ({ roundId: 'r1', userId: 'u1', startedAtMs: Date.now(), stopAtElapsedMs: 1_000, crash, ...over });

  it('ticks the curve every interval from the round start and stops before the stop time, never revealing it', () => {
    ticker.track(spec());
    vi.advanceTimersByTime(2_000);
    expect(frames.length).toBe(10); // 0, 100, ..., 900 ms: none at or after 1,000 ms
    expect(frames.every((f) => f.userId === 'u1' && f.data.round_id === 'r1')).toBe(true);
    expect(frames.at(-1)!.data.elapsed_ms).toBe(900);
    expect(frames.at(-1)!.data.multiplier).toBe(multiplierAt(900, crash));
    expect(ticker.isTracking('u1')).toBe(false);
  });

  it('stops a round when its settlement passes, but not for a message about an older round', () => {
    ticker.track(spec({ stopAtElapsedMs: 60_000 }));
    ticker.untrack('u1', 'older-round');
    vi.advanceTimersByTime(300);
    expect(ticker.isTracking('u1')).toBe(true);
    ticker.untrack('u1', 'r1');
    const count = frames.length;
    vi.advanceTimersByTime(1_000);
    expect(frames.length).toBe(count);
  });

  it('ticks several players from one timer, each from their own start', () => {
    ticker.track(spec({ stopAtElapsedMs: 60_000 }));
    vi.advanceTimersByTime(500);
    ticker.track(spec({ roundId: 'r2', userId: 'u2', stopAtElapsedMs: 60_000 }));
    vi.advanceTimersByTime(100);
    const last = (u: string) => frames.filter((f) => f.userId === u).at(-1)!.data.elapsed_ms;
    expect(last('u1')).toBeGreaterThanOrEqual(600);
    expect(last('u2')).toBeLessThanOrEqual(100);
  });
});
