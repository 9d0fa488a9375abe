import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isValidCashoutTarget } from '../../domain/games/crash.ts';
import { crashPointForSeeds } from '../../domain/games/verify.ts';
import { AppError } from '../../lib/errors.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { writeOutbox } from '../../lib/outbox.ts';
import { crashRoundWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { applyLedgerEntry } from '../ledger/apply-ledger-entry.ts';
import { announceBalance } from './announce-balance.ts';
import { assertBetInRange } from './bet-limits.ts';
import { crashRoundView, type CrashRoundRow } from './crash-round-view.ts';
import type { CrashDeps } from './deps.ts';
import { ensureGameConfigRegistered } from './game-config.ts';
import { takeRoundSeeds } from './round-seeds.ts';
import { startCrashRoundWorkflow } from './start-crash-round-workflow.ts';
import type { CrashRoundView } from './views.ts';
import { voidCrashRound } from './void-crash-round.ts';

/** Body of `POST /api/games/crash/bet`. */
export const ZCrashBetRequest = z.object({
  bet: z.number().int().positive(),
  auto_cashout: z
    .number()
    .positive()
    .nullable()
    .optional()
    .describe('Cash out by itself at this multiplier (2 decimals, between the minimum cashout and the cap)'),
});
export type CrashBetRequest = z.infer<typeof ZCrashBetRequest>;

/** The player already has a running round: 409 `round_active` with its id. */
class RoundActiveError extends AppError {
  constructor(readonly round: CrashRoundRow) {
    super('round_active', 409, 'You already have a crash round running; cash out or wait for it to end', { round_id: round.id });
  }
}

/**
 * Places a crash bet. The stake is taken HERE, in the API's transaction, before the workflow
 * starts: one transaction takes the next nonce (locking the player's seed row), refuses a
 * second running round (409 round_active), debits the stake (409 insufficient_funds), draws the
 * crash point from the seeds and inserts the round. So every refusal is synchronous and
 * atomic, and the workflow is a pure timekeeper whose only write is the settlement. Then the
 * workflow is started (idempotently); if Temporal refuses, the round is voided and the stake
 * returned in one transaction (503). If this process dies between commit and start, the next
 * bet or cashout of the player starts the missing workflow (startCrashRoundWorkflow is a no-op
 * when it runs), and it settles from the recorded start time.
 */
export async function placeCrashBet(deps: CrashDeps, userId: string, input: CrashBetRequest): Promise<CrashRoundView> {
  const crash = deps.games.config.crash;
  assertBetInRange(input.bet, crash);
  const autoCashout = input.auto_cashout ?? null;
  if (autoCashout !== null && !isValidCashoutTarget(autoCashout, crash)) {
    throw new AppError('invalid_auto_cashout', 422, `auto_cashout must have at most 2 decimals and lie between ${crash.minCashout} and ${crash.maxMultiplier}`, {
      min: crash.minCashout,
      max: crash.maxMultiplier,
    });
  }
  await ensureGameConfigRegistered(deps.prisma, deps.games);
  const roundId = randomUUID();
  let placed: { row: CrashRoundRow; balance: number };
  try {
    placed = await deps.prisma.$transaction(
      async (tx) => {
        const seeds = await takeRoundSeeds(tx, userId);
        const running = await tx.crashRound.findFirst({ where: { userId, status: 'running' } });
        if (running) throw new RoundActiveError(running);
        const debit = await applyLedgerEntry(tx, { userId, delta: -input.bet, reason: 'game_bet', ref: roundId, meta: { game: 'crash' } });
        const row = await tx.crashRound.create({
          data: {
            id: roundId,
            userId,
            bet: input.bet,
            autoCashout,
            crashPoint: crashPointForSeeds(seeds, crash),
            seedId: seeds.seedId,
            serverSeedHash: seeds.serverSeedHash,
            clientSeed: seeds.clientSeed,
            nonce: seeds.nonce,
            configHash: deps.games.hash,
            workflowId: crashRoundWorkflowId(roundId),
            startedAt: new Date(),
          },
        });
        await writeOutbox(tx, {
          topic: TOPICS.games,
          type: 'game.crash_bet_placed',
          key: userId,
          payload: { roundId, userId, bet: input.bet, autoCashout, startedAt: row.startedAt.toISOString() },
        });
        return { row, balance: debit.balance };
      },
      { maxWait: 30_000, timeout: 30_000 },
    );
  } catch (err) {
    if (err instanceof RoundActiveError) {
      // Repair on touch: a running round whose workflow never started (its API died) gets it now.
      await startCrashRoundWorkflow(deps, err.round).catch((e: Error) => deps.log?.warn({ err: e.message, roundId: err.round.id }, 'crash workflow repair failed'));
    }
    throw err;
  }
  try {
    await startCrashRoundWorkflow(deps, placed.row);
  } catch (err) {
    deps.log?.error({ err, roundId }, 'crash workflow did not start; voiding the round');
    const voided = await voidCrashRound(deps, roundId);
    throw new AppError('service_unavailable', 503, 'The round could not be started; your stake was returned', { round_id: roundId, balance: voided?.balance });
  }
  await announceBalance(deps, userId, placed.balance);
  return crashRoundView(placed.row, crash, deps.config.CRASH_TICK_MS, { balance: placed.balance });
}
