import { randomUUID } from 'node:crypto';
import { announceCrashRoundStarted, crashTickSpecOf } from './crash-ticks.ts';
import { hotQuery } from '../../lib/db/client.ts';
import { z } from 'zod';
import { isValidCashoutTarget } from '../../domain/games/crash.ts';
import { crashPointForSeeds } from '../../domain/games/verify.ts';
import { AppError } from '../../lib/errors.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { crashRoundWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { InsufficientFundsError } from '../ledger/apply-ledger-entry.ts';
import { announceBalance } from './announce-balance.ts';
import { assertBetInRange } from './bet-limits.ts';
import { crashRoundView, crashRowOfJson, settlementView, type CrashRoundJson, type CrashRoundRow } from './crash-round-view.ts';
import { recordedCrashSettlement } from './settle-crash-round.ts';
import { publishToUser } from '../../lib/realtime.ts';
import type { CrashDeps } from './deps.ts';
import { ensureGameConfigRegistered } from './game-config.ts';
import { getCrashRound } from './get-crash-round.ts';
import { playOnce, RoundExistsError } from './idempotent-play.ts';
import { readActiveSeed } from './round-seeds.ts';
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

type PlaceBetAnswer =
  | { status: 'placed'; balance: number; round: CrashRoundJson }
  | { status: 'round_active'; round_id: string }
  | { status: 'insufficient'; balance: number }
  | { status: 'nonce_taken' | 'not_found' | 'exists' };

/** Bets of one player racing for the same nonce retry at most this often (see runInstantRound). */
const MAX_ATTEMPTS = 50;

/**
 * Places a crash bet. The stake is taken HERE, before the workflow starts, in two round trips
 * to PostgreSQL: read the player's active seed pair and next nonce, draw the crash point from
 * them (domain/games), then one `crash_place_bet` statement that takes the nonce by
 * compare-and-set, refuses a second running round (409 round_active), debits the stake (409
 * insufficient_funds) and inserts the round (started now) and its fact. A nonce lost to another
 * round of the same player is retried from the read, invisibly. So every refusal is
 * synchronous and atomic, and the workflow is a pure timekeeper whose only write is the
 * settlement. The answer goes out at once, so the round's clock starts when the bet is
 * accepted, as the player sees it; the workflow is started (idempotently) beside it. If
 * Temporal refuses, the round is voided, the stake returned in one transaction and the player
 * told by a `crash_update` (status void). If this process dies between commit and start, the
 * player's next bet starts the missing workflow (startCrashRoundWorkflow is a no-op when it
 * runs), and it settles from the recorded start; a cashout meanwhile is paid by the API.
 */
export async function placeCrashBet(deps: CrashDeps, userId: string, input: CrashBetRequest, fixedRoundId?: string): Promise<CrashRoundView> {
  const crash = deps.games.config.crash;
  assertBetInRange(input.bet, crash);
  const autoCashout = input.auto_cashout ?? null;
  if (autoCashout !== null && !isValidCashoutTarget(autoCashout, crash)) {
    throw new AppError('invalid_auto_cashout', `auto_cashout must have at most 2 decimals and lie between ${crash.minCashout} and ${crash.maxMultiplier}`, {
      min: crash.minCashout,
      max: crash.maxMultiplier,
    });
  }
  await ensureGameConfigRegistered(deps.prisma, deps.games);
  let placed: { row: CrashRoundRow; balance: number } | undefined;
  for (let attempt = 1; !placed; attempt++) {
    const seeds = await readActiveSeed(deps.prisma, userId);
    const roundId = fixedRoundId ?? randomUUID();
    const fact = { roundId, userId, bet: input.bet, autoCashout };
    const rows = await hotQuery(deps.prisma)<{ r: PlaceBetAnswer }>`
      SELECT crash_place_bet(${roundId}::uuid, ${userId}::uuid, ${seeds.seedId}::uuid, ${seeds.nonce}::int, ${input.bet}::int,
        ${autoCashout}::numeric, ${crashPointForSeeds(seeds, crash)}::numeric, ${deps.games.hash}, ${crashRoundWorkflowId(roundId)},
        ${TOPICS.games}, ${JSON.stringify(fact)}::jsonb) AS r`;
    const answer = rows[0]!.r;
    switch (answer.status) {
      case 'placed':
        placed = { row: crashRowOfJson(answer.round), balance: answer.balance };
        break;
      case 'round_active': {
        // Repair on touch: a running round whose workflow never started (its API died) gets it now.
        const running = await deps.prisma.crashRound.findUnique({ where: { id: answer.round_id } });
        if (running) {
          await startCrashRoundWorkflow(deps, running).catch((e: Error) => deps.log?.warn({ err: e.message, roundId: running.id }, 'crash workflow repair failed'));
        }
        throw new AppError('round_active', 'You already have a crash round running; cash out or wait for it to end', { round_id: answer.round_id });
      }
      case 'insufficient':
        throw new InsufficientFundsError(answer.balance, -input.bet);
      case 'not_found':
        throw AppError.of('not_found', 'No such player');
      case 'exists':
        // A retry under the same Idempotency-Key lost the race: nothing was written; it answers the round that was placed.
        throw new RoundExistsError(roundId);
      case 'nonce_taken':
        if (attempt >= MAX_ATTEMPTS) throw new AppError('service_unavailable', 'Too many of your rounds at once; try again');
    }
  }
  // The round runs from its commit, and the answer does not wait for Temporal: cashouts are
  // judged and paid by the API, so the workflow is only the round's timer.
  void startOrVoid(deps, placed.row);
  const spec = crashTickSpecOf(placed.row, crash);
  await Promise.all([
    announceBalance(deps, userId, placed.balance),
    announceCrashRoundStarted(deps.redis, spec).catch((err: Error) =>
      deps.log?.warn({ err: err.message, roundId: spec.roundId }, 'crash_round_started not published: no ticks for this round'),
    ),
  ]);
  return crashRoundView(placed.row, crash, deps.config.CRASH_TICK_MS, { balance: placed.balance });
}

/**
 * Starts a placed round's workflow; if Temporal refuses, voids the round (stake returned, a
 * no-op when the player already cashed out) and pushes the void settlement to the player.
 * Never throws: it runs after the bet was answered.
 */
async function startOrVoid(deps: CrashDeps, row: CrashRoundRow): Promise<void> {
  try {
    await startCrashRoundWorkflow(deps, row);
  } catch (err) {
    deps.log?.error({ err, roundId: row.id }, 'crash workflow did not start; voiding the round');
    try {
      if (await voidCrashRound(deps, row.id)) {
        const settlement = await recordedCrashSettlement(deps, row.id);
        if (settlement) await publishToUser(deps.redis, row.userId, 'crash_update', settlementView(settlement));
      }
    } catch (voidErr) {
      // The round stays running: the player's next bet starts its workflow, a cashout pays it.
      deps.log?.error({ err: voidErr, roundId: row.id }, 'crash round neither started nor voided');
    }
  }
}

/**
 * A crash bet under an optional Idempotency-Key: a retry with the same key, bet and
 * auto_cashout answers the round that was placed (running or over; a running round whose
 * workflow never started gets it now), anything else is 422 `idempotency_key_reused`. Checked
 * before the one-running-round rule, so the retry of a running round is not a 409.
 */
export function placeCrashBetOnce(deps: CrashDeps, userId: string, input: CrashBetRequest, idempotencyKey: string | undefined): Promise<{ view: CrashRoundView; replayed: boolean }> {
  return playOnce(deps.prisma, {
    userId,
    game: 'crash',
    idempotencyKey,
    sameRequest: (stored) => stored.kind === 'crash' && stored.bet === input.bet && stored.autoCashout === (input.auto_cashout ?? null),
    replay: async (stored) => {
      const roundId = stored.kind === 'crash' ? stored.roundId : '';
      const row = await deps.prisma.crashRound.findFirst({ where: { id: roundId, userId } });
      if (row?.status === 'running') {
        await startCrashRoundWorkflow(deps, row).catch((e: Error) => deps.log?.warn({ err: e.message, roundId }, 'crash workflow repair failed'));
      }
      return getCrashRound(deps, userId, roundId);
    },
    play: (roundId) => placeCrashBet(deps, userId, input, roundId),
  });
}
