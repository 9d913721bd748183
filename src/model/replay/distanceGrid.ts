/**
 * The distances at which the replay samples every trajectory, metres from the start: 0, the
 * distance, every distance a fact names (`required`), a step of about 1/400 of the race, and
 * a 2 m step (or finer for short races) over the last 400 m, where the chart looks closest.
 */
export function distanceGrid(distance: number, required: readonly number[] = []): Float64Array {
  const coarse = Math.min(50, Math.max(0.5, distance / 400));
  const fine = Math.min(coarse, 2);
  const fineFrom = Math.max(0, distance - 400);
  const points: number[] = [0, distance];
  for (let d = coarse; d < fineFrom; d += coarse) points.push(d);
  for (let d = fineFrom; d < distance; d += fine) points.push(d);
  for (const d of required) if (d > 0 && d < distance) points.push(d);
  points.sort((a, b) => a - b);
  // Points closer than a centimetre are one point; keep the required and end values exact.
  const grid: number[] = [];
  for (const d of points) {
    const rounded = Math.round(d * 1000) / 1000;
    const previous = grid[grid.length - 1];
    if (previous === undefined || rounded - previous >= 0.01) grid.push(rounded);
    else if (rounded === distance) grid[grid.length - 1] = distance;
  }
  return Float64Array.from(grid);
}
