// Shapes of the engagement API (events, missions, streak, VIP) as the web app reads them.
// They mirror the API's zod response schemas (services/engagement/views.ts, services/rewards/).

export interface ProgressItem {
  key: string;
  current: number;
  target: number;
}

export type ParticipationStatus = 'active' | 'completed' | 'claimed' | 'expired' | 'closed';

export interface Participation {
  workflow_id: string;
  period: string;
  status: ParticipationStatus;
  progress: ProgressItem[];
  rounds_counted: number;
  joined_at: string;
  ends_at: string;
  completed_at: string | null;
  claimed_at: string | null;
  claimable_until: string | null;
}

export interface EngagementEvent {
  code: string;
  kind: 'event' | 'mission';
  title: string;
  description: string;
  starts_at: string;
  ends_at: string;
  priority: number;
  reset: 'none' | 'daily' | 'weekly';
  requirements: Record<string, unknown>;
  rewards: { gold: number; vip_points: number };
  period: string;
  participation: Participation | null;
}

export interface AdminEvent extends Omit<EngagementEvent, 'participation' | 'period'> {
  is_active: boolean;
  participants: number;
  completed: number;
  claimed: number;
  created_at: string;
  updated_at: string;
}

export interface Participant extends Participation {
  user_id: string;
  nickname: string;
}

export interface ClaimAnswer {
  workflow_id: string;
  gold: number;
  vip_points: number;
  balance: number;
  ledger_entry_id: string;
  claimed_at: string;
}

/** `event_progress` / `reward_claimable` payloads. */
export interface ProgressUpdate {
  kind: 'event' | 'mission';
  code: string;
  workflow_id: string;
  status: ParticipationStatus;
  progress: ProgressItem[];
  rounds_counted: number;
}

export interface StreakView {
  today: string;
  current_streak: number;
  claimed_today: boolean;
  protection_enabled: boolean;
  protection_available: boolean;
  xp: number;
  next_reward: { day: number; gold: number; xp: number; on: string };
  calendar: { month: string; days: { date: string; claimed: boolean; gold: number; streak_day: number | null; protected: boolean }[] };
}

export interface VipTier {
  name: 'silver' | 'gold' | 'platinum';
  min_points: number;
  daily_gold: number;
}

export interface VipView {
  role: 'STANDARD' | 'VIP' | 'ADMIN';
  is_vip: boolean;
  vip_points: number;
  tier: VipTier;
  next_tier: VipTier | null;
  points_to_next_tier: number | null;
  tiers: VipTier[];
  today: string;
  claimed_today: boolean;
  can_claim: boolean;
}

/** Human words for a requirement key. */
export function requirementLabel(key: string): string {
  if (key.startsWith('plays_by_game.')) return `${key.slice('plays_by_game.'.length)} rounds`;
  return (
    { total_plays: 'Rounds played', wins: 'Wins', total_wagered: 'Gold wagered', crash_cashouts_at_or_above_2x: 'Crash cash-outs at 2x+' } as Record<string, string>
  )[key] ?? key;
}
