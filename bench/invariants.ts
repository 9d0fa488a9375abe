// The invariants every benchmark run ends with: never negative, balance = sum of entries, no
// double grant, no oversell. A benchmark that breaks one measured nothing worth keeping.
import pg from 'pg';

/** One broken invariant: what it is and a few offending rows. */
export interface BrokenInvariant {
  invariant: string;
  rows: unknown[];
}

const CHECKS: { invariant: string; sql: string }[] = [
  { invariant: 'no balance below zero', sql: 'SELECT id, gold_balance FROM users WHERE gold_balance < 0 LIMIT 5' },
  {
    invariant: 'every balance equals the sum of its entries',
    sql: `SELECT u.id, u.gold_balance, COALESCE(SUM(l.delta), 0)::bigint AS ledger_sum
          FROM users u LEFT JOIN ledger_entries l ON l.user_id = u.id
          GROUP BY u.id HAVING u.gold_balance <> COALESCE(SUM(l.delta), 0) LIMIT 5`,
  },
  {
    invariant: 'no purchase granted twice',
    sql: `SELECT ref, count(*)::int AS grants FROM ledger_entries WHERE reason = 'purchase' GROUP BY ref HAVING count(*) > 1 LIMIT 5`,
  },
  {
    invariant: 'every successful purchase granted once, no other purchase granted',
    sql: `SELECT p.receipt_code, p.status, count(l.id)::int AS grants
          FROM purchases p LEFT JOIN ledger_entries l ON l.reason = 'purchase' AND l.ref = p.receipt_code
          GROUP BY p.receipt_code, p.status
          HAVING count(l.id) <> CASE WHEN p.status IN ('success', 'refunded') THEN 1 ELSE 0 END LIMIT 5`,
  },
  {
    invariant: 'no limited package oversold (units left + held + sold = stock)',
    sql: `SELECT p.code, p.stock_total, p.stock_left,
                 (SELECT count(*) FROM limited_holds h WHERE h.package_code = p.code AND h.status IN ('held', 'checking_out', 'sold'))::int AS committed
          FROM limited_packages p
          WHERE p.stock_left < 0 OR p.stock_left + (SELECT count(*) FROM limited_holds h WHERE h.package_code = p.code AND h.status IN ('held', 'checking_out', 'sold')) <> p.stock_total
          LIMIT 5`,
  },
];

/** Checks every invariant on the benchmark's database; answers the broken ones (none: all hold). */
export async function checkInvariants(databaseUrl: string): Promise<BrokenInvariant[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const broken: BrokenInvariant[] = [];
    for (const check of CHECKS) {
      const { rows } = await client.query(check.sql);
      if (rows.length > 0) broken.push({ invariant: check.invariant, rows });
    }
    return broken;
  } finally {
    await client.end();
  }
}

/** Throws when an invariant is broken; otherwise answers the line the documentation records. */
export async function assertInvariants(databaseUrl: string): Promise<string> {
  const broken = await checkInvariants(databaseUrl);
  if (broken.length > 0) throw new Error(`invariants broken after the run: ${JSON.stringify(broken)}`);
  return `Checked after the run: ${CHECKS.map((c) => c.invariant).join('; ')}.`;
}
