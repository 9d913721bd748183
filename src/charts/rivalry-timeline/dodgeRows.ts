const GAP = 2;

/**
 * Assigns each horizontal extent [x1, x2] the first row where it overlaps nothing already
 * placed, taking extents left to right; returns the row of each extent, in input order.
 */
export function dodgeRows(extents: readonly (readonly [number, number])[]): number[] {
  const order = extents.map((e, i) => ({ e, i })).sort((p, q) => p.e[0] - q.e[0] || p.i - q.i);
  const rowEnds: number[] = [];
  const rows = new Array<number>(extents.length).fill(0);
  for (const { e, i } of order) {
    let row = rowEnds.findIndex((end) => end + GAP <= e[0]);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = e[1];
    rows[i] = row;
  }
  return rows;
}
