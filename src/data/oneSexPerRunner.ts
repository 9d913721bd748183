import type { ArticleFacts, RaceFrame, ResultFact } from './articleFacts';

/**
 * "Worku's winning margin … will put him in contention", told after the women's race: a runner of
 * the men's race is not in the women's race of the same meeting, event and round. A fact that lands
 * in the other sex's race (or one whose sex is untold) goes to the race where the runner has more
 * facts (on a tie, the first told), unless that race already says otherwise for them.
 */
export function keepRunnersToOneSex(facts: ArticleFacts): void {
  const frames = facts.frames;
  const twin = (f: RaceFrame, g: RaceFrame): boolean =>
    f !== g &&
    f.sex?.value !== g.sex?.value &&
    f.round?.value === g.round?.value &&
    f.heat === g.heat &&
    f.kind === g.kind &&
    f.meetName === g.meetName &&
    f.year === g.year &&
    f.event !== null &&
    f.event.value === g.event?.value;
  const byAthlete = new Map<string, ResultFact[]>();
  for (const r of facts.results) {
    const list = byAthlete.get(r.athleteId);
    if (list) list.push(r);
    else byAthlete.set(r.athleteId, [r]);
  }
  for (const r of facts.results) {
    const f = frames[r.frame];
    const mine = byAthlete.get(r.athleteId);
    if (!f || !mine || mine.length < 2) continue;
    const here = mine.filter((x) => x.frame === r.frame);
    for (const g of frames) {
      if (!twin(f, g)) continue;
      const there = mine.filter((x) => x.frame === g.index);
      if (there.length === 0) continue;
      // (A results table's row outweighs the prose: it was read under its race's heading.)
      const listedHere = here.some((x) => x.listed);
      const listedThere = there.some((x) => x.listed);
      if (listedHere && !listedThere) continue;
      const firstThere = Math.min(...there.map((x) => x.source.start));
      const firstHere = Math.min(...here.map((x) => x.source.start));
      const more = there.length > here.length || (there.length === here.length && firstThere <= firstHere);
      if (!(listedThere && !listedHere) && !more) continue;
      if (there.some((x) => x.field === r.field && x.value !== r.value)) continue;
      r.frame = g.index;
      break;
    }
  }
}
