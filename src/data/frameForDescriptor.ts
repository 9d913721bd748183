/**
 * Which of the article's race frames a race phrase names: the race in hand when it fits, a frame
 * of the same meeting or event told before, the final of the round in hand, or a new frame; and
 * the sex a final passes on to its earlier rounds.
 */
import type { RaceFrame } from './articleFacts';
import type { SourceSpan } from './types';
import { fits, newFrame, settleFinalsOfEvent, siblingOf, untoldOfSex, type Descriptor } from './raceFrames';
import { findEdition } from './lexicon/competitions';
import { frameYear } from './sharedDates';
import { frameOfSex } from './frameOfSex';

/** The index of the frame `d` names (null when it names none), adding a frame when it names a new race. */
export function frameForDescriptor(
  d: Descriptor,
  frames: RaceFrame[],
  current: number | null,
  historical = false,
  toldAsPast: (frame: number) => boolean = () => false,
  finalEvidence: (frame: number) => SourceSpan | null = () => null,
  toldSex: (frame: number) => 'men' | 'women' | null = () => null,
): number | null {
  const cur = current === null ? null : (frames[current] ?? null);
  if (isNumberOnly(d)) return numberedRound(d, cur, frames);
  // "took bronze in the men's 100 metres at the Olympics", then "he won the second semi-final": a
  // race with medals told for it is the final, not an earlier round of its event.
  if (cur && !cur.round && (d.round === 'heat' || d.round === 'semi-final') && !d.kind && !d.meetName) {
    const evidence = finalEvidence(cur.index);
    if (evidence) cur.round = { value: 'final', sources: [evidence] };
  }
  if (d.placeOnly) {
    // ("who won the race in Rome a year ago", told in a report from Rome: not the race in hand.)
    const sameCity = frames.findLast(
      (f) =>
        f.city && d.city && f.city.toLowerCase() === d.city.toLowerCase() && (!historical || f.historical),
    );
    if (sameCity) return sameCity.index;
    // "In Zurich that August she won", after "X answered in 2033", in a feature on a 2032 final: a
    // race of another year in that town, of the event in hand.
    if (cur && d.city && d.year && cur.year !== null && cur.year !== d.year && !historical) {
      const f: RaceFrame = { ...newFrame(frames.length), kind: 'meet', city: d.city, year: d.year };
      [f.event, f.distance, f.sex] = [cur.event, cur.distance, cur.sex];
      frames.push(f);
      return f.index;
    }
    // "a finalist in Paris four years ago" names another edition, not this one's city.
    if (!historical && cur && !cur.city && d.city && cur.kind && findEdition(cur.kind, d.city, cur.year)) {
      cur.city = d.city;
      return cur.index;
    }
    return null;
  }
  if (d.sexOnly) return frameOfSex(d, cur, frames, historical, toldSex);
  const hasCompetition = d.kind !== null || d.meetName !== null;
  const order = cur ? [cur, ...[...frames].reverse().filter((f) => f !== cur)] : [...frames].reverse();
  if (hasCompetition) {
    const match =
      order.find((f) => f.kind !== null && fits(f, d) && !(historical && otherEdition(f, d))) ??
      // "Oyelaran, who had beaten Brandt at the Midwest Distance Gala in April": history names
      // another meeting, not the unnamed race in hand.
      // Nor one of a year before a race the text has told ("winner of the 2035 Paris Marathon last
      // month", then "she finished third at the 2034 Frankfurt Marathon").
      (cur &&
      cur.kind === null &&
      !historical &&
      fits(cur, d) &&
      !otherYear(cur, d.year) &&
      !frames.some((f) => d.year !== null && f.year !== null && f.year > d.year)
        ? cur
        : undefined);
    if (match) return match.index;
    const f = newFrame(frames.length);
    f.kind = d.kind;
    if (cur && !d.event) takeEventOf(f, cur, d.end);
    f.historical = true;
    frames.push(f);
    return f.index;
  }
  if (cur && fits(cur, d) && !(historical && d.event && !cur.event)) return cur.index;
  const untold = cur && !historical ? untoldOfSex(d, frames, cur) : undefined;
  if (untold) return untold.index;
  // "The heat was much the faster of the two": a semi-final called a heat ("her first-round heat" is not).
  if (
    cur &&
    cur.round &&
    cur.round.value !== 'final' &&
    d.round === 'heat' &&
    !d.event &&
    !d.heat &&
    !d.firstRound
  )
    return cur.index;
  // A past race whose results were told as past ("Twelve months ago … left in fifth place") is not
  // the race now reported in the same event.
  // A race now reported is looked for before a past one ("Women's 1500m:" heading a results list
  // after "last season's Diamond League final" was told).
  settleFinalsOfEvent(d, frames, finalEvidence, cur);
  const ofEvent = (f: RaceFrame): boolean =>
    f.event !== null && d.event !== null && f.event.value === d.event && fits(f, d);
  // "THE 5000M: REVENGE", a heading after the passage on the Olympic 10,000m final: that championship's
  // race of the event, not the 5000m of a one-day meeting told before it.
  const otherMeeting = (f: RaceFrame): boolean =>
    !!cur?.round && f.round === null && cur.kind !== null && f.kind !== null && f.kind !== cur.kind;
  const sameEvent =
    order.find((f) => ofEvent(f) && (historical || !f.historical) && !otherMeeting(f)) ??
    order.find(
      (f) =>
        ofEvent(f) &&
        !historical &&
        f.historical &&
        !toldAsPast(f.index) &&
        // (Nor is an edition told by its year, "the 2037 edition".)
        f.editionOf === undefined &&
        // "who was fifth in the 20km walk at the 2033 world championships", then "WOMEN'S 20KM": the
        // heading names the meeting in hand's race, not the one of another meeting told in passing.
        // (Nor "fourth in the final at the 2033 world indoors", told in a report on the 2035 edition.)
        !(
          cur &&
          f.year !== null &&
          f.kind !== null &&
          cur.kind !== null &&
          (f.kind !== cur.kind || cur.year !== f.year)
        ),
    );
  if (sameEvent) return sameEvent.index;
  // "took the first semifinal" or "First semifinal:" after the semi-finals were told: the numbered
  // round already told is that frame.
  const numbered =
    d.round && d.heat !== null && !d.event
      ? order.find(
          (f) =>
            !f.historical &&
            f.round?.value === d.round &&
            f.heat === d.heat &&
            (!d.sex || !f.sex || f.sex.value === d.sex) &&
            (!cur || f.kind === cur.kind),
        )
      : undefined;
  if (numbered) return numbered.index;
  // "Mazur, who won Ní Bhriain's semi-final": the one round of that kind of the event in hand told.
  const told =
    d.round && d.round !== 'final' && !d.event && d.heat === null && cur
      ? frames.filter((f) => f.round?.value === d.round && f.event?.value === cur.event?.value)
      : [];
  const [only] = told;
  if (
    only &&
    cur &&
    told.length === 1 &&
    only !== cur &&
    only.kind === cur.kind &&
    only.year === cur.year &&
    only.event !== null &&
    // ("On Friday she had won her heat", in the passage on the women's final: not the men's heats.)
    (d.sex ? only.sex?.value === d.sex : !cur.sex || !only.sex || only.sex.value === cur.sex.value)
  )
    return only.index;
  // "The final" after a passage on the semi-finals is the final already told, not another one.
  const final = d.round === 'final' && !d.event && cur ? order.find((f) => isFinalOf(f, cur)) : undefined;
  if (final) return final.index;
  const f = newFrame(frames.length);
  // ("three 100m hurdles semi-finals, the men's 400m final, the women's 5000m final", then "SEMI-FINAL
  // ONE.": a round of the event whose round was told, not of the race last named.)
  const roundOf =
    d.round && d.round !== 'final' && d.heat !== null && cur?.round?.value !== d.round
      ? order.find((g) => g.round?.value === d.round && g.heat === null && g.event && g.kind === cur?.kind)
      : undefined;
  const from = roundOf ?? cur;
  if (cur && from) {
    [f.kind, f.city, f.year, f.meetName] = [cur.kind, cur.city, cur.year, cur.meetName];
    if (!d.event && from.event) {
      f.event = { value: from.event.value, sources: [...from.event.sources] };
      f.distance = from.distance;
      // Another round or heat of the same event ("the second semi") is run by the same sex.
      if (!d.sex && from.sex) f.sex = { value: from.sex.value, sources: [...from.sex.sources] };
    }
  }
  f.historical = true;
  frames.push(f);
  return f.index;
}

/**
 * "The Weltklasse meeting in Zurich … was supposed to be a rubber match", then "leaving Gidey to win
 * the 5000m": an event named in the same paragraph as a meeting that took the event of the race before
 * is that meeting's, so the event taken is let go.
 */
export function freeTakenEvent(text: string, d: Descriptor, cur: RaceFrame | undefined, past: boolean): void {
  if (cur?.eventTakenAt === undefined || !d.event || past || d.kind || d.meetName) return;
  if (d.start > cur.eventTakenAt && !text.slice(cur.eventTakenAt, d.start).includes('\n'))
    [cur.event, cur.distance, cur.eventTakenAt] = [null, null, undefined];
}

/**
 * Gives `f` the event (and distance) of `from`, and its sex when `f` has none: a round or meeting
 * named without its event ("the final in Beijing") is of the event in hand. `at`: where a meeting so
 * named was told, for `freeTakenEvent`.
 */
export function takeEventOf(f: RaceFrame, from: RaceFrame, at?: number): void {
  if (at !== undefined) f.eventTakenAt = at;
  f.event = from.event ? { value: from.event.value, sources: [...from.event.sources] } : null;
  f.distance = from.distance;
  if (!f.sex && from.sex) f.sex = { value: from.sex.value, sources: [...from.sex.sources] };
}

// "clocked 6.54 in the heats earlier in the evening", told before the final's sex was known: the
// earlier rounds of a final at the same meeting are run by the final's sex, so a women's race named
// later is not taken for that heat.
export function shareSex(f: RaceFrame, frames: readonly RaceFrame[]): void {
  if (!f.sex) return;
  for (const g of frames)
    if (!g.sex && isFinalOf(f, { ...g, sex: f.sex }) && g.round && g.round.value !== 'final')
      g.sex = { value: f.sex.value, sources: [...f.sex.sources] };
}

// The final of the event `sibling` is a round of: same meeting, event and sex.
function isFinalOf(f: RaceFrame, sibling: RaceFrame): boolean {
  return (
    f !== sibling &&
    f.round?.value === 'final' &&
    f.kind === sibling.kind &&
    f.city === sibling.city &&
    f.year === sibling.year &&
    f.event?.value === sibling.event?.value &&
    f.sex?.value === sibling.sex?.value
  );
}

// ("On July 14, 2029, in Monaco, … won the 400m hurdles", then "At the 2031 World Championships".)
const otherYear = (f: RaceFrame, y: number | null): boolean => y !== null && (frameYear(f) ?? y) !== y;

/**
 * "Two years ago, at the 2030 World Indoor Championships", told in a report from Glasgow: a dated
 * edition told as history is not the race in hand, whose city hosted another edition.
 */
function otherEdition(f: RaceFrame, d: Descriptor): boolean {
  if (d.year === null || f.year !== null || f.historical || !f.kind) return false;
  // ("who was only sixth in the final at the 2035 World Championships", in a report of 2037 on the
  // championships in Rome: another edition, though the race in hand's year is not told.)
  if (d.beforeReport) return true;
  if (!f.city) return false;
  const hosted = findEdition(f.kind, f.city, null);
  return hosted !== null && hosted.year !== d.year && findEdition(f.kind, f.city, d.year) === null;
}

/**
 * "came second in the other semi-final" after one semi-final was told: another race of the round in
 * hand, of its meeting and event (null when the race in hand is not of that round).
 */
export function otherRound(d: Descriptor, frames: RaceFrame[], current: number | null): number | null {
  const cur = current === null ? undefined : frames[current];
  if (!cur || !d.round || d.event || cur.round?.value !== d.round) return null;
  const f = siblingOf(cur, frames);
  f.sex = cur.sex ? { value: cur.sex.value, sources: [...cur.sex.sources] } : null;
  f.round = { value: cur.round.value, sources: [...cur.round.sources] };
  [f.weekday, f.monthDay, f.relative] = [cur.weekday, cur.monthDay, cur.relative];
  return f.index;
}

/** A new frame of the race in hand's meeting and event, added to `frames`. */
const isNumberOnly = (d: Descriptor): boolean =>
  d.heat !== null &&
  !d.round &&
  !d.event &&
  !d.kind &&
  !d.meetName &&
  !d.city &&
  !d.year &&
  !d.placeOnly &&
  !d.sexOnly;

/**
 * "Three heats of the women's 1500m …", then "Tadesse won the first in 4:11.62": a heat (or semi-final)
 * told by its number alone is that one of the round in hand; with no round in hand, no race.
 */
function numberedRound(d: Descriptor, cur: RaceFrame | null, frames: RaceFrame[]): number | null {
  const round = cur?.round?.value;
  if (!cur || (round !== 'heat' && round !== 'semi-final')) return null;
  if (cur.heat === null || cur.heat === d.heat) return cur.index;
  const same = frames.find(
    (f) =>
      f.round?.value === round &&
      f.heat === d.heat &&
      f.event?.value === cur.event?.value &&
      f.sex?.value === cur.sex?.value &&
      f.kind === cur.kind &&
      f.meetName === cur.meetName,
  );
  if (same) return same.index;
  const f = siblingOf(cur, frames);
  f.sex = cur.sex ? { value: cur.sex.value, sources: [...cur.sex.sources] } : null;
  f.round = cur.round ? { value: cur.round.value, sources: [...cur.round.sources] } : null;
  f.heat = d.heat;
  [f.weekday, f.monthDay] = [cur.weekday, cur.monthDay];
  return f.index;
}
