// VIP tiers by points and the daily VIP claim that scales with them.

/** A VIP tier: from how many points, and what the daily claim pays. */
export interface VipTier {
  name: 'silver' | 'gold' | 'platinum';
  minPoints: number;
  dailyGold: number;
}

/** The three tiers, lowest first. A VIP below the first threshold (an operator's promotion) is silver. */
export const VIP_TIERS: readonly VipTier[] = [
  { name: 'silver', minPoints: 0, dailyGold: 300 },
  { name: 'gold', minPoints: 5_000, dailyGold: 700 },
  { name: 'platinum', minPoints: 20_000, dailyGold: 1_500 },
];

/** The tier of a points total. */
export function tierOf(points: number): VipTier {
  let tier = VIP_TIERS[0]!;
  for (const t of VIP_TIERS) if (points >= t.minPoints) tier = t;
  return tier;
}

/** The next tier above a points total, or null at the top. */
export function nextTierOf(points: number): VipTier | null {
  return VIP_TIERS.find((t) => t.minPoints > points) ?? null;
}
