/**
 * Seconds a runner starting from rest has lost, after `d` metres, against one already running
 * at `speed` m/s, in Keller's model `d(t) = speed·(t − τ·(1 − e^(−t/τ)))`. Grows from 0 at the
 * gun towards τ; increasing in `d`.
 */
export function startLoss(d: number, speed: number, tau: number): number {
  if (d <= 0 || tau <= 0 || speed <= 0) return 0;
  // Newton from the asymptote t = d/v + τ, which lies above the root of a convex, increasing
  // function: the iterates fall monotonically onto it.
  let t = d / speed + tau;
  for (let i = 0; i < 50; i += 1) {
    const decay = Math.exp(-t / tau);
    const f = speed * (t - tau * (1 - decay)) - d;
    const slope = speed * (1 - decay);
    if (slope <= 0) break;
    const next = t - f / slope;
    if (Math.abs(next - t) < 1e-12) {
      t = next;
      break;
    }
    t = next;
  }
  return Math.min(tau, Math.max(0, t - d / speed));
}
