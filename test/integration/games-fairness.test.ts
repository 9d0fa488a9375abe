import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RpsChoice } from '../../domain/games/rps.ts';
import type { GamesDeps } from '../../services/games/deps.ts';
import { rotateServerSeed, setClientSeed } from '../../services/games/fairness-seeds.ts';
import { loadGameConfig } from '../../services/games/game-config.ts';
import { playRpsRound } from '../../services/games/play-rps-round.ts';
import { pullGachaRound } from '../../services/games/pull-gacha-round.ts';
import { spinSlotsRound } from '../../services/games/spin-slots-round.ts';
import { verifyGameRound } from '../../services/games/verify-game-round.ts';
import { signUpPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { setBalance } from '../support/games.ts';
import { startTestApi, type TestApi } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('provable fairness over 1,000 recorded rounds', () => {
  // Many gacha pulls per player: the daily limit is configuration, raised here.
  const config = testConfig({ DATABASE_POOL_SIZE: '20', GAME_CONFIG: JSON.stringify({ gacha: { dailyLimit: { STANDARD: 100_000, VIP: 100_000 } } }) });
  let api: TestApi;
  let deps: GamesDeps;
  beforeAll(async () => {
    api = await startTestApi(config);
    deps = { prisma: api.deps.prisma, redis: api.deps.redis, config, games: loadGameConfig(config.GAME_CONFIG), log: api.deps.log };
  });
  afterAll(async () => {
    await api?.close();
  });

  it('recomputes every round exactly from its revealed seeds, and says which ones cannot be verified yet', async () => {
    const PLAYERS = 4;
    const ROUNDS_EACH = 250;
    const players = await Promise.all(Array.from({ length: PLAYERS }, () => signUpPlayer(api)));
    for (const p of players) await setBalance(api.deps.prisma, p.id, 50_000_000);
    const choices: RpsChoice[] = ['rock', 'paper', 'scissors'];

    const started = Date.now();
    const roundIds = await Promise.all(
      players.map(async (player, p) => {
        const ids: string[] = [];
        for (let i = 0; i < ROUNDS_EACH; i++) {
          // Seeds change along the way: a rotation at 100, a player-chosen client seed at 180.
          if (i === 100) await rotateServerSeed(deps.prisma, player.id);
          if (i === 180) await setClientSeed(deps.prisma, player.id, `player ${p} picks seed #${i}`);
          const kind = i % 10;
          if (kind < 6) ids.push((await spinSlotsRound(deps, player.id, { bet_amount: 10 + ((i * 37) % 500) })).round_id);
          else if (kind < 9) ids.push((await playRpsRound(deps, player.id, { choice: choices[i % 3]!, bet_amount: 10 + ((i * 53) % 900) })).round_id);
          else ids.push((await pullGachaRound(deps, player.id, { count: i % 20 === 9 ? 10 : 1 })).round_id);
        }
        return ids;
      }),
    );
    const ids = roundIds.flat();
    const playedMs = Date.now() - started;
    expect(ids).toHaveLength(1_000);
    expect(new Set(ids).size).toBe(1_000);

    // Before the final rotation, the rounds of the active seed cannot be verified: they say so.
    const last = await verifyGameRound(deps, { roundId: roundIds[0]!.at(-1)!, userId: players[0]!.id });
    expect(last).toMatchObject({ verifiable: false, reason: 'seed_not_revealed', recomputed: null });
    const early = await verifyGameRound(deps, { roundId: roundIds[0]![0]!, userId: players[0]!.id });
    expect(early).toMatchObject({ verifiable: true, match: true }); // its seed was rotated out at round 100

    for (const p of players) await rotateServerSeed(deps.prisma, p.id);
    const verifyStarted = Date.now();
    const results = await Promise.all(players.map(async (p, i) => {
      const out = [];
      for (const roundId of roundIds[i]!) out.push(await verifyGameRound(deps, { roundId, userId: p.id }));
      return out;
    }));
    const all = results.flat();
    const verifyMs = Date.now() - verifyStarted;
    const mismatches = all.filter((r) => !r.verifiable || !r.match || !r.hash_matches);
    expect(mismatches).toEqual([]);
    expect(all.map((r) => r.game).filter((g) => g === 'gacha').length).toBe(100);
    expect(new Set(all.map((r) => r.server_seed)).size).toBe(PLAYERS * 2);
    console.log(`1,000 rounds played through the services in ${playedMs} ms, verified in ${verifyMs} ms`);

    // A tampered record no longer matches its seeds.
    const victim = all.find((r) => r.game === 'slots')!;
    const row = await api.deps.prisma.gameRound.findUniqueOrThrow({ where: { id: victim.round_id } });
    const reels = (row.result as { reels: string[] }).reels;
    await api.deps.prisma.gameRound.update({ where: { id: row.id }, data: { result: { reels: [...reels].reverse().map((s) => (s === 'seven' ? 'cherry' : 'seven')) } } });
    try {
      expect((await verifyGameRound(deps, { roundId: row.id, userId: row.userId })).match).toBe(false);
    } finally {
      await api.deps.prisma.gameRound.update({ where: { id: row.id }, data: { result: row.result as object } });
    }

    // The same check from the command line, as support or a player's auditor would run it.
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/verify-round.ts', ids[3]!], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: config.DATABASE_URL },
    });
    expect(JSON.parse(stdout)).toMatchObject({ round_id: ids[3], verifiable: true, match: true });
    await expectLedgerInvariant(api.deps.prisma);
  });
});
