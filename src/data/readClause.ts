import type { ArticleFacts } from './articleFacts';
import type { Mention } from './findMentions';
import type { Sentence } from './splitSentences';
import type { Clause } from './clauses';
import type { SourceSpan } from './types';
import { findTimes } from './findTimes';
import { parseTime, typoMessage } from './parseTime';
import {
  findRecords,
  findGaps,
  findStatus,
  findAbsences,
  findOrderings,
  mayStateGapStatusAbsenceOrOrdering,
} from './findClauseFacts';
import { timeRole } from './timeRole';
import { pairedTimes, subjectOrPossessor, timeOwner } from './timeOwner';
import { findPlaces, type PlaceFact } from './findPlaces';
import { placeFitsSex } from './placeCues';
import { pastEditionFrame, pastOfClause, type PastAside } from './pastEditions';
import { dropToldPlaces, withRevisedPlaces } from './revisedPlaces';
import { beatenBeforeThird, listedRunnersUp, winnerAhead } from './listedRunnersUp';
import { findNarrative, distanceIn } from './findNarrative';
import { FIELD_EVENT, WHEELCHAIR } from './lexicon/events';
import { sexOfFirstHome, twinOfSex } from './frameOfSex';
import { awardsMedals, medalRace, reassignByPlausibility, timesFollow } from './frameEvidence';
import { closedBefore, outsideClosedRelatives } from './closedAsides';
import {
  ensureFrame,
  frameAt,
  preferNamed,
  type ArticleState,
  type Placed,
  type SpanOf,
} from './articleState';

/**
 * Every fact of one clause (times, places, records, gaps, status, orderings, absences, the race
 * story), each put in its race. `priorWin` is a win the clause before told; returns this clause's.
 */
export function readClause(
  text: string,
  s: Sentence,
  clause: Clause,
  mentions: Mention[],
  placed: Placed[],
  facts: ArticleFacts,
  state: ArticleState,
  span: SpanOf,
  priorWin: PlaceFact | null = null,
): PlaceFact | null {
  // "cleared 2.01m to win the women's high jump": a field event's result is no race's.
  // ("In the wheelchair races, Imhof won the men's event in 1:28:40": nor a wheelchair race's.)
  if (FIELD_EVENT.test(text.slice(clause.start, clause.end)) || WHEELCHAIR.test(s.text)) return null;
  // The sentence's span, made once the clause tells a fact (most clauses tell none).
  let src: SourceSpan | undefined;
  const source = (): SourceSpan => (src ??= span(s.start, s.end));
  const inClause = placed.filter(
    (p) => p.frame !== null && p.descriptor.start >= clause.start && p.descriptor.start < clause.end,
  );
  // A race named in the clause before the fact, or just after it ("a win at the Lausanne meet", "a 6.52 in the heats"), is the fact's race.
  // "after winning his heat Thursday": a race that is the object of the fact's verb is its race.
  // "Twelve months ago, in the same final, he was only fourth": a round named without its meeting is
  // the race in hand's, a year earlier.
  const past = pastOfClause(text, clause, inClause, facts, state);
  // "Okonkwo, another of Tuesday's heat winners, took bronze in 54.20": an earlier round told in an
  // aside closed before the fact's main verb is not the fact's race ("had scraped through his
  // semi-final …, third in 1:43.94" is).
  const closedAside = (p: Placed, pos: number): boolean => closedBefore(text, s, clause, p, pos);
  const asideAt = (pos: number): PastAside | undefined =>
    past.stretches.find((a) => pos >= a.start && pos < a.end);
  const firstHomeSex = sexOfFirstHome(text.slice(s.start, s.end));
  const frameOf = (pos: number, peekOnly = false): number | null => {
    const f = frameOfPos(pos, peekOnly);
    return firstHomeSex && f !== null ? (twinOfSex(facts.frames, f, firstHomeSex) ?? f) : f;
  };
  const frameOfPos = (pos: number, peekOnly: boolean): number | null => {
    if (past.whole) return pastEditionFrame(facts, state, past.whole.year, state.current, past.whole.back);
    const aside = asideAt(pos);
    if (aside?.ofHand) return peekOnly ? state.current : pastEditionFrame(facts, state, aside.year);
    // ("finished 14th in the under-20 race at the 2035 World Cross Country Championships": the race.)
    const next = inClause.find((p) => p.descriptor.start > pos && p.descriptor.start - pos <= 50);
    const after = next && next.descriptor.start - pos <= 40 ? next : undefined;
    if (
      next &&
      /^(?:\d[\d:.]*\s+|(?:[\p{L}\d-]+\s+){1,2}?|(?:[\p{L}\d-]+\s+){2,3}?over\s+)(?:in\s+the\s+(?:[\p{L}\d-]+\s+){1,2}?(?:race|final|event)\s+)?(?:(?:in|at)\s+)?(?:(?:his|her|their|its|the|a|last\s+year['’]s)\s+)?$/iu.test(
        text.slice(pos, next.descriptor.start),
      )
    )
      return next.frame;
    // (Nor a race named in a past apposition: "Bakker, a finalist at the last two Olympics, was fourth".)
    const inAside = (p: Placed): boolean => !!asideAt(p.descriptor.start) && !asideAt(pos);
    const closed = new Set(inClause.filter((p) => closedAside(p, pos) || inAside(p)));
    return (
      preferNamed(inClause.filter((p) => p.descriptor.start <= pos && !closed.has(p)).pop(), after)?.frame ??
      frameAt(
        pos,
        outsideClosedRelatives(text, s.start, clause, placed, pos).filter((p) => !closed.has(p)),
        state,
      )
    );
  };
  const times = findTimes(text, clause.start, clause.end);
  const firstTime = facts.results.length;
  // Runners whose time in the clause fits another race than the clause's: from that race, to this.
  const moved = new Map<string, [number | null, number | null]>();
  const stayed = new Set<string>();
  let hasResultTime = false;
  const paired = pairedTimes(text, s, clause, times, mentions);
  for (const t of times) {
    const role = timeRole(text, clause, t);
    if (role === 'gap' || role === 'other') continue;
    const frameIndex = frameOf(t.start);
    const frame = frameIndex !== null ? facts.frames[frameIndex] : undefined;
    const parsed = parseTime(t.raw, frame?.distance ?? null, state.dottedMinutes);
    if (!parsed) continue;
    if (role === 'split') {
      const who = subjectOrPossessor(text, clause, mentions, t.start);
      const lap = /(?:opening|first)\s+lap|lap\b/i.test(
        text.slice(Math.max(clause.start, t.start - 40), t.end + 30),
      );
      const where = distanceIn(text.slice(clause.start, clause.end));
      facts.narrative.push({
        frame: ensureFrame(facts, state, frameIndex),
        kind: 'split',
        athleteId: who,
        others: [],
        toGo: null,
        from: lap ? 400 : (where?.from ?? null),
        fraction: null,
        time: parsed.seconds,
        source: source(),
      });
      continue;
    }
    const pairedWith = paired.get(t);
    const who = pairedWith === undefined ? timeOwner(text, clause, mentions, t.start) : pairedWith;
    if (!who) continue;
    const target = reassignByPlausibility(
      facts,
      frameIndex,
      parsed.seconds,
      t.raw.includes(':'),
      t.withSeconds,
    );
    if (target === undefined) continue;
    if (target !== frameIndex) moved.set(who, [frameIndex, target]);
    else stayed.add(who);
    hasResultTime = true;
    facts.results.push({
      frame: ensureFrame(facts, state, target),
      athleteId: who,
      field: 'time',
      value: parsed.seconds,
      precision: parsed.precision,
      typo: parsed.typo,
      source: source(),
    });
    if (parsed.typo)
      facts.issues.push({
        kind: 'typo-time',
        message: typoMessage(t.raw),
        sources: [span(t.start, t.end)],
      });
  }
  // ("took silver in the 10,000m at the 2038 European Championships" after a Diamond League race:
  // the championships the clause names.)
  const medalContext = (pos: number): boolean => {
    const f = frameOf(pos, true);
    return (
      awardsMedals(f !== null ? facts.frames[f] : undefined) ||
      inClause.some((p) => p.frame !== null && awardsMedals(facts.frames[p.frame]))
    );
  };
  // A clause told of the previous edition ("won last year's edition in 2:05:48") names its race.
  // A place told in an apposition on another race's past result is dropped.
  const places = withRevisedPlaces(
    text,
    clause,
    mentions,
    findPlaces(text, clause, mentions, medalContext(clause.start), inClause.length > 0 || past.named).filter(
      (p) => asideAt(p.at)?.ofHand !== false,
    ),
  );
  const win = places.find((p) => p.place === 1) ?? null;
  const lastWin = win ?? priorWin;
  if (lastWin) places.push(...listedRunnersUp(text, clause, s.end, mentions, lastWin, places));
  places.push(...beatenBeforeThird(text, clause, s.end, mentions, places));
  places.push(...winnerAhead(text, clause, s.end, mentions, places));
  for (const p of places) {
    // "Marchand … finished second in 7:38.97" while a 60m race is in hand: the place goes with the time.
    const [from, to] = (!stayed.has(p.athleteId) && moved.get(p.athleteId)) || [];
    const at = frameOf(p.at);
    const frame = ensureFrame(facts, state, to !== undefined && from === at ? to : at);
    if (!placeFitsSex(p, facts.frames[frame]?.sex?.value, places)) continue;
    const won = p.medal ? medalRace(facts, frame) : frame;
    if (won !== frame) timesFollow(facts, firstTime, frame, won, p.athleteId);
    if (p.revised) dropToldPlaces(facts, won, p.athleteId);
    facts.results.push({
      frame: won,
      athleteId: p.athleteId,
      field: 'place',
      value: p.place,
      source: source(),
    });
  }
  // Records, gaps, status, orderings and absences belong to a person named in the clause itself.
  const anyone = mentions.some((m) => m.id !== null && m.start >= clause.start && m.end <= clause.end);
  if (anyone) readPersonFacts(text, s, clause, mentions, placed, facts, state, span, hasResultTime, frameOf);
  const frameIndex = frameOf(clause.start);
  if (frameIndex !== null && !(facts.frames[frameIndex]?.historical ?? false)) {
    for (const n of findNarrative(text, clause, { start: s.start, end: s.end }, mentions)) {
      facts.narrative.push({
        frame: frameIndex,
        kind: n.kind,
        athleteId: n.athleteId,
        others: n.others,
        toGo: n.toGo,
        from: n.from,
        fraction: n.fraction,
        time: null,
        source: source(),
      });
    }
  }
  return win;
}

function readPersonFacts(
  text: string,
  s: Sentence,
  clause: Clause,
  mentions: Mention[],
  placed: Placed[],
  facts: ArticleFacts,
  state: ArticleState,
  span: SpanOf,
  hasResultTime: boolean,
  frameOf: (pos: number) => number | null,
): void {
  // The sentence's span, made once the clause tells a fact (most clauses tell none).
  let src: SourceSpan | undefined;
  const source = (): SourceSpan => (src ??= span(s.start, s.end));
  for (const r of findRecords(text, clause, mentions, hasResultTime)) {
    facts.results.push({
      frame: ensureFrame(facts, state, frameOf(r.at)),
      athleteId: r.athleteId,
      field: 'record',
      value: r.record,
      record: r.record,
      source: source(),
    });
  }
  const more = mayStateGapStatusAbsenceOrOrdering(text, clause);
  for (const g of more ? findGaps(text, clause, mentions) : []) {
    facts.results.push({
      frame: ensureFrame(facts, state, frameOf(g.at)),
      athleteId: g.athleteId,
      field: 'gap',
      value: g.seconds,
      relativeTo: g.relativeTo,
      source: source(),
    });
  }
  for (const st of more ? findStatus(text, clause, mentions) : []) {
    facts.results.push({
      frame: ensureFrame(facts, state, frameOf(st.at)),
      athleteId: st.athleteId,
      field: 'status',
      value: st.status,
      source: source(),
    });
  }
  for (const o of more ? findOrderings(text, clause, mentions) : []) {
    facts.orderings.push({
      frame: ensureFrame(facts, state, frameOf(o.at)),
      ahead: o.ahead,
      behind: o.behind,
      source: source(),
    });
  }
  const absent = more ? findAbsences(text, clause, mentions) : [];
  if (absent.length > 0) {
    const frames = placed
      .filter((p) => p.frame !== null && p.descriptor.start >= s.start)
      .map((p) => p.frame as number);
    for (const a of absent)
      for (const f of frames.length ? [...new Set(frames)] : state.current !== null ? [state.current] : [])
        facts.absences.push({ frame: f, athleteId: a.athleteId, source: source() });
  }
}
