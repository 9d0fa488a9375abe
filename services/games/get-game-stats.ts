import { GAMES, type Game } from '../../domain/games/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { num, type GameStatsView, type StatLine } from './views.ts';

const empty = (): StatLine => ({ games_played: 0, wins: 0, gold_wagered: 0, gold_won: 0, net: 0, highest_multiplier: 0, biggest_payout: 0 });

/** The caller's totals over every game (games played, wins, gold won, highest multiplier...) and per game. */
export async function getGameStats(prisma: PrismaClient, userId: string): Promise<GameStatsView> {
  const rows = await prisma.playerGameStat.findMany({ where: { userId } });
  const byGame = Object.fromEntries(GAMES.map((g) => [g, empty()])) as Record<Game, StatLine>;
  const total = empty();
  for (const row of rows) {
    const line: StatLine = {
      games_played: row.gamesPlayed,
      wins: row.wins,
      gold_wagered: Number(row.goldWagered),
      gold_won: Number(row.goldWon),
      net: Number(row.goldWon) - Number(row.goldWagered),
      highest_multiplier: num(row.highestMultiplier) ?? 0,
      biggest_payout: row.biggestPayout,
    };
    if ((GAMES as readonly string[]).includes(row.game)) byGame[row.game as Game] = line;
    total.games_played += line.games_played;
    total.wins += line.wins;
    total.gold_wagered += line.gold_wagered;
    total.gold_won += line.gold_won;
    total.net += line.net;
    total.highest_multiplier = Math.max(total.highest_multiplier, line.highest_multiplier);
    total.biggest_payout = Math.max(total.biggest_payout, line.biggest_payout);
  }
  return { ...total, by_game: byGame };
}
