/**
 * Spreads labels of width `size` along a line so that none overlap, each as close as it can be to
 * where it wants to be: overlapping labels join a cluster laid side by side around the mean of
 * their wanted positions, and clusters that then overlap merge, until none do. The result stays
 * within [min, max] when the labels fit. Returns the centre of each label, in input order.
 */
export function spreadLabels(wanted: readonly number[], size: number, min: number, max: number): number[] {
  const order = wanted.map((x, i) => ({ x, i })).sort((p, q) => p.x - q.x || p.i - q.i);
  interface Cluster {
    items: number[];
    sum: number;
    start: number;
  }
  const place = (c: Cluster): void => {
    const width = c.items.length * size;
    const centre = c.sum / c.items.length;
    c.start = Math.min(Math.max(centre - width / 2, min), Math.max(min, max - width));
  };
  const clusters: Cluster[] = [];
  for (const { x, i } of order) {
    const c: Cluster = { items: [i], sum: x, start: 0 };
    place(c);
    clusters.push(c);
    // Merge backwards while the new cluster overlaps the one before it.
    for (;;) {
      const last = clusters.at(-1);
      const prev = clusters.at(-2);
      if (!last || !prev || prev.start + prev.items.length * size <= last.start) break;
      prev.items.push(...last.items);
      prev.sum += last.sum;
      clusters.pop();
      place(prev);
    }
  }
  const out = new Array<number>(wanted.length).fill(0);
  for (const c of clusters) c.items.forEach((i, k) => (out[i] = c.start + k * size + size / 2));
  return out;
}
