// Shapes of the engagement API (events, missions, streak, VIP) as the web app reads them,
// taken from the generated OpenAPI types (`npm run api-types` rewrites $lib/api/schema.d.ts).
import type { paths } from '$lib/api/schema';

/** The JSON body of a path's answer with the given status. */
type Answer<P extends keyof paths, M extends keyof paths[P], S extends number = 200> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

export type EngagementEvent = Answer<'/api/events/{code}', 'get'>;
export type Participation = NonNullable<EngagementEvent['participation']>;
export type ProgressItem = Participation['progress'][number];
export type ParticipationStatus = Participation['status'];
export type AdminEvent = Answer<'/api/admin/events/{code}', 'put'>;
export type ParticipantsPage = Answer<'/api/admin/events/{code}/participants', 'get'>;
export type ClaimAnswer = Answer<'/api/events/{code}/claim', 'post'>;
export type StreakView = Answer<'/api/rewards/streak', 'get'>;
export type VipView = Answer<'/api/rewards/vip', 'get'>;

/** `event_progress` / `reward_claimable` payloads (pushed over the event stream, not in the OpenAPI document). */
export interface ProgressUpdate {
  kind: 'event' | 'mission';
  code: string;
  workflow_id: string;
  status: ParticipationStatus;
  progress: ProgressItem[];
  rounds_counted: number;
}

/** Human words for a requirement key. */
export function requirementLabel(key: string): string {
  if (key.startsWith('plays_by_game.')) return `${key.slice('plays_by_game.'.length)} rounds`;
  return (
    { total_plays: 'Rounds played', wins: 'Wins', total_wagered: 'Gold wagered', crash_cashouts_at_or_above_2x: 'Crash cash-outs at 2x+' } as Record<string, string>
  )[key] ?? key;
}
