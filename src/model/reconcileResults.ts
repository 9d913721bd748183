import { chooseStated } from './chooseStated';
import { addSource, uniqueSources } from './sources';
import type { ResultFact } from '../data/articleFacts';
import type { Issue, RecordKind, Seconds, Sourced } from '../data/types';
import type { Conflict, Fact, Result, ResultStatus } from './types';
import type { PeopleIndex } from '../data/peopleIndex';

/**
 * Reconciliation rules for one race's results, each with its reason:
 * - A value stated by more articles wins over one stated by fewer (independent reports agreeing
 *   is the strongest evidence we have); on a tie, a value a results list gives beats a phrase of
 *   prose, then a correctly written time beats a typo'd one, then the more precise one (9.784 over
 *   9.78), then the first stated (`chooseStated.ts`).
 * - Every other value is kept as a conflict with its sources, never dropped.
 * - A place missing from the text is derived only when the times pin it: the runner between two
 *   placed runners in time order, or faster than the runner in second. Marked `derived`.
 * - Gaps are derived from times (time − winner's time); stated gaps are checked against them.
 */
export function reconcileResults(
  raceId: string,
  facts: readonly ResultFact[],
  people: PeopleIndex,
  countries: Map<string, Fact<string>>,
  conflicts: Conflict[],
  issues: Issue[],
): Result[] {
  const byAthlete = new Map<string, ResultFact[]>();
  for (const f of facts) {
    const list = byAthlete.get(f.athleteId) ?? [];
    list.push(f);
    byAthlete.set(f.athleteId, list);
  }
  const results: Result[] = [];
  for (const [athleteId, list] of byAthlete) {
    const name = people.get(athleteId)?.name ?? athleteId;
    const time = chooseStated(
      list.filter((f) => f.field === 'time'),
      'time',
      raceId,
      athleteId,
      name,
      conflicts,
    ) as Fact<Seconds> | null;
    const place = chooseStated(
      list.filter((f) => f.field === 'place'),
      'place',
      raceId,
      athleteId,
      name,
      conflicts,
    ) as Fact<number> | null;
    const statusFacts = list.filter((f) => f.field === 'status');
    // A stated place outranks a DQ/DNF the text also mentions ("disqualified, only to be reinstated to silver").
    const lastStatus = statusFacts[statusFacts.length - 1];
    const lastPlace = list.filter((f) => f.field === 'place').pop();
    const laterPlace =
      lastPlace &&
      lastStatus &&
      lastPlace.source.article === lastStatus.source.article &&
      lastPlace.source.start > lastStatus.source.start;
    const status = !lastStatus || (place && laterPlace) ? 'finished' : (lastStatus.value as ResultStatus);
    const records = mergeRecords(list.filter((f) => f.field === 'record'));
    const statedGaps: Sourced<Seconds>[] = list
      .filter((f) => f.field === 'gap')
      .map((f) => ({ value: f.value as Seconds, sources: [f.source] }));
    if (!time && !place && status === 'finished' && statedGaps.length === 0) continue;
    results.push({
      athleteId,
      athlete: name,
      country: countries.get(athleteId) ?? null,
      place: status === 'dq' || status === 'dnf' || status === 'dns' ? null : place,
      time,
      gap: null,
      statedGaps,
      records,
      status,
      sources: uniqueSources(list.map((f) => f.source)),
    });
    const gapFacts = list.filter((f) => f.field === 'gap');
    if (gapFacts.length)
      (results[results.length - 1] as WithGapTo).gapTo = gapFacts.map((g) => g.relativeTo ?? null);
  }
  timesFromGaps(results);
  derivePlaces(results);
  deriveGaps(raceId, results, conflicts, issues);
  checkOrder(results, issues);
  return sortResults(results.filter((r) => r.time || r.place || r.status !== 'finished'));
}

/** A result while it is reconciled: whom each of its stated gaps is measured to (null: the winner). */
type WithGapTo = Result & { gapTo?: (string | null)[] };

// "Gebreyes finished nine seconds back", "Ndiwa a further 20 seconds adrift": a runner with no time
// stated is put at the time a stated gap gives, behind the winner's or the named runner's time.
function timesFromGaps(results: Result[]): void {
  const winner = results.find((r) => r.place?.value === 1 && r.time)?.time;
  for (let pass = 0; pass < 3; pass++)
    for (const r of results) {
      if (r.time || r.status !== 'finished') continue;
      const to = (r as WithGapTo).gapTo ?? [];
      const placedAhead = r.place ? r.place.value - 1 : null;
      r.statedGaps.some((g, i) => {
        // "fourth, a further 0.3 seconds back": behind the runner placed just ahead, not the winner.
        const further = !to[i] && g.sources.some((x) => /\ba further\b/i.test(x.quote));
        const ahead = further ? results.find((o) => o.place?.value === placedAhead)?.time : undefined;
        const ref = to[i] ? results.find((o) => o.athleteId === to[i])?.time : further ? ahead : winner;
        // A gap of more than a twentieth of the time is no finishing margin (a time misread as one).
        if (!ref || g.value <= 0 || g.value > ref.value / 20) return false;
        const value = (Math.round((ref.value + g.value) * 1000) / 1000) as Seconds;
        r.time = { value, sources: uniqueSources([...g.sources, ...ref.sources]), basis: 'derived' };
        return true;
      });
    }
}

function mergeRecords(facts: ResultFact[]): Sourced<RecordKind>[] {
  const out: Sourced<RecordKind>[] = [];
  for (const f of facts) {
    const kind = f.record ?? (f.value as RecordKind);
    const have = out.find((r) => r.value === kind);
    if (have) addSource(have.sources, f.source);
    else out.push({ value: kind, sources: [f.source] });
  }
  return out;
}

/**
 * Places the times pin: a run of unplaced runners, in time order, that exactly fills the places
 * between two placed runners (or between the start and a placed runner): Thompson 1st and
 * Coleman 4th, with Seville and Blake timed between them, are 2nd and 3rd. Not when a time in
 * the run ties with a neighbour's, or another runner holds one of those places.
 */
function derivePlaces(results: Result[]): void {
  const timed = results
    .filter((r) => r.time && r.status === 'finished')
    .sort((a, b) => (a.time?.value ?? 0) - (b.time?.value ?? 0));
  for (let i = 0; i < timed.length;) {
    if (timed[i]?.place) {
      i++;
      continue;
    }
    let j = i;
    while (j < timed.length && !timed[j]?.place) j++;
    const before = timed[i - 1];
    const after = timed[j];
    const prevPlace = i === 0 ? 0 : before?.place?.value;
    const next = after?.place?.value;
    const run = timed.slice(i, j);
    const bounded = timed.slice(Math.max(0, i - 1), j + 1);
    const ties = bounded.some((r, k) => k > 0 && r.time?.value === bounded[k - 1]?.time?.value);
    if (
      prevPlace !== undefined &&
      next !== undefined &&
      next - prevPlace - 1 === run.length &&
      !ties &&
      !results.some((o) => o.place && o.place.value > prevPlace && o.place.value < next)
    ) {
      const bounds = [before?.time, after?.time, before?.place, after?.place];
      for (const [k, r] of run.entries()) {
        const from = [r.time, ...bounds].filter((x): x is Fact<number> | Fact<Seconds> => Boolean(x));
        r.place = {
          value: prevPlace + 1 + k,
          sources: uniqueSources(from.flatMap((x) => x.sources)),
          basis: 'derived',
        };
      }
    }
    i = j;
  }
}

function deriveGaps(raceId: string, results: Result[], conflicts: Conflict[], issues: Issue[]): void {
  // A gap needs the winner's time: the placed winner's, or the fastest time when no one faster could
  // have won (nobody is placed first without a time, and the fastest runner is not placed behind).
  const placedWinner = results.find((r) => r.place?.value === 1);
  const fastest = [...results]
    .filter((r) => r.time && r.status === 'finished')
    .sort((a, b) => (a.time?.value ?? 0) - (b.time?.value ?? 0))[0];
  const winner = placedWinner
    ? placedWinner.time
      ? placedWinner
      : undefined
    : fastest && (!fastest.place || fastest.place.value === 1)
      ? fastest
      : undefined;
  if (!winner?.time) return;
  const w = winner.time;
  for (const r of results) {
    if (!r.time || r.status !== 'finished') continue;
    const value = Math.round((r.time.value - w.value) * 1000) / 1000;
    const gap: Fact<Seconds> = {
      value: value as Seconds,
      sources: uniqueSources([...r.time.sources, ...w.sources]),
      basis: 'derived',
    };
    r.gap = gap;
    const to = (r as WithGapTo).gapTo ?? [];
    // The time just ahead of r's is the same for every gap stated for r: found once, if at all.
    let justAhead: { time: Fact<Seconds> | null | undefined } | null = null;
    const timeAhead = (): Fact<Seconds> | null | undefined =>
      (justAhead ??= {
        time: [...results]
          .filter((o) => o.time && o.time.value < (r.time?.value ?? 0))
          .sort((a, b) => (b.time?.value ?? 0) - (a.time?.value ?? 0))[0]?.time,
      }).time;
    r.statedGaps.forEach((g, i) => {
      const ref = to[i] ? results.find((o) => o.athleteId === to[i])?.time : null;
      const ahead = timeAhead();
      const candidates = ref
        ? [r.time!.value - ref.value]
        : [value, ahead ? r.time!.value - ahead.value : value];
      if (candidates.some((c) => Math.abs(c - g.value) < 0.006)) return;
      issues.push({
        kind: 'gap-mismatch',
        message: `${r.athlete}: a stated gap of ${g.value} s disagrees with the times (${value.toFixed(2)} s behind the winner).`,
        sources: [...g.sources, ...r.time!.sources],
      });
      conflicts.push({
        id: `${raceId}:${r.athleteId}:gap:${i}`,
        raceId,
        athleteId: r.athleteId,
        field: 'gap',
        message: `The stated gap for ${r.athlete} (${g.value} s) disagrees with the gap from the times (${value.toFixed(2)} s).`,
        values: [
          { value: g.value, sources: g.sources },
          { value, sources: gap.sources },
        ],
        chosen: value,
        rule: 'gaps are computed from the times; a stated gap that disagrees is shown, not used',
      });
    });
    delete (r as WithGapTo).gapTo;
  }
}

function checkOrder(results: Result[], issues: Issue[]): void {
  const both = results
    .filter((r) => r.place && r.time)
    .sort((a, b) => (a.place?.value ?? 0) - (b.place?.value ?? 0));
  for (let i = 1; i < both.length; i++) {
    const a = both[i - 1] as Result;
    const b = both[i] as Result;
    if ((a.time?.value ?? 0) > (b.time?.value ?? 0) + 1e-9) {
      issues.push({
        kind: 'place-time-order',
        message: `${a.athlete} placed ${a.place?.value} but timed slower than ${b.athlete} placed ${b.place?.value}.`,
        sources: [...(a.place?.sources ?? []), ...(b.place?.sources ?? [])],
      });
    }
  }
}

function sortResults(results: Result[]): Result[] {
  const key = (r: Result): number =>
    r.place?.value ?? (r.status === 'finished' && r.time ? 500 + r.time.value / 1e5 : 900);
  return [...results].sort(
    (a, b) => key(a) - key(b) || (a.time?.value ?? Infinity) - (b.time?.value ?? Infinity),
  );
}
