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
  for (const ref of refs) {
    const candidates = groups.filter((g) => g.every((o) => sameRace(o, ref)));
    const group = candidates.find((g) => g.some((o) => o.frame.round?.value === ref.frame.round?.value && o.frame.event?.value === ref.frame.event?.value)) ?? candidates[0];
    if (group) group.push(ref);
    else groups.push([ref]);
  }
  return groups;
}

function specificity(f: RaceFrame): number {
  return (f.kind ? 8 : 0) + (f.year ? 4 : 0) + (f.event ? 2 : 0) + (f.round ? 1 : 0) + (f.date ? 1 : 0);
}

function sameRace(a: FrameRef, b: FrameRef): boolean {
  const x = a.frame;
  const y = b.frame;
  // One article's frames are already as merged as its text allows: two of them are two races.
  if (a.facts === b.facts) return x.index === y.index;
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
