// How one settled round moves an event or mission forward. Pure rules, no I/O and no zod:
// workflow code imports this (domain/games/names.ts says why zod stays out).
import { GAMES, type Game } from '../games/names.ts';
import type { Requirements } from './requirements.ts';

/** The counters a participation keeps (same keys as the requirements). */
export interface Counters {
  total_plays: number;
  plays_by_game: Partial<Record<Game, number>>;
  wins: number;
  total_wagered: number;
  crash_cashouts_at_or_above_2x: number;
}

/** A settled round as the progress rules need it (from the `game.round_settled` fact). */
export interface SettledRound {
  roundId: string;
  game: string;
  bet: number;
  payout: number;
  multiplier: number;
  win: boolean;
  playedAt: string;
}

/** Counters at zero. */
export const emptyCounters = (): Counters => ({ total_plays: 0, plays_by_game: {}, wins: 0, total_wagered: 0, crash_cashouts_at_or_above_2x: 0 });

/** Adds one round to the counters (in place) and returns them. */
export function countRound(c: Counters, round: SettledRound): Counters {
  c.total_plays += 1;
  const game = round.game as Game;
  c.plays_by_game[game] = (c.plays_by_game[game] ?? 0) + 1;
  if (round.win) c.wins += 1;
  c.total_wagered += round.bet;
  if (round.game === 'crash' && round.payout > 0 && round.multiplier >= 2) c.crash_cashouts_at_or_above_2x += 1;
  return c;
}

/** One line of progress: a counter, where it is (capped at the target), and its target. */
export interface ProgressItem {
  key: string;
  current: number;
  target: number;
}

/** The player's progress against each requirement, in a stable order. */
export function progressOf(c: Counters, r: Requirements): ProgressItem[] {
  const items: ProgressItem[] = [];
  const add = (key: string, current: number, target: number | undefined) => {
    if (target !== undefined) items.push({ key, current: Math.min(current, target), target });
  };
  add('total_plays', c.total_plays, r.total_plays);
  for (const g of GAMES) add(`plays_by_game.${g}`, c.plays_by_game[g] ?? 0, r.plays_by_game?.[g]);
  add('wins', c.wins, r.wins);
  add('total_wagered', c.total_wagered, r.total_wagered);
  add('crash_cashouts_at_or_above_2x', c.crash_cashouts_at_or_above_2x, r.crash_cashouts_at_or_above_2x);
  return items;
}

/** True when every requirement reached its target. */
export const isComplete = (items: ProgressItem[]): boolean => items.length > 0 && items.every((i) => i.current >= i.target);
