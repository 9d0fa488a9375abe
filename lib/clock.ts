import type { Config } from './config.ts';

/**
 * "Now" for the daily rewards (streak and VIP claim days): the real time shifted by
 * REWARDS_CLOCK_OFFSET_SECONDS, read per call so tests move days through configuration.
 */
export function rewardsNow(config: Pick<Config, 'REWARDS_CLOCK_OFFSET_SECONDS'>): Date {
  return new Date(Date.now() + config.REWARDS_CLOCK_OFFSET_SECONDS * 1_000);
}
