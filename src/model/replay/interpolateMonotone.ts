/**
 * Monotone cubic (Fritsch–Carlson, "PCHIP") interpolation of the points (xs[i], ys[i]),
 * evaluated at every `at` value. `xs` strictly increasing. Between two points the curve stays
 * within their values (no overshoot) and its slope is continuous, which is why trajectory
 * corrections use it: a correction never bulges past the facts it joins, and speeds have no
 * jumps. Outside [xs[0], xs[last]] the end values hold.
 */
export function interpolateMonotone(
  xs: readonly number[],
  ys: readonly number[],
  at: Float64Array,
): Float64Array {
  const n = xs.length;
  const out = new Float64Array(at.length);
  if (n === 0) return out;
  if (n === 1) return out.fill(ys[0]!);
  const slopes = tangents(xs, ys);
  let i = 0;
  for (let k = 0; k < at.length; k += 1) {
    const x = at[k]!;
    if (x <= xs[0]!) {
      out[k] = ys[0]!;
      continue;
    }
    if (x >= xs[n - 1]!) {
      out[k] = ys[n - 1]!;
      continue;
    }
    while (i < n - 2 && x > xs[i + 1]!) i += 1;
    while (i > 0 && x < xs[i]!) i -= 1;
    const h = xs[i + 1]! - xs[i]!;
    const s = (x - xs[i]!) / h;
    const s2 = s * s;
    const s3 = s2 * s;
    out[k] =
      (2 * s3 - 3 * s2 + 1) * ys[i]! +
      (s3 - 2 * s2 + s) * h * slopes[i]! +
      (-2 * s3 + 3 * s2) * ys[i + 1]! +
      (s3 - s2) * h * slopes[i + 1]!;
  }
  return out;
}

function tangents(xs: readonly number[], ys: readonly number[]): Float64Array {
  const n = xs.length;
  const secants = new Float64Array(n - 1);
  for (let i = 0; i < n - 1; i += 1) secants[i] = (ys[i + 1]! - ys[i]!) / (xs[i + 1]! - xs[i]!);
  const m = new Float64Array(n);
  m[0] = secants[0]!;
  m[n - 1] = secants[n - 2]!;
  for (let i = 1; i < n - 1; i += 1) {
    const a = secants[i - 1]!;
    const b = secants[i]!;
    if (a * b <= 0) {
      m[i] = 0;
    } else {
      // Weighted harmonic mean (Fritsch–Butland): keeps the interpolant monotone.
      const h0 = xs[i]! - xs[i - 1]!;
      const h1 = xs[i + 1]! - xs[i]!;
      const w1 = 2 * h1 + h0;
      const w2 = h1 + 2 * h0;
      m[i] = (w1 + w2) / (w1 / a + w2 / b);
    }
  }
  return m;
}
