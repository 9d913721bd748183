import type { ArticleFacts, RaceFrame } from './articleFacts';
import type { Sentence } from './splitSentences';
import { merge, type Descriptor } from './raceFrames';
import { completed, withEventEarned, withEventInHand } from './descriptorRewrites';
import { placeAwayRace, placeWhereRace } from './placeWhereRace';
import { splitClauses, type Clause } from './clauses';
import { frameForDescriptor, freeTakenEvent, otherRound, shareSex } from './frameForDescriptor';
import { isFuture, type ArticleState, type Placed, type SpanOf } from './articleState';
import { inClosedPlaceApposition as apposed } from './closedAsides';
import { isAside } from './asideRounds';
import { sexOfResults, sexOfRunners } from './sexOfResults';
import { isRaceAnnounced } from './raceWords';
import { inPastApposition } from './pastPhrases';
import {
  finalEvidence,
  givePastHostCity,
  inEventList,
  isEarlierEdition,
  inferSex,
  isEarlierRound,
  isSiblingRound,
  isWonOtherHeat,
  otherHourSex,
  reportMonth,
  reportYear,
} from './frameEvidence';
import {
  HISTORICAL,
  PAST_TIME,
  WHEN_OPENING,
  WHERE_AFTER,
  toldAfterWon,
  isPointedBack,
  POSSESSED,
  DAY_BEFORE,
  HELD_EARLIER,
  AFTER_VERB,
  RACE_WORDS,
  OWN_RELATIVE,
  AWAY,
  isDatedScene,
  isScene,
  isPossessedPast,
  historyWindow,
  monthBefore,
  OPENING_THEN_RUNNER,
  SUFFERED_AT,
  NAMED,
  TEAM_AT,
  RESULT_BEFORE,
  TOLD_AS_TODAY,
  DAY_OPENING,
} from './historyCues';

/**
 * Places a sentence's race phrases in the article's race frames, and moves the race in hand unless
 * the phrase is history, the future, a moment in time, a place only, or an event named in passing.
 */
export function placeDescriptors(
  text: string,
  s: Sentence,
  descriptors: Descriptor[],
  facts: ArticleFacts,
  state: ArticleState,
  span: SpanOf,
  heading = false,
  clausesOf: () => readonly Clause[] = () => splitClauses(text, s.start, s.end),
): Placed[] {
  const placed: Placed[] = [];
  const clauses = descriptors.length > 0 ? clausesOf() : [];
  let ahead: Descriptor | undefined; // (an event of a race still to come, told in this sentence)
  for (const named of descriptors) {
    const clauseOf = clauseAt(clauses, s, named.start);
    const done = completed(text, named, descriptors, clauseOf, s.start, facts, state.current);
    const cur = state.current === null ? undefined : facts.frames[state.current];
    const d = withEventInHand(text, toldAfterWon(text, withEventEarned(text, done, ahead)), cur);
    if (d.kind && (d.city || d.year)) facts.editions.push({ kind: d.kind, city: d.city, year: d.year });
    if (
      d.temporal === 'after' &&
      (d.city || d.kind || d.meetName) &&
      WHERE_AFTER.test(text.slice(d.end, d.end + 12))
    ) {
      placed.push({ descriptor: d, frame: placeWhereRace(d, facts, state, span(s.start, s.end)) });
      continue;
    }
    // "Rotterdam, 19 August 2034." alone, in a report of 2038: a scene of a past race (true); but
    // "Birmingham, 12 August 2026. Author: …" in a report of 2026 is its dateline (false).
    const datedScene = isDatedScene(text, s) ? (d.year ?? 0) < (state.publishedYear ?? 0) : null;
    if (d.temporal || datedScene === false) {
      placed.push({ descriptor: d, frame: null });
      continue;
    }
    if (AWAY.test(text.slice(d.end, d.end + 50))) {
      placed.push({ descriptor: { ...d, temporal: 'before' }, frame: null });
      continue;
    }
    const clause = clauseAt(clauses, s, d.start);
    const clauseText = text.slice(clause.start, clause.end);
    const nearText = historyWindow(text, s, clause, d);
    // "intends to be a force at next month's World Indoor Championships with an emphatic 60m victory
    // at …": the future told before another race phrase is that phrase's, not this one's.
    // (Not "will now form Kenya's 10,000m team at the World Championships": one phrase, one future.)
    const prior = descriptors
      .filter((o) => o.end <= d.start && o.start >= clause.start && !TEAM_AT.test(text.slice(o.end, d.start)))
      .pop();
    // "The Olympic final … remains the race by which the rivalry will be judged": no future of the race.
    const rest = clauseText.slice(d.end - clause.start);
    const own = OWN_RELATIVE.exec(rest);
    const told = clauseText.slice(0, d.end - clause.start) + (own ? rest.slice(0, own.index) : rest);
    // ("at the Meeting de Paris and the Bislett Games in June": a clause joined by "and" shares it.)
    const future =
      isFuture(prior ? text.slice(prior.end, Math.min(clause.end, d.end + 40)) : told) ||
      (/\band\s+$/i.test(text.slice(s.start, clause.start)) && isFuture(text.slice(s.start, clause.start)));
    if (future && !d.placeOnly && !SUFFERED_AT.test(text.slice(Math.max(s.start, d.start - 40), d.start))) {
      if (d.event && !d.round) ahead = d;
      placed.push({ descriptor: { ...d, temporal: 'before' }, frame: null });
      continue;
    }
    const inRelative = /^\s*(?:who|which|whose)\b/i.test(clauseText);
    const sameMeeting =
      cur?.kind != null &&
      d.kind === null &&
      !d.city &&
      !d.year &&
      !inRelative &&
      !POSSESSED.test(text.slice(Math.max(s.start, d.start - 40), d.start));
    // An event named in passing ("a series on the 100m and 200m sprints") is not the race being reported.
    // An opening phrase that names it ("In the men's 1500 meters, Ruiz ran …") is read with its sentence.
    const opening =
      clause.start <= s.start + 1 &&
      clause.end < s.end &&
      /^\s*(?:(?:in|at|for)\s+the|over(?:\s+the)?)\b/i.test(clauseText);
    // "The boys 3,200 came down to the last lap", "The senior women's 8km was decided on the final
    // lap", "On 3000 metres, the Dutchwoman …": an event that opens its sentence is its subject (after a
    // word of when: "Twenty-four hours later, the men's 5000m was a slow, tactical affair", or a
    // speaker's: "NADIA: OK, the men's five thousand.").
    const passing =
      (!heading && d.kind === null && !d.meetName && !d.round && inEventList(text, d, descriptors)) ||
      (!heading &&
        !/^\s*(?:[A-Z]+:\s+)?(?:(?:ok|okay|right|so|now),?\s+)?(?:(?:(?:[\w-]+\s+){0,3}(?:later|afterwards)|then|meanwhile|next|finally|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+\w+)?),?\s+)?th(?:e|at)\s+(?:(?:senior|junior|elite|open|masters|U\d{2}|under-\d{2})\s+)?$|^\W*on\s+$/i.test(
          text.slice(s.start, d.start),
        ) &&
        d.kind === null &&
        !d.round &&
        !d.meetName &&
        d.event !== null &&
        cur?.event != null &&
        cur.event.value !== d.event &&
        // ("X gave the crowd something to cheer in the men's 60m": a runner's event, told with its field.)
        !(d.sex && /\bin\s+(?:the\s+)?$/i.test(text.slice(d.start - 8, d.start)) && NAMED.test(nearText)) &&
        !RACE_WORDS.test(opening ? text.slice(s.start, s.end) : clauseText) &&
        // ("Over 5000m, Irish international Declan Furlong … came home", "In the 110m hurdles, the Brazilian X …".)
        !(opening && /^\s*over\s/i.test(clauseText)) &&
        !isRaceAnnounced(text, s, d.start, d.end) &&
        !(d.start - s.start < 12 && OPENING_THEN_RUNNER.test(s.text)));
    const afterVerb = AFTER_VERB.test(text.slice(Math.max(s.start, d.start - 50), d.start));
    // "who two years ago in Istanbul had been eliminated in the semi-final": another edition.
    const today = TOLD_AS_TODAY.test(text.slice(d.end, d.end + 40));
    const past = !d.kind && !d.meetName && !d.city && !d.year && !today && PAST_TIME.test(nearText);
    // "A medal too for Kealy, who ran the race of her life to take bronze in the women's 800m final":
    // a relative clause in the simple past on another event of the meeting tells it.
    const otherEventTold =
      inRelative &&
      !d.kind &&
      !d.meetName &&
      !d.city &&
      !d.year &&
      d.event !== null &&
      // (Or an event of a meeting told as the day's, none of whose races is in hand yet.)
      cur !== undefined &&
      (cur.event == null ? cur.kind !== null && !cur.historical : cur.event.value !== d.event) &&
      !/^\s*(?:who|which)\s+(?:had|has|have|'d)\b/i.test(clauseText);
    // "When the result finally flashed up, Kiplagat had won the men's 800m final": the same evening.
    const fromMoment = WHEN_OPENING.test(text.slice(s.start, Math.min(s.end, s.start + 100)));
    const nearTold = otherEventTold ? nearText.replace(/^\s*(?:who|which)\b/i, '') : nearText;
    // ("Friday's heat had gone almost perfectly to plan": a round of the meeting's week, told back.)
    const dayRound = d.round !== null && !d.kind && !d.year && DAY_OPENING.test(text.slice(s.start, d.end));
    const historyText = fromMoment || dayRound ? nearTold.replace(/\bhad\b/gi, '') : nearTold;
    const historical =
      passing ||
      // ("after finishing second at the FBK Games" once a race is reported: where its runner came from.)
      (afterVerb && (d.kind === null || (!!cur && facts.results.some((r) => r.frame === cur.index)))) ||
      past ||
      // "Mulvaney was fourth at the 2031 world championships" in a report on a 2032 race (or "who was
      // sixth at …" in one of 2033 whose race's year is untold); "Chicago, October 2023." is left to cues.
      // (Or ", bronze medallist in the final at the 2037 World Championships, won" in one of 2039.)
      (d.year !== null &&
        cur !== undefined &&
        (cur.kind !== null || apposed(text, s, d)) &&
        !cur.historical &&
        d.year <
          (reportYear(facts, cur, state.publishedYear ?? null) ??
            // (Or "at the 2035 World Championships" in one of 2037 on the national trials, of no year or town.)
            (inRelative || inPastApposition(text, s, d) || cur.kind === null || cur.city === null
              ? state.publishedYear
              : null) ??
            0) &&
        RESULT_BEFORE.test(text.slice(s.start, d.start))) ||
      // "Two years ago, at the 2030 World Indoor Championships, she finished fourth".
      (d.year !== null && PAST_TIME.test(text.slice(s.start, d.start))) ||
      isEarlierEdition(d, cur) ||
      datedScene === true ||
      // "In February he ran 3:48.77 … in the Wanamaker Mile", in a report on a race in September.
      (cur !== undefined &&
        monthBefore(text.slice(s.start, Math.min(s.end, d.end + 30)), reportMonth(facts, cur) ?? 0)) ||
      (!sameMeeting && !today && (HISTORICAL.test(historyText) || isPossessedPast(text, s, d, facts.frames)));
    if (d.sex && !d.placeOnly) sexOfRunners(facts, d.event, state.sexes);
    if (cur && !cur.sex && d.sex && !d.placeOnly) {
      otherHourSex(text.slice(s.start, d.start), cur, d, facts);
      if (!cur.sex) inferSex(cur, d.sex, facts);
      shareSex(cur, facts.frames);
    }
    const opensSentence = /^\W*$/.test(text.slice(s.start, d.start));
    if (opensSentence) givePastHostCity(d, facts.frames);
    const toldAsPast = (frame: number): boolean =>
      facts.results.some((r) => r.frame === frame && PAST_TIME.test(r.source.quote));
    // "at the 2030 World Indoor Championships, she finished fourth in the final": that edition's final.
    const roundOnly = historical && d.round && !d.kind && !d.meetName && !d.event && !d.city && !d.year;
    const pastRound = roundOnly
      ? placed.findLast(
          (p) => p.frame !== null && facts.frames[p.frame]?.historical && !facts.frames[p.frame]?.round,
        )
      : undefined;
    // "while Morrison was second in the other semi": another race of the round, told in passing.
    const other = /^the\s+other\s/i.test(text.slice(d.start, d.end))
      ? otherRound(d, facts.frames, state.current)
      : null;
    const nextHeat = isWonOtherHeat(facts, cur, d) ? otherRound(d, facts.frames, state.current) : null;
    freeTakenEvent(text, d, cur, historical);
    const frame =
      pastRound?.frame ??
      other ??
      nextHeat ??
      placeAwayRace(text, d, clause, descriptors, facts, state, span(s.start, s.end)) ??
      frameForDescriptor(
        historical && (d.year ?? Infinity) < (state.publishedYear ?? 0) ? { ...d, beforeReport: true } : d,
        facts.frames,
        past ? null : state.current,
        historical,
        toldAsPast,
        (f) => finalEvidence(facts, f, historical),
        (f) => sexOfResults(facts, f),
      );
    if (frame === null) {
      placed.push({ descriptor: d, frame: null });
      continue;
    }
    const f = facts.frames[frame] as RaceFrame;
    // "In Eugene, van Dorn ran … in the semifinal": a sentence that opens on the city of another race
    // told before moves the report there (a past race's city sets the scene for its paragraph only).
    if (d.placeOnly && frame !== state.current && !historical && opensSentence) {
      if (f.historical) state.scene ??= { line: s.line, previous: state.current };
      state.current = frame;
    }
    // "… claimed the men's 110m hurdles world title in Rome, while Van der Laan won the women's 400m
    // hurdles": a race told beside one of a meeting, in the same sentence, is of that meeting.
    const beside = cur && cur.kind && placed.some((p) => p.frame === cur.index) ? cur : undefined;
    if (beside && f.kind === null && !historical && !d.placeOnly && d.event !== null)
      [f.kind, f.city, f.year, f.meetName] = [beside.kind, beside.city, beside.year, beside.meetName];
    merge(f, d, span(s.start, s.end));
    if (d.sex) shareSex(f, facts.frames);
    const aside = isAside(text, s, clause, d, cur, frame, other !== null);
    if (!historical && !d.placeOnly && aside) f.historical = false;
    // A runner's place in another race, told in an apposition closed before the main verb, moves nothing.
    else if (!historical && !d.placeOnly && !apposed(text, s, d) && !isPointedBack(text, s, d, f, facts)) {
      const day = state.pendingDay ?? state.sectionDay;
      // (Or the race in hand, named in full only now under the day's heading, none of its results read.)
      const fresh = frame !== state.current || !facts.results.some((r) => r.frame === frame);
      if (day && fresh && !f.weekday && !f.monthDay && !dayRound) f.weekday = day;
      state.pendingDay = undefined;
      if (frame !== state.current && !isSiblingRound(f, facts.frames[state.current ?? -1]))
        state.scene = undefined;
      // "The 23-year-old looked imperious on Thursday, winning the second semi-final": an earlier
      // round told in passing in a report on the final is in hand for its paragraph only.
      if (
        !heading &&
        cur &&
        frame !== cur.index &&
        isEarlierRound(d, cur) &&
        (DAY_BEFORE.test(text.slice(s.start, d.start)) || HELD_EARLIER.test(text.slice(d.end, s.end)))
      )
        state.scene = { line: s.line, previous: cur.index };
      state.current = frame;
      f.historical = false;
    } else if (historical && !d.placeOnly && (d.kind || d.meetName) && isScene(text, s)) {
      state.scene ??= { line: s.line, previous: state.current };
      state.current = frame;
    }
    // "after winning the second semi-final" in a report on the final: an earlier round of the same
    // championships, told in passing. It stays out of the race in hand but is no history.
    else if (afterVerb && cur && isEarlierRound(d, cur)) f.historical = false;
    placed.push(aside && !historical ? { descriptor: d, frame, aside } : { descriptor: d, frame });
  }
  return placed;
}

// The clause of the sentence a position falls in (the whole sentence when none does).
function clauseAt(clauses: readonly Clause[], s: Sentence, pos: number): Clause {
  return clauses.find((c) => pos >= c.start && pos < c.end) ?? { start: s.start, end: s.end };
}
