import { describe, expect, it } from 'vitest';
import { HttpWindow } from '../../api/http/metrics.ts';

describe("the API's own window of recent answers", () => {
  const bounds = [0.1, 0.5, 0.8, 1, 2];
  it('counts 5xx answers and estimates the p95 from bucket bounds over the asked span only', () => {
    const w = new HttpWindow(bounds);
    const now = 1_000_000_000;
    for (let i = 0; i < 95; i++) w.record(200, 0.05, now - 60_000);
    for (let i = 0; i < 5; i++) w.record(503, 1.5, now - 60_000);
    // Older than five minutes: outside the 5-minute span, inside the 10-minute one.
    for (let i = 0; i < 100; i++) w.record(500, 1.5, now - 7 * 60_000);
    expect(w.summary(5 * 60_000, now)).toEqual({ requests: 100, errors: 5, error_rate: 0.05, p95_seconds: 0.1 });
    const ten = w.summary(10 * 60_000, now);
    expect(ten).toMatchObject({ requests: 200, errors: 105 });
    expect(ten.p95_seconds).toBe(2);
  });
  it('answers no p95 and a zero rate with no requests', () => {
    expect(new HttpWindow(bounds).summary(60_000)).toEqual({ requests: 0, errors: 0, error_rate: 0, p95_seconds: null });
  });
});
