// Live updates in the browser: the player's server-sent events through this site's own
// `/events` (the web server holds the token and proxies the API's stream), with a polling
// fallback (`/events/poll` every 3 s) while the stream is down. The layout creates one
// `Live` per page tree and shares it through context; pages read its runes state.
import { getContext, setContext, untrack } from 'svelte';
import type { LiveSnapshot, Purchase } from './types';

const CONTEXT_KEY = Symbol('live');
/** How often the fallback polls while the stream is down. */
const POLL_MS = 3_000;
/** How long to wait before opening a new stream after the browser gave up on one. */
const RECONNECT_MS = 10_000;
/** After a purchase completes, how long to wait for its `profile_update` before asking for the balance. */
const BALANCE_GRACE_MS = 1_500;

/** `live`: the stream is open; `polling`: it is down and the fallback polls; `off`: not started. */
export type LiveMode = 'off' | 'connecting' | 'live' | 'polling';

/** The later of two views of the same purchase (statuses only move forward). */
export function fresher(a: Purchase, b: Purchase | undefined | null): Purchase {
  if (!b || b.receipt_code !== a.receipt_code) return a;
  const at = Date.parse(a.updated_at);
  const bt = Date.parse(b.updated_at);
  if (bt > at) return b;
  if (bt < at) return a;
  const rank = (p: Purchase) => (p.status === 'pending' ? 0 : p.status === 'refunded' ? 2 : 1);
  return rank(b) > rank(a) ? b : a;
}

/** The `data:` of an event: the API wraps payloads as `{ type, data, at }`. */
function payload(raw: string): unknown {
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (parsed && typeof parsed === 'object' && 'data' in parsed) return (parsed as { data: unknown }).data;
    return parsed;
  } catch {
    return undefined;
  }
}

function isPurchase(value: unknown): value is Purchase {
  return !!value && typeof value === 'object' && typeof (value as Purchase).receipt_code === 'string' && typeof (value as Purchase).status === 'string';
}

export class Live {
  /** Whether updates arrive by stream, by polling, or not at all. */
  mode = $state<LiveMode>('off');
  /** The newest known gold balance; null until the page's data or an update gives one. */
  balance = $state<number | null>(null);
  /** Counts balances that arrived as updates (not from page data), so a page can tell one landed. */
  balanceUpdates = $state(0);
  /** The latest known state of each purchase an update mentioned, by receipt code. */
  purchases = $state<Record<string, Purchase>>({});

  #source: EventSource | null = null;
  #pollTimer: ReturnType<typeof setTimeout> | null = null;
  #reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  #balanceTimer: ReturnType<typeof setTimeout> | null = null;
  #watched = new Map<string, number>();
  #polling = 0;
  #handlers = new Map<string, Set<(data: unknown) => void>>();

  /** Opens the stream (browser only); safe to call again, also from an effect. */
  start(): void {
    if (typeof window === 'undefined') return;
    untrack(() => {
      if (this.mode === 'off') this.#connect();
    });
  }

  /** Closes the stream and stops polling. */
  stop(): void {
    untrack(() => this.#stop());
  }

  #stop(): void {
    this.mode = 'off';
    this.#source?.close();
    this.#source = null;
    for (const timer of [this.#pollTimer, this.#reconnectTimer, this.#balanceTimer]) if (timer) clearTimeout(timer);
    this.#pollTimer = this.#reconnectTimer = this.#balanceTimer = null;
  }

  /** The balance as the page's own data has it (a fresh load); it replaces whatever came before. */
  seedBalance(balance: number | null): void {
    this.balance = balance;
  }

  /**
   * Asks for updates of one purchase, also while polling; returns the function that stops
   * asking (use it as an `$effect` cleanup).
   */
  watch(receipt: string): () => void {
    this.#watched.set(receipt, (this.#watched.get(receipt) ?? 0) + 1);
    return () => {
      const count = (this.#watched.get(receipt) ?? 1) - 1;
      if (count <= 0) this.#watched.delete(receipt);
      else this.#watched.set(receipt, count);
    };
  }

  /**
   * Calls `handler` with the payload of every `type` event the stream brings (e.g. the games'
   * `crash_tick` and `crash_update`); returns the function that stops (an `$effect` cleanup).
   * Stream only: the polling fallback does not replay these, so a page must not depend on them.
   */
  on(type: string, handler: (data: unknown) => void): () => void {
    let handlers = this.#handlers.get(type);
    if (!handlers) {
      handlers = new Set();
      this.#handlers.set(type, handlers);
      if (this.#source) this.#forward(this.#source, type);
    }
    handlers.add(handler);
    return () => handlers.delete(handler);
  }

  #forward(source: EventSource, type: string): void {
    source.addEventListener(type, (event) => {
      if (this.#source !== source) return;
      const data = payload((event as MessageEvent<string>).data);
      for (const handler of this.#handlers.get(type) ?? []) handler(data);
    });
  }

  /** Asks for the balance now (e.g. a page saw a purchase complete but no balance since); it counts as an update. */
  refreshBalance(): void {
    if (typeof window === 'undefined') return;
    void this.#pollOnce(true);
  }

  /** The freshest known state of a purchase: the given one or a newer update. */
  purchase(initial: Purchase): Purchase {
    return fresher(initial, this.purchases[initial.receipt_code]);
  }

  #connect(): void {
    this.mode = 'connecting';
    const source = new EventSource('/events');
    this.#source = source;
    for (const type of this.#handlers.keys()) this.#forward(source, type);
    source.addEventListener('ready', () => {
      if (this.#source !== source) return;
      this.mode = 'live';
      this.#stopPolling();
      // Anything that changed while the stream was down (or before it opened) is caught up once.
      void this.#pollOnce();
    });
    source.addEventListener('profile_update', (event) => {
      const data = payload((event as MessageEvent<string>).data) as { gold_balance?: unknown } | undefined;
      if (typeof data?.gold_balance === 'number') this.#landBalance(data.gold_balance);
    });
    source.addEventListener('purchase_update', (event) => {
      const data = payload((event as MessageEvent<string>).data);
      if (isPurchase(data)) this.#applyPurchase(data);
    });
    source.onerror = () => {
      if (this.#source !== source) return;
      // The browser retries by itself while CONNECTING; once CLOSED (an error answer) it gave up.
      this.mode = 'polling';
      this.#startPolling();
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        this.#source = null;
        this.#reconnectTimer = setTimeout(() => {
          this.#reconnectTimer = null;
          if (this.mode !== 'off') this.#connect();
        }, RECONNECT_MS);
      }
    };
  }

  #landBalance(balance: number): void {
    this.balance = balance;
    this.balanceUpdates += 1;
    if (this.#balanceTimer) clearTimeout(this.#balanceTimer);
    this.#balanceTimer = null;
  }

  #applyPurchase(update: Purchase): void {
    const known = this.purchases[update.receipt_code];
    const next = known ? fresher(known, update) : update;
    const completed = (!known || known.status !== next.status) && (next.status === 'success' || next.status === 'refunded');
    this.purchases[update.receipt_code] = next;
    // A grant (or refund) changes the balance; if its profile_update is late or lost, ask.
    if (completed && !this.#balanceTimer) {
      this.#balanceTimer = setTimeout(() => {
        this.#balanceTimer = null;
        void this.#pollOnce(true);
      }, BALANCE_GRACE_MS);
    }
  }

  #startPolling(): void {
    if (this.#pollTimer || this.mode === 'off') return;
    this.#pollTimer = setTimeout(async () => {
      await this.#pollOnce();
      this.#pollTimer = null;
      if (this.mode === 'polling' || this.mode === 'connecting') this.#startPolling();
    }, POLL_MS);
  }

  #stopPolling(): void {
    if (this.#pollTimer) clearTimeout(this.#pollTimer);
    this.#pollTimer = null;
  }

  /** One poll: the balance and every watched purchase. `landed` counts the balance as an update even if unchanged. */
  async #pollOnce(landed = false): Promise<void> {
    // Regular polls never overlap; an explicit balance request always goes out.
    if (this.#polling > 0 && !landed) return;
    this.#polling += 1;
    try {
      const query = new URLSearchParams();
      for (const receipt of this.#watched.keys()) query.append('receipt', receipt);
      const res = await fetch(`/events/poll${query.size ? `?${query}` : ''}`, { headers: { accept: 'application/json' } });
      if (!res.ok) return;
      const snapshot = (await res.json()) as LiveSnapshot;
      for (const purchase of snapshot.purchases) this.#applyPurchase(purchase);
      if (typeof snapshot.gold_balance === 'number' && (landed || snapshot.gold_balance !== this.balance)) {
        this.#landBalance(snapshot.gold_balance);
      }
    } catch {
      // Offline or the web server restarting: the next poll tries again.
    } finally {
      this.#polling -= 1;
    }
  }
}

/** Creates the page tree's live updates (in the root layout). */
export function setLive(live: Live): Live {
  return setContext(CONTEXT_KEY, live);
}

/** The live updates the root layout created. */
export function getLive(): Live {
  const live = getContext<Live | undefined>(CONTEXT_KEY);
  if (!live) throw new Error('getLive() outside the root layout');
  return live;
}
