import { describe, expect, it } from 'vitest';
import { cashoutJudgedAt } from '../../../domain/games/crash.ts';

// Where the crash workflow judges a cashout: at the API's stamp, within bounds.
describe('cashoutJudgedAt', () => {
  const base = { nowMs: 3_000, notBeforeMs: 0, maxLagMs: 5_000 };

  it('judges at the stamp when it lies between the last judged event and now', () => {
    expect(cashoutJudgedAt({ ...base, requestedElapsedMs: 1_200 })).toEqual({ elapsedMs: 1_200, clamped: false });
  });

  it('never judges after the workflow clock: a stamp from the future counts as now', () => {
    expect(cashoutJudgedAt({ ...base, requestedElapsedMs: 3_020 })).toEqual({ elapsedMs: 3_000, clamped: false });
    expect(cashoutJudgedAt({ ...base, requestedElapsedMs: 9_000 })).toEqual({ elapsedMs: 3_000, clamped: true });
  });

  it('never judges before the last event it judged, nor more than the lag bound before now', () => {
    expect(cashoutJudgedAt({ ...base, notBeforeMs: 2_000, requestedElapsedMs: 1_200 })).toEqual({ elapsedMs: 2_000, clamped: true });
    expect(cashoutJudgedAt({ ...base, maxLagMs: 1_000, requestedElapsedMs: 1_200 })).toEqual({ elapsedMs: 2_000, clamped: true });
    expect(cashoutJudgedAt({ ...base, requestedElapsedMs: -400 })).toEqual({ elapsedMs: 0, clamped: true });
  });

  it('judges at now without a stamp (an update sent before stamps existed)', () => {
    expect(cashoutJudgedAt({ ...base, requestedElapsedMs: null })).toEqual({ elapsedMs: 3_000, clamped: false });
  });
});
