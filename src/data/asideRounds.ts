/**
 * Whether a race phrase is told in passing, so the race in hand stays where it was: another race of
 * the meeting told beside it ("while Jeruto took the women's 400m hurdles"), another heat of its round
 * ("the other semi"), or an earlier round told in a side clause of a report on the final.
 */
import type { RaceFrame } from './articleFacts';
import type { Clause } from './clauses';
import type { Descriptor } from './raceFrames';
import type { Sentence } from './splitSentences';
import { inClosedPlaceApposition as apposed } from './closedAsides';
import { isEarlierRound } from './frameEvidence';
import { ASIDE, ASIDE_BEFORE, PAST_PERFECT_BEFORE, ROUTE_BEFORE } from './historyCues';

/** Whether `d`, placed in `frame` while `cur` is in hand, is told in passing (`other`: "the other semi"). */
export function isAside(
  text: string,
  s: Sentence,
  clause: Clause,
  d: Descriptor,
  cur: RaceFrame | undefined,
  frame: number,
  other: boolean,
): boolean {
  const clauseText = text.slice(clause.start, clause.end);
  // "… to win the men's race, while Jeruto took the women's 400m hurdles": the other race, in passing
  // (or "… gold after compatriot Morioka was beaten into second in the 100m final").
  const toldInPassing =
    cur !== undefined &&
    (d.sexOnly || (d.event !== null && d.kind === null && !d.meetName)) &&
    frame !== cur.index &&
    (/^\s*(?:while|whereas|after)\b/i.test(clauseText) ||
      // "Worku gets his win as Cherono runs away with the women's race": the joint is left out.
      /\b(?:while|whereas|as)\s+$/i.test(text.slice(Math.max(s.start, clause.start - 10), clause.start))) &&
    clause.start > s.start + 1;
  // "…, when he won the second semifinal in 43.88": an earlier round told in a side clause of a
  // report on the final; the report goes on with the final.
  return (
    toldInPassing ||
    other ||
    (cur !== undefined &&
      isEarlierRound(d, cur) &&
      (ASIDE.test(clauseText) ||
        apposed(text, s, d) ||
        ASIDE_BEFORE.test(text.slice(Math.max(s.start, d.start - 80), d.start)) ||
        PAST_PERFECT_BEFORE.test(text.slice(Math.max(clause.start, d.start - 80), d.start)) ||
        ROUTE_BEFORE.test(text.slice(Math.max(s.start, d.start - 80), d.start))))
  );
}
