/**
 * Public surface of the game rules for the API and activities.
 *
 * Workflow code must import './crash.ts' (and, if needed, './payout.ts' or './random.ts')
 * directly: this index also re-exports fairness.ts and verify.ts, which use node:crypto and
 * would break the Temporal workflow sandbox.
 */
export * from './config.ts';
export * from './crash.ts';
export * from './fairness.ts';
export * from './gacha.ts';
export * from './payout.ts';
export * from './random.ts';
export * from './rps.ts';
export * from './slots.ts';
export * from './verify.ts';
