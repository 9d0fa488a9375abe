// `npx tsx scripts/verify-round.ts`: recomputes a game round from its seeds, outside the API.
//
//   From the database (DATABASE_URL), with the config the round was played under:
//     npx tsx scripts/verify-round.ts <round_id>
//   Offline, from seeds alone (anyone can do this once the server seed is revealed):
//     npx tsx scripts/verify-round.ts --game slots --server-seed <64 hex> --client-seed <seed> --nonce <n> --bet <gold>
//       rps:   --choice rock|paper|scissors
//       gacha: --count 1|10 --pity <pulls since last Legendary> [--pools '{"Legendary":0}']
//       crash: [--cashout <multiplier>]
//       any:   [--config '<GAME_CONFIG JSON overrides>'] (default: the shipped config)
//
// Prints JSON. Exit code 0: recomputed (and, from the database, matching); 1: a mismatch;
// 2: bad usage, unknown round, or a seed not revealed yet.
import { parseArgs } from 'node:util';
import { hashServerSeed } from '../domain/games/fairness.ts';
import { verifyRound, ZVerifyRoundInput } from '../domain/games/verify.ts';
import { createPrisma } from '../lib/db/client.ts';
import { AppError } from '../lib/errors.ts';
import { loadGameConfig } from '../services/games/game-config.ts';
import { verifyGameRound } from '../services/games/verify-game-round.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    game: { type: 'string' },
    'server-seed': { type: 'string' },
    'client-seed': { type: 'string' },
    nonce: { type: 'string' },
    bet: { type: 'string' },
    choice: { type: 'string' },
    count: { type: 'string' },
    pity: { type: 'string' },
    pools: { type: 'string' },
    cashout: { type: 'string' },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const out = (value: unknown): void => void process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
const fail = (message: string): never => {
  process.stderr.write(`verify-round: ${message}\n`);
  process.exit(2);
};
const usage = 'usage: verify-round.ts <round_id> | --game <slots|rps|gacha|crash> --server-seed <hex> --client-seed <seed> --nonce <n> [--bet ...] (see the comment at the top)';

if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

const games = (() => {
  try {
    return loadGameConfig(values.config ?? process.env.GAME_CONFIG ?? '{}');
  } catch (err) {
    return fail((err as Error).message);
  }
})();

if (positionals.length === 1 && !values.game) {
  const url = process.env.DATABASE_URL ?? fail('DATABASE_URL is required to verify a stored round');
  const prisma = createPrisma(url, 2);
  try {
    const result = await verifyGameRound({ prisma, games }, { roundId: positionals[0]!, userId: '', isAdmin: true });
    out(result);
    process.exitCode = !result.verifiable ? 2 : result.match ? 0 : 1;
  } catch (err) {
    if (err instanceof AppError) fail(err.message);
    throw err;
  } finally {
    await prisma.$disconnect();
  }
} else if (values.game && positionals.length === 0) {
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const params: Record<string, unknown> = { bet: num(values.bet) };
  if (values.game === 'rps') params.choice = values.choice;
  if (values.game === 'gacha') {
    delete params.bet;
    params.count = num(values.count);
    params.pityCounter = num(values.pity ?? '0');
    if (values.pools) params.poolStock = JSON.parse(values.pools);
  }
  if (values.game === 'crash' && values.cashout) params.cashoutAt = num(values.cashout);
  const input = ZVerifyRoundInput.safeParse({
    game: values.game,
    serverSeed: values['server-seed'],
    clientSeed: values['client-seed'],
    nonce: num(values.nonce),
    params,
  });
  if (!input.success) fail(input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const verified = verifyRound(input.data!, games.config);
  out({ ...verified, serverSeedHash: hashServerSeed(input.data!.serverSeed) });
} else {
  fail(usage);
}
