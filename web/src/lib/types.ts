/** A player's profile as `GET /api/auth/me` returns it (the one profile read). */
export interface Profile {
  id: string;
  login_id: string;
  nickname: string;
  phone: string | null;
  role: 'STANDARD' | 'VIP' | 'ADMIN';
  vip_points: number;
  gold_balance: number;
  created_at: string;
}

/** The token pair login, signup and refresh answer with; only the web server ever holds it. */
export interface Tokens {
  access_token: string;
  refresh_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_expires_at: string;
}

/** What signup and login answer with. */
export interface AuthResult {
  user: Profile;
  tokens: Tokens;
}

/** One append-only change of gold, as the ledger lists it (newest first). */
export interface LedgerEntry {
  id: string;
  delta: number;
  reason: string;
  ref: string | null;
  balance_after: number;
  created_at: string;
}

/** One page of the ledger; `next_cursor` is null on the last page. */
export interface LedgerPage {
  items: LedgerEntry[];
  next_cursor: string | null;
}
