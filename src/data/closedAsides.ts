/**
 * Asides closed before a sentence's main verb: a relative clause ("Park, who had beaten Tran at the
 * Lakeside Invitational in April, was second") or an apposition on a runner's place in another race
 * ("Whitcombe, 15th in the 10,000m final in Tokyo last month, ran …"). The race they name is not the
 * main verb's race.
 */
import type { Placed } from './articleState';
import type { Descriptor } from './raceFrames';

// "Team GB's Rory Whitcombe, 15th in the 10,000m final in Tokyo last month, ran …" and "Flowers, the
// 100m silver medallist at the Brisbane Olympics, was not troubled": an apposition on a runner's
// place in another race is closed like a relative clause.
const PLACE_APPOSITION =
  /,\s*(?:\d{1,2}(?:st|nd|rd|th)|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:the\s+(?:[\w-]+\s+){0,2})?(?:runner-up|winner|(?:gold|silver|bronze)\s+medall?ist))\s+(?:(?:over|on|across)\s+the\s+[\w-]+\s+)?(?:in|at|of)\s(?:[^,]|,(?=\d))*$/i;
const OPEN_RELATIVE = /,\s*(?:who|which|whose)\b[^,]*$/i;

/** Whether a race phrase after `before` stands in an apposition on a runner's place in it. */
export function inPlaceApposition(before: string): boolean {
  return PLACE_APPOSITION.test(before);
}

// "Chepkoech, the 2026 Diamond League 5000m champion after winning the final in Brussels, was …": a
// noun phrase set after the subject's name (not after an opening "In Brussels,"). ("…, while American
// Jordan Whitfield, the fastest qualifier after winning the second semi-final in 3:32.40, never
// recovered …": after "while".)
const SUBJECT_APPOSITION =
  /(?:^|,\s+(?:and|while|whereas)\s+|;\s*)(?!(?:In|At|On|For|After|Before|During|Over|With|By|From|When|While|As|Then|But|And)\b)(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,\s*(?:the|a|an)\s[^,;]*$/u;

/**
 * Whether the race phrase at [start, end) stands in such an apposition, or in a noun phrase set after
 * the subject's name, closed before the sentence's main verb ("Tanui, bronze medallist at the 2029
 * World Championships in 8:09.31, moved to the front").
 */
export function inClosedPlaceApposition(
  text: string,
  s: { start: number; end: number },
  d: Pick<Descriptor, 'start' | 'end' | 'kind' | 'year' | 'city' | 'meetName' | 'round'>,
): boolean {
  const before = text.slice(s.start, d.start);
  // (A noun phrase's race must be named: "Ellison, the only American to reach the final, made it …",
  // or be an earlier round: "X, the favourite after the fastest time of the heats, faded to ninth".)
  const named =
    d.kind !== null ||
    d.year !== null ||
    d.city !== null ||
    d.meetName !== null ||
    d.round === 'heat' ||
    d.round === 'semi-final';
  return (
    (PLACE_APPOSITION.test(before) || (named && SUBJECT_APPOSITION.test(before))) &&
    mainVerbAfterComma(text.slice(d.end, s.end))
  );
}

// The main clause's verb after a relative clause ("…, was second in 9:13.05"), not a participle.
const MAIN_VERB =
  /^[\s,]*(?:(?:then|still|eventually|finally|later|also|somehow|never|only|just|again|soon)\s+)?(?:[a-z]+ed|was|were|is|took|came|ran|won|beat|went|had|paid|left|lost|held|hung|got|made|fell|sat|stood|broke|said|says|told|felt|knew|kept)\b/i;

/** Whether the main verb comes back after a comma in `text` ("…, in 55.10, held her form"). */
export function mainVerbAfterComma(text: string): boolean {
  return text
    .split(',')
    .slice(1)
    .some((part) => MAIN_VERB.test(part));
}

/**
 * The race phrases a clause's facts may take their race from: "Park, who had beaten Tran at the
 * Lakeside Invitational in April, was second": the meeting of a relative clause closed before the
 * clause's main verb is not that verb's race. `pos` is where in the clause the fact is.
 */
export function outsideClosedRelatives(
  text: string,
  sentenceStart: number,
  clause: { start: number; end: number },
  placed: Placed[],
  pos: number = clause.start,
): Placed[] {
  // Only a race phrase before the clause can be in a relative clause closed before it.
  if (!placed.some((p) => p.descriptor.start < clause.start)) return placed;
  // (Tested only when a relative clause before needs it.) "Clarke, who also won her heat on Tuesday,
  // in 55.10, held her form well to take silver in 53.97": the main verb may come back inside this
  // clause, after a comma and before the fact at `pos`.
  let mainVerb: boolean | undefined;
  const mainVerbHere = (): boolean =>
    (mainVerb ??=
      MAIN_VERB.test(text.slice(clause.start, clause.end)) ||
      mainVerbAfterComma(text.slice(clause.start, pos)));
  // "…, who had eased through her semi-final, was quickest …, and Dunbar (11.15)": the main verb
  // came back after the relative clause, before this clause.
  const closed = (p: Placed): boolean => {
    const between = text.slice(p.descriptor.end, clause.start);
    return between.includes(',') && (mainVerbHere() || mainVerbAfterComma(between));
  };
  return placed.filter(
    (p) =>
      p.descriptor.start >= clause.start ||
      !(
        (OPEN_RELATIVE.test(text.slice(sentenceStart, p.descriptor.start)) ||
          inPlaceApposition(text.slice(sentenceStart, p.descriptor.start))) &&
        closed(p)
      ),
  );
}

/**
 * Whether the race phrase placed at `p` stands in an aside closed before the fact at `pos`: told in
 * an apposition or relative clause whose main verb comes back after a comma before the fact
 * ("Okonkwo, another of Tuesday's heat winners, took bronze in 54.20"; "Whitfield, the fastest
 * qualifier after winning the second semi-final in 3:32.40, finished ninth": ninth in the final).
 */
export function closedBefore(
  text: string,
  s: { start: number; end: number },
  clause: { start: number; end: number },
  p: Placed,
  pos: number,
): boolean {
  const between = text.slice(p.descriptor.end, pos);
  // (An apposition on a place closes with the fact's own word: "…, bronze medallist in the final at the
  // 2037 World Championships, won in 8:14.62".)
  const word = /^\w+/.exec(text.slice(pos, pos + 12))?.[0] ?? '';
  if (
    (p.aside === true && mainVerbAfterComma(between)) ||
    (inPlaceApposition(text.slice(clause.start, p.descriptor.start)) && mainVerbAfterComma(between + word))
  )
    return true;
  // (An earlier round only: "X, the first Asian man into an Olympic 100m final since 2008, was seventh"
  // may name the race in hand.)
  const round = p.descriptor.round === 'heat' || p.descriptor.round === 'semi-final';
  return (
    round &&
    between.includes(',') &&
    MAIN_VERB.test(text.slice(pos, pos + 24)) &&
    inClosedPlaceApposition(text, s, p.descriptor)
  );
}
