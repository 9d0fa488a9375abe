// The names of the four mini-games, apart from the zod schemas of domain/games/config.ts, so
// that workflow code can use them without loading zod: in the worker's reusable V8 context each
// new workflow evaluates the modules it imports again, and zod plus the game config schemas
// cost more than the rest of a small workflow together.

/** The four mini-games; the names used in history rows, fairness verification and config keys. */
export const GAMES = ['slots', 'rps', 'crash', 'gacha'] as const;
/** One of the four mini-games. */
export type Game = (typeof GAMES)[number];
