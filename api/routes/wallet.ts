import { Router } from 'express';
import { z } from 'zod';
import { getProfile } from '../../services/accounts/update-profile.ts';
import { listLedgerEntries } from '../../services/ledger/list-ledger-entries.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { createRouteBuilder } from '../http/route.ts';

const ZLedgerItem = z.object({
  id: z.string(),
  delta: z.number().int(),
  reason: z.string(),
  ref: z.string(),
  balance_after: z.number().int(),
  created_at: z.string(),
});

/** The player's gold: balance and ledger history. */
export function createWalletRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/wallet' });

  route({
    method: 'get',
    path: '/',
    summary: "The caller's gold balance",
    tags: ['wallet'],
    auth: 'user',
    responses: { 200: { description: 'Balance', schema: z.object({ balance: z.number().int() }) } },
    errors: ['not_found'],
    handler: async ({ req }) => ({ balance: (await getProfile(deps.prisma, authOf(req).sub)).gold_balance }),
  });

  route({
    method: 'get',
    path: '/ledger',
    summary: "The caller's ledger entries, newest first, cursor-paginated",
    tags: ['wallet'],
    auth: 'user',
    query: z.object({
      cursor: z.string().regex(/^\d{1,19}$/, 'must be an entry id').optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
    responses: {
      200: { description: 'A page of entries', schema: z.object({ items: z.array(ZLedgerItem), next_cursor: z.string().nullable() }) },
    },
    handler: ({ req, query }) => listLedgerEntries(deps.prisma, { userId: authOf(req).sub, cursor: query.cursor, limit: query.limit }),
  });

  return router;
}
