// The crash curve in the browser: the same formula the server decides with
// (domain/games/crash.ts), so the rising number matches what a cashout would pay.
import type { CrashCurve } from './types';

/** The multiplier at an elapsed time: floor(100·e^(k·t))/100, t in whole ms. */
export function multiplierAt(elapsedMs: number, curve: Pick<CrashCurve, 'growth_per_second'>): number {
  const ms = Math.max(0, Math.floor(elapsedMs));
  return Math.floor(100 * Math.exp((curve.growth_per_second * ms) / 1000)) / 100;
}

/**
 * SVG paths (viewBox 0 0 `width` `height`) of the curve from 0 to `elapsedMs` and of the area
 * under it, scaled so the whole flight fits: at least 8 s wide and 2× tall.
 */
export function curvePaths(elapsedMs: number, curve: Pick<CrashCurve, 'growth_per_second'>, width: number, height: number): { line: string; area: string } {
  const spanMs = Math.max(8_000, elapsedMs * 1.15);
  const top = Math.max(2, multiplierAt(elapsedMs, curve) * 1.15);
  const steps = 48;
  const points: string[] = [];
  let lastX = 0;
  for (let i = 0; i <= steps; i++) {
    const t = (elapsedMs * i) / steps;
    const m = Math.exp((curve.growth_per_second * t) / 1000);
    lastX = (t / spanMs) * width;
    const y = height - ((m - 1) / (top - 1)) * height;
    points.push(`${i === 0 ? 'M' : 'L'}${lastX.toFixed(1)},${y.toFixed(1)}`);
  }
  const line = points.join(' ');
  return { line, area: `${line} L${lastX.toFixed(1)},${height} L0,${height} Z` };
}
