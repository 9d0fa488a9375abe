import { describe, expect, it } from 'vitest';
import { DEFAULT_GAME_CONFIG } from '../../../domain/games/config.ts';
import { parseRpsChoice, playRps, rpsOutcome, rpsTheoreticalReturn } from '../../../domain/games/rps.ts';
import { constant } from './helpers.ts';

const config = DEFAULT_GAME_CONFIG.rps;
const HOUSE = { rock: 0.1, paper: 0.5, scissors: 0.9 } as const; // the three thirds of [0, 1)

describe('rock-paper-scissors', () => {
  it.each([
    ['rock', 'scissors', 'win'],
    ['rock', 'paper', 'lose'],
    ['rock', 'rock', 'draw'],
    ['paper', 'rock', 'win'],
    ['paper', 'scissors', 'lose'],
    ['paper', 'paper', 'draw'],
    ['scissors', 'paper', 'win'],
    ['scissors', 'rock', 'lose'],
    ['scissors', 'scissors', 'draw'],
  ] as const)('%s against %s is a %s', (player, house, outcome) => {
    expect(rpsOutcome(player, house)).toBe(outcome);
    expect(playRps(player, 100, constant(HOUSE[house]), config)).toMatchObject({ playerChoice: player, houseChoice: house, outcome });
  });

  it('pays 1.85x on a win, returns the stake on a draw and nothing on a loss', () => {
    expect(playRps('rock', 100, constant(HOUSE.scissors), config)).toMatchObject({ multiplier: 1.85, payout: 185 });
    expect(playRps('rock', 100, constant(HOUSE.rock), config)).toMatchObject({ multiplier: 1, payout: 100 });
    expect(playRps('rock', 100, constant(HOUSE.paper), config)).toMatchObject({ multiplier: 0, payout: 0 });
  });

  it('floors a fractional payout: a 15 gold win pays 27, not 27.75', () => {
    expect(playRps('paper', 15, constant(HOUSE.rock), config).payout).toBe(27);
  });

  it('has a theoretical return of (1.85 + 1) / 3 = 0.95', () => {
    expect(rpsTheoreticalReturn(config)).toBeCloseTo(0.95, 12);
  });

  it('accepts only rock, paper or scissors as a choice', () => {
    expect(parseRpsChoice('rock')).toBe('rock');
    expect(parseRpsChoice('scissors')).toBe('scissors');
    for (const bad of ['ROCK', 'lizard', '', ' rock', 1, null, undefined]) expect(parseRpsChoice(bad)).toBeNull();
  });

  it('refuses a bet outside the limits', () => {
    expect(() => playRps('rock', 5, constant(0.1), config)).toThrow(RangeError);
  });
});
