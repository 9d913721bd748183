import type { ArticleFacts, RaceFrame } from '../data/articleFacts';

/** A frame of one article, with what it holds. */
export interface FrameRef {
  facts: ArticleFacts;
  frame: RaceFrame;
}

/**
 * Groups the race frames of all articles into races. Two frames are one race when nothing about
 * them disagrees: the same competition (kind and city; years equal or one unknown), the same
 * event, round and sex or one of them unknown. Frames with no competition stay within their
 * article, since "the 1500m" in two unrelated articles need not be the same race.
 */
export function groupFrames(all: readonly ArticleFacts[]): FrameRef[][] {
  const refs: FrameRef[] = [];
  for (const facts of all) {
    const used = new Set<number>([
      ...facts.results.map((r) => r.frame),
      ...facts.narrative.map((n) => n.frame),
      ...facts.orderings.map((o) => o.frame),
      ...facts.absences.map((a) => a.frame),
    ]);
    for (const frame of facts.frames) if (used.has(frame.index)) refs.push({ facts, frame });
  }
  // Most specific first, so vaguer frames join a full description rather than start their own race.
  refs.sort((a, b) => specificity(b.frame) - specificity(a.frame));
  const groups: FrameRef[][] = [];
  // Only frames of one competition kind (or, with none, of one article) can be one race: look there only.
  const byBucket = new Map<string, FrameRef[][]>();
  const byArticle = new Map<string, FrameRef[][]>();
  for (const ref of refs) {
    const bucket = ref.frame.kind ?? `article:${ref.facts.article}`;
    const pool = byBucket.get(bucket) ?? [];
    // A frame's own article may hold the same race under a frame with or without a competition.
    const near = [...pool, ...(byArticle.get(ref.facts.article) ?? []).filter((g) => !pool.includes(g))];
    const candidates = near.filter((g) => g[0] !== undefined && g.every((o) => sameRace(o, ref)));
    const group =
      candidates.find((g) =>
        g.some(
          (o) =>
            o.frame.round?.value === ref.frame.round?.value &&
            o.frame.event?.value === ref.frame.event?.value,
        ),
      ) ?? candidates[0];
    const target = group ?? [];
    if (group) group.push(ref);
    else {
      target.push(ref);
      groups.push(target);
      pool.push(target);
      byBucket.set(bucket, pool);
    }
    const mine = byArticle.get(ref.facts.article) ?? [];
    if (!mine.includes(target)) mine.push(target);
    byArticle.set(ref.facts.article, mine);
  }
  return groups;
}

function describesSame(x: RaceFrame, y: RaceFrame): boolean {
  const clash = <T>(p: T | null | undefined, q: T | null | undefined): boolean =>
    p != null && q != null && p !== q;
  return (
    !clash(x.kind, y.kind) &&
    !clash(x.city, y.city) &&
    !clash(x.year, y.year) &&
    !clash(x.event?.value, y.event?.value) &&
    !clash(x.round?.value, y.round?.value) &&
    !clash(x.sex?.value, y.sex?.value) &&
    !clash(x.heat, y.heat)
  );
}

/** The runners a frame places or times. */
function finishersOf(facts: ArticleFacts, f: number): Set<string> {
  return new Set(
    facts.results
      .filter((r) => r.frame === f && (r.field === 'place' || r.field === 'time'))
      .map((r) => r.athleteId),
  );
}

function sharedFinishers(facts: ArticleFacts, a: number, b: number): number {
  const x = finishersOf(facts, a);
  let n = 0;
  for (const id of finishersOf(facts, b)) if (x.has(id)) n++;
  return n;
}

// "Okoro-Banks, second in her semi, was fifth in the final" after "The first semi-final … She was
// followed home by Okoro-Banks, second in 1:58.02": a round told without its number, of runners who
// all finish in one numbered race of that round, is that race.
function toldOfNumbered(facts: ArticleFacts, x: RaceFrame, y: RaceFrame): boolean {
  if ((x.heat === null) === (y.heat === null)) return false;
  const [bare, numbered] = x.heat === null ? [x, y] : [y, x];
  const told = finishersOf(facts, bare.index);
  const ran = finishersOf(facts, numbered.index);
  return told.size > 0 && [...told].every((id) => ran.has(id));
}

// "finished sixth" in the race in hand and "won the 2029 world title" two years ago: one runner placed
// differently in two frames of an article tells two races, even when the same runners are in both.
function placesDiffer(facts: ArticleFacts, a: number, b: number): boolean {
  const placed = new Map<string, number | string>();
  for (const r of facts.results) if (r.frame === a && r.field === 'place') placed.set(r.athleteId, r.value);
  return facts.results.some(
    (r) =>
      r.frame === b && r.field === 'place' && placed.has(r.athleteId) && placed.get(r.athleteId) !== r.value,
  );
}

function specificity(f: RaceFrame): number {
  return (f.kind ? 8 : 0) + (f.year ? 4 : 0) + (f.event ? 2 : 0) + (f.round ? 1 : 0) + (f.date ? 1 : 0);
}

function sameRace(a: FrameRef, b: FrameRef): boolean {
  const x = a.frame;
  const y = b.frame;
  // One article's frames are two races, unless nothing about them disagrees and the same
  // athletes finish in both (a results list under "Men:" repeating the report above it); a past
  // race and a race told as the day's are two.
  if (a.facts === b.facts)
    return (
      x.index === y.index ||
      (describesSame(x, y) &&
        x.historical === y.historical &&
        (sharedFinishers(a.facts, x.index, y.index) >= 2 || toldOfNumbered(a.facts, x, y)) &&
        !placesDiffer(a.facts, x.index, y.index))
    );
  if (!x.kind || !y.kind) return false;
  if (x.kind !== y.kind) return false;
  if (x.city && y.city && x.city.toLowerCase() !== y.city.toLowerCase()) return false;
  if (x.year && y.year && x.year !== y.year) return false;
  if (x.meetName && y.meetName && x.meetName !== y.meetName) return false;
  if (x.event && y.event && x.event.value !== y.event.value) return false;
  if (!x.event !== !y.event && a.facts === b.facts) return false;
  if (x.round && y.round && x.round.value !== y.round.value) return false;
  if (x.sex && y.sex && x.sex.value !== y.sex.value) return false;
  if (x.date && y.date && x.date.value !== y.date.value && a.facts === b.facts) return false;
  return true;
}
