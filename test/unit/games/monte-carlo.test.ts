// Seeded Monte Carlo: the measured long-run return of each game stays within ±0.5 percentage
// points of its product target. Uses the fast mulberry32 source (HMAC would take minutes).
// Standard errors at these sizes: slots 0.00095, RPS 0.00076, crash 0.0010, gacha 0.0009,
// so the ±0.005 band is 5+ standard errors wide: a failure means the rules are off, not bad luck.
import { describe, expect, it } from 'vitest';
import { DEFAULT_GAME_CONFIG, RETURN_TARGETS } from '../../../domain/games/config.ts';
import { crashPointFromFloat, decideCashout, settleCrash, timeToReach } from '../../../domain/games/crash.ts';
import { pullGacha } from '../../../domain/games/gacha.ts';
import { drawUnit, indexFromUnit, seededRandom } from '../../../domain/games/random.ts';
import { playRps, RPS_CHOICES } from '../../../domain/games/rps.ts';
import { spinSlots } from '../../../domain/games/slots.ts';

const TOLERANCE = 0.005;
const config = DEFAULT_GAME_CONFIG;

describe('Monte Carlo return over a million rounds', () => {
  it('slots returns 0.92 ± 0.005 of wagers over 2,000,000 spins', () => {
    const rng = seededRandom(0x5107);
    const bet = 100;
    let paid = 0;
    const rounds = 2_000_000;
    for (let i = 0; i < rounds; i++) paid += spinSlots(bet, rng, config.slots).payout;
    const measured = paid / (bet * rounds);
    console.info(`slots measured return ${measured.toFixed(5)}`);
    expect(Math.abs(measured - RETURN_TARGETS.slots)).toBeLessThan(TOLERANCE);
  });

  it('rock-paper-scissors returns 0.95 ± 0.005 of wagers over 1,000,000 throws of every choice', () => {
    const rng = seededRandom(0x4b5);
    const bet = 100;
    let paid = 0;
    const rounds = 1_000_000;
    for (let i = 0; i < rounds; i++) {
      const choice = RPS_CHOICES[indexFromUnit(drawUnit(rng), 3)]!;
      paid += playRps(choice, bet, rng, config.rps).payout;
    }
    const measured = paid / (bet * rounds);
    console.info(`rps measured return ${measured.toFixed(5)}`);
    expect(Math.abs(measured - RETURN_TARGETS.rps)).toBeLessThan(TOLERANCE);
  });

  it('crash returns 0.93 ± 0.005 of wagers over 1,000,000 rounds cashing out at 2.00x', () => {
    const rng = seededRandom(0xc4a5);
    const bet = 100;
    const target = 2;
    const cashoutMs = timeToReach(target, config.crash);
    let paid = 0;
    let disagreements = 0;
    const rounds = 1_000_000;
    for (let i = 0; i < rounds; i++) {
      const crashPoint = crashPointFromFloat(drawUnit(rng), config.crash);
      const payout = settleCrash({ bet, crashPoint, cashoutAt: target });
      // The same round decided on the time axis must agree with the multiplier rule.
      const decision = decideCashout(crashPoint, cashoutMs, config.crash);
      if ((decision.kind === 'cashed_out') !== payout > 0) disagreements += 1;
      paid += payout;
    }
    const measured = paid / (bet * rounds);
    console.info(`crash measured return ${measured.toFixed(5)}`);
    expect(disagreements).toBe(0);
    expect(Math.abs(measured - RETURN_TARGETS.crash)).toBeLessThan(TOLERANCE);
  });

  it('gacha returns 0.90 ± 0.005 of spend over 1,000,000 pulls with pity carried between 10-pulls', () => {
    const rng = seededRandom(0x6ac4a);
    let paid = 0;
    let spent = 0;
    let pityCounter = 0;
    for (let i = 0; i < 100_000; i++) {
      const pull = pullGacha({ count: 10, pityCounter, rng, config: config.gacha });
      pityCounter = pull.pityCounterAfter;
      paid += pull.payout;
      spent += pull.cost;
    }
    const measured = paid / spent;
    console.info(`gacha measured return ${measured.toFixed(5)}`);
    expect(Math.abs(measured - RETURN_TARGETS.gacha)).toBeLessThan(TOLERANCE);
  });
});
