import type { SourceSpan } from '../../data/types';
import type { Race, Result } from '../types';

/** How we know who finished ahead: the order of places, of times, a narrative "A beat B", or one finished and one did not. */
export type FinishOrderBasis = 'place' | 'time' | 'ordering' | 'status';

/** "`ahead` finished ahead of `behind`" in one race, with the evidence. */
export interface FinishOrder {
  ahead: string;
  behind: string;
  basis: FinishOrderBasis;
  sources: SourceSpan[];
}

const ranOutcome = (r: Result): boolean => r.status !== 'dns';

function byPlace(ra: Result, rb: Result): FinishOrder | null {
  const pa = ra.place?.value;
  const pb = rb.place?.value;
  const sources = [...(ra.place?.sources ?? []), ...(rb.place?.sources ?? [])];
  if (pa !== undefined && pb !== undefined && pa !== pb) {
    return pa < pb
      ? { ahead: ra.athleteId, behind: rb.athleteId, basis: 'place', sources }
      : { ahead: rb.athleteId, behind: ra.athleteId, basis: 'place', sources };
  }
  // The winner is ahead of every other finisher, even one whose own place nobody states.
  if (pa === 1 && pb === undefined && rb.status === 'finished') {
    return { ahead: ra.athleteId, behind: rb.athleteId, basis: 'place', sources };
  }
  if (pb === 1 && pa === undefined && ra.status === 'finished') {
    return { ahead: rb.athleteId, behind: ra.athleteId, basis: 'place', sources };
  }
  return null;
}

function byTime(ra: Result, rb: Result): FinishOrder | null {
  const ta = ra.time?.value;
  const tb = rb.time?.value;
  // Equal times at the stated precision do not say who was ahead (a photo finish decides it).
  if (ta === undefined || tb === undefined || ta === tb) return null;
  const sources = [...(ra.time?.sources ?? []), ...(rb.time?.sources ?? [])];
  return ta < tb
    ? { ahead: ra.athleteId, behind: rb.athleteId, basis: 'time', sources }
    : { ahead: rb.athleteId, behind: ra.athleteId, basis: 'time', sources };
}

function byStatus(ra: Result, rb: Result): FinishOrder | null {
  // Finishing beats not finishing (dnf, dq); a non-starter is no meeting at all.
  if (ra.status === 'finished' && (rb.status === 'dnf' || rb.status === 'dq')) {
    return { ahead: ra.athleteId, behind: rb.athleteId, basis: 'status', sources: rb.sources };
  }
  if (rb.status === 'finished' && (ra.status === 'dnf' || ra.status === 'dq')) {
    return { ahead: rb.athleteId, behind: ra.athleteId, basis: 'status', sources: ra.sources };
  }
  return null;
}

/**
 * Who finished ahead of whom between athletes `a` and `b` in `race`: from their places, else their
 * times, else a narrative ordering ("A beat B"), else finishing against not finishing.
 * Returns null when the articles do not say (no win is counted then).
 */
export function finishedAhead(race: Race, a: string, b: string): FinishOrder | null {
  const ra = race.results.find((r) => r.athleteId === a && ranOutcome(r));
  const rb = race.results.find((r) => r.athleteId === b && ranOutcome(r));
  if (ra && rb) {
    const fromResults = byPlace(ra, rb) ?? byTime(ra, rb);
    if (fromResults) return fromResults;
  }
  const ordering = race.orderings.find(
    (o) => (o.ahead === a && o.behind === b) || (o.ahead === b && o.behind === a),
  );
  if (ordering) {
    return { ahead: ordering.ahead, behind: ordering.behind, basis: 'ordering', sources: ordering.sources };
  }
  return ra && rb ? byStatus(ra, rb) : null;
}
