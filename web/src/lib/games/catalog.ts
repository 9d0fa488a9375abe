// The games as the site lists them: name, page and a line about each, in the hub's order.
import type { GameName, Rarity, RpsChoice } from './types';

/** How the hub, the history and the nav describe one game. */
export interface GameInfo {
  id: GameName;
  name: string;
  href: string;
  tagline: string;
}

export const GAMES: readonly GameInfo[] = [
  { id: 'slots', name: 'Slots', href: '/games/slots', tagline: 'Three reels, seven symbols. Line up three sevens for 50×.' },
  { id: 'rps', name: 'Rock Paper Scissors', href: '/games/rps', tagline: 'Beat the house hand for 1.85×; a draw returns your stake.' },
  { id: 'gacha', name: 'Gacha', href: '/games/gacha', tagline: 'Pull 1 or 10 items. A Legendary is guaranteed by pull 90.' },
  { id: 'crash', name: 'Crash', href: '/games/crash', tagline: 'Watch the multiplier climb and cash out before it crashes.' },
];

/** The game's display name ("rps" → "Rock Paper Scissors"). */
export function gameName(game: string): string {
  return GAMES.find((g) => g.id === game)?.name ?? game;
}

/** Whether a string names one of the games (for query parameters). */
export function isGameName(value: string | null | undefined): value is GameName {
  return GAMES.some((g) => g.id === value);
}

/** The three hands, in the order the buttons show them. */
export const RPS_CHOICES: readonly RpsChoice[] = ['rock', 'paper', 'scissors'];

/** Whether a string is one of the three hands. */
export function isRpsChoice(value: string): value is RpsChoice {
  return (RPS_CHOICES as readonly string[]).includes(value);
}

/** A hand's label: "rock" → "Rock". */
export function handName(choice: string): string {
  return choice ? choice[0]!.toUpperCase() + choice.slice(1) : choice;
}

/** The rarities, commonest first. */
export const RARITIES: readonly Rarity[] = ['Common', 'Rare', 'Epic', 'Legendary'];

/** A multiplier as players read it: 2.5 → "2.50×". */
export function formatMultiplier(multiplier: number): string {
  return `${multiplier.toFixed(2)}×`;
}

/** A slot symbol's name: "seven" → "Seven". */
export function symbolName(symbol: string): string {
  return symbol ? symbol[0]!.toUpperCase() + symbol.slice(1) : symbol;
}
