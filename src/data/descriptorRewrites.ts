/**
 * Rewrites of a race phrase from its neighbours before it is placed: "the Games" as the Games named
 * before, a meeting named without its event as the event its clause names after it.
 */
import type { ArticleFacts, RaceFrame } from './articleFacts';
import type { Clause } from './clauses';
import type { Descriptor } from './raceFrames';

/**
 * "… on the closing day of the Games", in a report on the Commonwealth Games 2026: "the Games" is the
 * Games the report named last, when those are not the Olympics.
 */
export function gamesNamedBefore(text: string, d: Descriptor, facts: ArticleFacts): Descriptor {
  if (d.kind !== 'olympics' || d.city || d.year || !/^Games$/.test(text.slice(d.end - 5, d.end))) return d;
  if (/Olympic/.test(text.slice(d.start, d.end))) return d;
  const games = (e: { kind: RaceFrame['kind'] }): boolean =>
    e.kind === 'olympics' || e.kind === 'commonwealth';
  // "at the 2030 Asian Games …, India's first medal at the Games in two decades": those games.
  const continental = facts.frames.findLast(
    (f) => f.kind === 'continental' && !f.historical && / Games$/.test(f.meetName ?? ''),
  );
  if (continental)
    return {
      ...d,
      kind: continental.kind,
      city: continental.city,
      year: continental.year,
      meetName: continental.meetName,
    };
  const last = facts.editions.findLast(games) ?? facts.frames.findLast(games);
  return last && last.kind !== 'olympics' ? { ...d, kind: last.kind, city: last.city, year: last.year } : d;
}

/**
 * "At the Paris Olympics in 2024 she finished ninth in the 10,000 metres": a meeting named without
 * its event, whose clause names the event after it, is of that event (not of the race in hand's).
 */
export function withEventAfter(
  d: Descriptor,
  descriptors: readonly Descriptor[],
  clause: Clause,
  sentenceStart = -1,
): Descriptor {
  if (d.event || (!d.kind && !d.meetName) || d.placeOnly || d.temporal) return d;
  const bare = (o: Descriptor): boolean => o.event !== null && !o.kind && !o.meetName && !o.temporal;
  const after = descriptors.find((o) => o.start >= d.end && o.start < clause.end && bare(o));
  // ("1500m – Liam O'Connell-Baxter (Qld): 3:31.84, 2nd, Bislett Games, Oslo, 9 June 2039": a line
  // that opens on its event names its meeting after the result.)
  const opening = descriptors.find((o) => o.start === sentenceStart && o.end <= d.start && bare(o));
  const event = after?.event ?? opening?.event;
  return event ? { ...d, event } : d;
}

/**
 * "… won his heat on Saturday morning in 10.71 before storming to the 100m title": a round named
 * without its event, when no race with an event is in hand, is of the event its sentence names next.
 */
export function roundWithEventAfter(
  d: Descriptor,
  descriptors: readonly Descriptor[],
  eventInHand: boolean,
): Descriptor {
  if (eventInHand || d.event || d.kind || d.meetName || d.round === null || d.round === 'final' || d.temporal)
    return d;
  const after = descriptors.find((o) => o.start >= d.end && o.event && !o.temporal);
  return after ? { ...d, event: after.event } : d;
}

/**
 * "… to win the European title", in a report on the "European Cross Country Championships": the title
 * of the championships of one discipline the report is on, not the European Championships on the track.
 */
function disciplineChampionships(text: string, d: Descriptor, inHand: RaceFrame | undefined): Descriptor {
  if ((d.kind !== 'continental' && d.kind !== 'world-championships') || d.city || d.year) return d;
  // (Not "the World Championships" named as such: the track's, told beside the race in hand.)
  if (!inHand || inHand.historical || /Championships/i.test(text.slice(d.start, d.end))) return d;
  const adjective = d.kind === 'continental' ? 'European' : 'World';
  const name = inHand.meetName ?? '';
  return inHand.kind === 'meet' && name.startsWith(`${adjective} `) && / Championships$/.test(name)
    ? { ...d, kind: inHand.kind, meetName: inHand.meetName, year: inHand.year, city: inHand.city }
    : d;
}

/**
 * A race phrase with what its sentence tells of it filled in: the Games named before it, the event
 * its clause (or line) names beside a meeting, the event its sentence names next for a round.
 */
export function completed(
  text: string,
  named: Descriptor,
  descriptors: readonly Descriptor[],
  clause: Clause,
  sentenceStart: number,
  facts: ArticleFacts,
  current: number | null,
): Descriptor {
  const inHand = current === null ? undefined : facts.frames[current];
  const d = withEventAfter(
    gamesNamedBefore(text, disciplineChampionships(text, named, inHand), facts),
    descriptors,
    clause,
    sentenceStart,
  );
  const rounded = roundWithEventAfter(d, descriptors, inHand?.event != null);
  const mile = namedMileOfMeeting(text, rounded, meetingInHand(inHand, facts), sentenceStart);
  const title = nationalTitleOfMeeting(mile, descriptors, sentenceStart, inHand);
  return heatOfSemiFinals(trackEventTold(title, facts), descriptors, sentenceStart);
}

// "At the 2031 European U20 Championships she took bronze … Three years later she was Spanish senior
// steeplechase champion …, winning the national title": a meeting of many nations holds no national title.
const INTERNATIONAL =
  /\b(?:European|World|Commonwealth|African|Asian|Pan[- ]American|Oceania|Balkan|Nordic|Mediterranean|International|Olympic|Continental)\b/i;

/**
 * "… won the women's 100 meters at the 2029 Jamaican championships on Saturday night, running 10.79
 * seconds to claim the national title": the title of the national championships named before it in
 * the sentence, or in hand.
 */
function nationalTitleOfMeeting(
  d: Descriptor,
  descriptors: readonly Descriptor[],
  sentenceStart: number,
  inHand: RaceFrame | undefined,
): Descriptor {
  if (d.kind !== 'national' || d.meetName || d.event || d.year || d.city) return d;
  const championships = (o: { kind: Descriptor['kind']; meetName: string | null }): boolean =>
    o.kind === 'national' ||
    (o.kind === 'meet' &&
      /championships|trials|nationals/i.test(o.meetName ?? '') &&
      !INTERNATIONAL.test(o.meetName ?? ''));
  const named = descriptors.findLast((o) => o.start >= sentenceStart && o.end <= d.start && championships(o));
  const of = named ?? (inHand && !inHand.historical && championships(inHand) ? inHand : undefined);
  if (!of) return d;
  const event = named ? named.event : (inHand?.event?.value ?? null);
  return { ...d, kind: of.kind, meetName: of.meetName, year: of.year, city: of.city, event };
}

/** The frame in hand, or the race it is last year's edition of ("second here last year in 12:58.10"). */
function meetingInHand(inHand: RaceFrame | undefined, facts: ArticleFacts): RaceFrame | undefined {
  return inHand?.editionBefore === undefined ? inHand : facts.frames[inHand.editionBefore];
}

/**
 * "… to pick through Thursday night's Bislett Games in Oslo. [02:10] THE DREAM MILE": a mile named
 * like a meeting, heading a section while a one-day meeting is in hand, is that meeting's mile. So
 * is one that opens a sentence ("The Dream Mile went to American X").
 */
function namedMileOfMeeting(
  text: string,
  d: Descriptor,
  inHand: RaceFrame | undefined,
  sentenceStart: number,
): Descriptor {
  if (!inHand || inHand.historical || (inHand.kind !== 'diamond-league' && inHand.kind !== 'meet')) return d;
  if (d.kind !== 'meet' || d.city || d.year || !d.meetName || !/ Mile$/.test(d.meetName)) return d;
  if (inHand.meetName === d.meetName) return d;
  const from = text.lastIndexOf('\n', d.start) + 1;
  const to = text.indexOf('\n', d.end);
  const line = text.slice(from, d.start) + text.slice(d.end, to < 0 ? text.length : to);
  const opensSentence = /^\s*(?:The\s+)?$/.test(text.slice(sentenceStart, d.start));
  if (!opensSentence && /\p{Ll}{2,}/u.test(line.replace(/\bthe\b/gi, ''))) return d;
  return {
    ...d,
    kind: inHand.kind,
    city: inHand.city,
    year: inHand.year,
    meetName: inHand.meetName,
    event: 'mile',
  };
}

/**
 * "Three days after winning the 10,000 meters, …. That 10K final came on Thursday night": a road
 * distance named for a track race the report has told (with the same length in metres) is that race.
 */
function trackEventTold(d: Descriptor, facts: ArticleFacts): Descriptor {
  const km = d.event ? /^(\d+)km$/.exec(d.event) : null;
  if (!km) return d;
  const track = `${Number(km[1]) * 1000}m`;
  return facts.frames.some((f) => f.event?.value === track) ? { ...d, event: track } : d;
}

/**
 * "In Saturday's semi-finals Kobayashi won the first heat in 9.79": a numbered heat told after its
 * sentence has named the semi-finals is one of them.
 */
function heatOfSemiFinals(
  d: Descriptor,
  descriptors: readonly Descriptor[],
  sentenceStart: number,
): Descriptor {
  if (d.round !== 'heat' || d.heat === null) return d;
  const semis = descriptors.some(
    (o) => o.start >= sentenceStart && o.end <= d.start && o.round === 'semi-final' && o.heat === null,
  );
  return semis ? { ...d, round: 'semi-final' } : d;
}

// "… in the women's 1,500m at next month's World Championships after winning the final at the national
// trials": the race won to earn a place in an event is a race of that event.
const WON_TO_EARN = /^[^.;]*\b(?:after|by|with)\s+(?:winning|taking|claiming|her\s+win|his\s+win)\b/i;

/**
 * The race phrase `d` with the event of a race still to come told before it in its sentence
 * (`ahead`), when `d` is the race won to earn that place and names no event of its own.
 */
export function withEventEarned(text: string, d: Descriptor, ahead: Descriptor | undefined): Descriptor {
  if (!ahead?.event || d.event || d.placeOnly || !(d.round || d.kind || d.meetName)) return d;
  if (!WON_TO_EARN.test(text.slice(ahead.end, d.start))) return d;
  return { ...d, event: ahead.event, sex: d.sex ?? ahead.sex };
}

// "Kiprotich was ninth at last year's Worlds in this event": the race in hand's event, at that meeting.
const THIS_EVENT = /^[^.;,]{0,30}?\b(?:in|over)\s+(?:this|the\s+same)\s+(?:event|distance)\b/i;

/** A meeting told with "in this event": that meeting's race of the race in hand's event (and sex). */
export function withEventInHand(text: string, d: Descriptor, cur: RaceFrame | undefined): Descriptor {
  if (d.event || d.placeOnly || !(d.kind || d.meetName) || !cur?.event) return d;
  if (!THIS_EVENT.test(text.slice(d.end, d.end + 60))) return d;
  return { ...d, event: cur.event.value, sex: d.sex ?? cur.sex?.value ?? null };
}
