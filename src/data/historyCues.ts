/** The words around a race phrase that tell whether it is history, an aside or the race in hand. */
import type { Sentence } from './splitSentences';
import type { Descriptor } from './raceFrames';
import type { RaceFrame } from './articleFacts';
import { MONTHS } from './lexicon/numbers';
import { withoutPastComparisons } from './pastPhrases';
import { ORDINAL_PATTERN } from './lexicon/numbers';

// ("who also ran 19:02 at Woodhouse Moor parkrun the day before": another meeting's race, before this.)
// "for once" is this time, not a time before; so is "once again" ("the race that once again turned into
// the fastest course").
export const HISTORICAL =
  /\b(?:had(?!\s+(?:her|his|their|its|a|an|the|no|to|enough|little|much|more|less|plenty|nothing|something|finally|at last)\b)(?!\s+been\s+(?:thinking|dreaming|waiting|planning|eyeing|targeting|pointing|preparing|looking))|previous(?!\s+(?:evening|night|day|afternoon|morning))|previously|former(?!\s+(?:[\w-]+\s+){0,3}?(?:[\w-]*(?:er|ist|ian|or|ete|ach|ional)|champion|pupil|student|graduate|alumn(?:us|a|i)|resident|captain)\b)|the last (?:two|three|four|five|[2-5]) (?:Olympics|Olympic Games|Games|championships|Worlds|editions)|last (?:year|season|summer|winter|spring|autumn|month|January|February|March|April|May|June|July|August|September|October|November|December)(?!['’]s\s+(?:winner|champion|victor|runner-up|medallist|medalist|podium|top))|(?<!\b(?:minutes?|seconds?|moments?|an hour)\s)ago|reigning|defending|including|since|earlier|the day before(?!\s+(?:the|his|her|their|a)\b)|(?<!\bfor\s)once(?!\s+(?:aga|mor))|back in (?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)|replicate|repeat|avenge|avenged|helped|recall|(?<!to\s|(?:you|we)\s+(?:(?:will|'ll|may|might|all|surely)\s+)?)remember|this season|appearances?|outings?|(?<!(?:stayed|stays|remained|remains|kept|keeps)\s+)unbeaten)\b|^\s*(?:who|which)\b/i;
// "last year's winner Purity Jelagat is back": a runner named by an earlier season's result, in a
// sentence on this year's race, tells no history of the race (HISTORICAL and PAST_TIME).
// A sentence that dates what it tells to an earlier season ("Twelve months ago, … left in fifth place");
// "finished about twenty minutes ago" is today.
export const PAST_TIME =
  /\b(?:(?<!\b(?:minutes?|seconds?|moments?|an hour)\s)ago|last (?:year|season|summer|time)(?!['’]s\s+(?:winner|champion|victor|runner-up|medallist|medalist|podium|top))|(?:a|one|two|three) years? (?:earlier|before)|twelve months (?:earlier|before)|the (?:previous|year before))\b/i;
// "In the 110 metres hurdles, the Brazilian Rafael Luiz Nascimento confirmed his favouritism": an
// event opening a sentence whose subject is a runner named after it.
export const OPENING_THEN_RUNNER =
  /^\s*(?:[Ii]n|[Aa]t|[Ff]or)\s+the\s+[^,;.]{2,40},\s+(?:the\s+\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+\s+\p{Ll}/u;
export const WHEN_OPENING = /^\s*(?:When|Once|By the time|As soon as)\s[^,.;]{3,80},/;
// "due to fly to London for a scan on the injury she suffered at the Paris Diamond League": a race told
// in a past relative clause of its own is no future.
export const SUFFERED_AT = /\b(?:she|he|they)\s+(?:had\s+)?\p{Ll}+ed\s+(?:at|in)\s+(?:the\s+)?$/u;
export const WHERE_AFTER = /^\s*,\s*where\b/i;
// "a day after the men's 3,000m final, which was won on Saturday by X": the earlier race is then told.
const WON_AFTER = /^\s*,\s*(?:which\s+was\s+)?won\s+(?:\w+\s+){0,3}?by\b/i;
/** A race phrase after "after", as one told when a clause after it says who won it. */
export function toldAfterWon<D extends { temporal: 'before' | 'after' | null; end: number }>(
  text: string,
  d: D,
): D {
  return d.temporal === 'after' && WON_AFTER.test(text.slice(d.end, d.end + 50))
    ? { ...d, temporal: null }
    : d;
}

/**
 * "finished fourth in that Olympic final in Los Angeles": a past race pointed back to stays past; but
 * "That 200m, when it finally got going, belonged to X", a race only named in passing, is now told.
 */
export function isPointedBack(
  text: string,
  s: { start: number },
  d: { start: number },
  f: { historical: boolean; index: number },
  facts: { results: readonly { frame: number | null }[] },
): boolean {
  if (!f.historical || !/\bthat\s+$/i.test(text.slice(Math.max(s.start, d.start - 6), d.start))) return false;
  return (
    !/^\W*that\s+$/i.test(text.slice(s.start, d.start)) || facts.results.some((r) => r.frame === f.index)
  );
}
// "her first world title", not "around her to win the women's 3,000 metres" (her as an object).
export const POSSESSED = /\b(?:his|her|their)\s+(?:(?!(?:to|the|a|an|at|in|on|with|and)\s)[\w-]+\s+){0,3}$/i;
// "on Thursday", "two days earlier", "yesterday": the day an earlier round is told on; or a past
// perfect ("Sang had come through the slowest of the three semi-finals").
// "The semifinals, held 2 1/2 hours earlier, …": an earlier round told with how long before it was run.
export const HELD_EARLIER = /^,?\s*(?:held|run|staged)\s+[^,.;]{0,20}\bearlier\b/i;
// "after finishing second over": a race told after a gerund, on the way to the one reported. (A
// meeting so told is history once a race is reported, not before: "booked her place at the World
// Championships after winning the women's 5,000m final at the UK Championships" tells the race reported.)
export const AFTER_VERB = /\b(?:after|before|since|following|having)\s+\w+ing\s+(?:\w+\s+){0,3}$/i;
// "Marchbank made amends for last year's disappointment, when she was fourth in the final here, by
// winning the women's 1500m title": the title won as the means of the clause's act, in the simple past.
const BY_WINNING =
  /\bby\s+(?:winning|taking|claiming|clinching|capturing|landing|securing)\s+(?:the|a|an|her|his|their)\s+(?:[\w'’-]+\s+){0,4}$/i;

/** Where the "by winning" before a race phrase starts (not after a past perfect), or -1. */
function meansStart(text: string, from: number, d: { start: number }): number {
  const before = text.slice(Math.max(from, d.start - 60), d.start);
  const m = BY_WINNING.exec(before);
  return m && !/\b(?:had|'d)\b/i.test(text.slice(from, d.start)) ? d.start - before.length + m.index : -1;
}

/**
 * The text a race phrase's history is told in: around it ("who had been beaten … at Tokyo", "silver …
 * two years ago"), not in a relative clause further on ("… a school record that had stood since
 * 1998"), from its "by winning" on when the race is won as the means of the clause's act, and
 * without comparisons with a past race.
 */
export function historyWindow(
  text: string,
  s: { start: number; end: number },
  clause: { start: number; end: number },
  d: { start: number; end: number },
): string {
  // "He won the U.S. title in Eugene last summer in 13.02, then took silver at the world
  // championships": a clause that goes on with "then" keeps the time of the one before.
  const from = THEN.test(text.slice(clause.start, clause.start + 12))
    ? s.start
    : Math.max(s.start, clause.start, meansStart(text, clause.start, d));
  const told = withoutPastComparisons(text.slice(from, Math.min(s.end, d.end + 24)));
  return told.replace(TITLE_BEFORE_NAME, (m) => ' '.repeat(m.length));
}

// "Defending world champion Amos Rono showed …": a runner's title, opening the sentence before the
// runner's name, tells no history of the race the sentence goes on to tell.
const TITLE_BEFORE_NAME = /^(?:Defending|Reigning)\s+(?:[a-z]+\s+){0,2}champion(?=\s+\p{Lu})/u;

const THEN = /^[\s,]*(?:and\s+)?then\b/i;

// "Friday's heat had gone …": a sentence opening on a day's round.
export const DAY_OPENING = /^\W*\p{Lu}\p{Ll}+day['’]s\s/u;
export const DAY_BEFORE =
  /\b(?:(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|earlier|yesterday|the day before|had\s+(?:(?:only|just|already)\s+)?(?:come|run|got|been)\s+through)\b/i;
// ("Delmastro, third in the 800 metres in 1'44\"21": a place in a race names it.)
export const RACE_WORDS =
  /\b(?:final(?!\s+(?:bend|lap|straight|stretch|turn|corner|hurdle|barrier|metres|meters|strides|kilomet))|heats?|semi|race|title|gold|silver|bronze|won|wins|win|winning|victory|crown|medal|event|clocked|ran|finish|finishes|finished|took|placed|record|went to|results?|winner|runner-up|elsewhere|meanwhile|contest|duel|showdown|add(?:s|ed|ing)?\s+the|drama|thriller|upset|surprise|there\s+(?:was|were)\s+(?:\w+\s+){0,3}in|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+in\s+the|(?:men|women|runners|athletes|starters|of\s+them)\s+on\s+the\s+(?:start(?:ing)?\s+)?line|lin(?:ed|es|ing)\s+up\s+for)\b|:\s*$/i;
// "The first round on Tuesday gave few clues that the final would be so tight": a clause after
// "that" with its own subject tells no future of the round.
// "…, a time that will now be examined": an apposition's relative clause, too.
export const OWN_RELATIVE =
  /\b(?:by|in|at|on|for|against|through)\s+which\b|\bthat\s+(?:the|his|her|their|he|she|they)\s|,\s+(?:a|an)\s+\w+\s+(?:that|which)\s/i;
// "gave little hint of how close the final would be": a race foreseen, not yet told.
export const AWAY =
  /^\s+(?:now\s+|are\s+|is\s+|were\s+|was\s+)?(?:less than|under|just|only|barely|within|some)\s+\S+\s+(?:days?|weeks?|months?)\s+(?:away|off)|^\s+would\s+(?:be|prove)\b(?!\s+(?:held|run|staged|decided)\b)/i;

export const ASIDE = /^\s*(?:when|after|since|as|having|who|which|whose)\b/i;
// ", another of Tuesday's heat winners, took bronze", ", fastest in the semi-finals, faded": an
// apposition tells of the round before, as a relative does.
// "blasting to 6.49 in the final after a 6.52 in the heats": the round before, told after a time.
export const ASIDE_BEFORE =
  /,\s*(?:when|after|since|as|having|who|which|whose|(?:another|one) of|(?:the\s+)?(?:fastest|quickest|slowest|winner|winners))\b[^,;]*$|\bafter\s+(?:a|an|his|her|their)\s+\d[\d:.]*\s+in\s+$/i;
// "she had scraped into the final as a fastest loser from Thursday's semis": an earlier round told
// in the past perfect is background to the race reported.
// ("the national record of 20.36 he had set in Thursday's heats": an irregular participle too.)
export const PAST_PERFECT_BEFORE =
  /\b(?:had|'d)\s+(?:(?:only|just|already|barely)\s+)?(?:\w+ed|set|broken)\b[^,;]*$/i;
// "only scraped into the final as one of the fastest losers from Saturday's heats": the round a
// finalist came through is told as the way into the final.
export const ROUTE_BEFORE =
  /\bfinal\b[^,;]*\s(?:from|through|via|out of)\s+(?:(?:the|his|her|their|\w+'s)\s+)?$/i;

// "On June 8 last year in Oslo, at the Bislett Games, it was a very different story.": a sentence that
// opens on a past meeting and tells no result sets the scene for the sentences after it.
const SCENE_OPENING =
  /^\s*(?:(?:On|In|At)\s+(?:\w+\s+){0,4}?)?(?:last (?:year|season|summer)|(?:a|one|two|three|four) years? (?:ago|earlier)|in (?:19|20)\d\d)\b/i;
const RESULT_WORD = /\d:\d\d|\d\.\d\d|\b(?:won|win|first|second|third|fourth|fifth|gold|silver|bronze)\b/i;

export function isScene(text: string, s: Sentence): boolean {
  const sentence = text.slice(s.start, s.end);
  return (SCENE_OPENING.test(sentence) && !RESULT_WORD.test(sentence)) || SCENE_LINE.test(sentence);
}

// "Rotterdam, 19 August 2034.": a sentence that is only a place and a day, opening a past race's scene.
const SCENE_LINE = /^\s*\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}, (?:\d{1,2} )?\p{Lu}\p{Ll}+ \d{4}\.\s*$/u;

/** Whether a sentence is only a place and a day of a year ("Rotterdam, 19 August 2034."). */
export function isDatedScene(text: string, s: Sentence): boolean {
  const sentence = text.slice(s.start, s.end);
  return SCENE_LINE.test(sentence) && /, \d/.test(sentence);
}

/** "her first world title": a race of the runner's own past, unless won now (isTitleWon, isOwnHeatWon). */
export function isPossessedPast(
  text: string,
  s: Sentence,
  d: Descriptor,
  frames: readonly RaceFrame[],
): boolean {
  return (
    POSSESSED.test(text.slice(Math.max(s.start, d.start - 40), d.start)) &&
    !isTitleWon(text, s, d) &&
    !isOwnHeatWon(text, s, d, frames) &&
    !(d.round !== null && d.year === null && !d.city && OWN_ROUND_PLACED.test(text.slice(s.start, d.start)))
  );
}

// "finished third in her Olympic 800 metres semi-final": the runner's round, told with her place in it.
const OWN_ROUND_PLACED = new RegExp(
  `\\b(?:finish(?:ed|ing)|was|came|placed)\\s+(?:${ORDINAL_PATTERN})\\s+in\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+){0,4}$`,
  'i',
);

// "to claim his first national 1500-metre title", "retained her 800m crown": the title won now, not
// a race of the runner's past.
function isTitleWon(text: string, s: Sentence, d: Descriptor): boolean {
  return (
    /\b(?:won|wins?|winning|claim(?:ed|s|ing)?|t(?:ake|akes|aking|ook)|secur(?:e|ed|es|ing)|clinch(?:ed|es|ing)?|captur(?:e|ed|es|ing)|retain(?:ed|s|ing)?|defend(?:ed|s|ing)?)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}$/i.test(
      text.slice(Math.max(s.start, d.start - 50), d.start),
    ) && /^\s*(?:title|crown|gold|medal)\b/i.test(text.slice(d.end, d.end + 12))
  );
}

/**
 * "Junior Marcus Dell won his 400-meter preliminary heat Friday night": a round of the meeting in
 * hand, of an event no race of which is told yet (after "to take the 1,500 meters title", "won his
 * 1,500m prelim heat" tells the way there, in passing).
 */
function isOwnHeatWon(text: string, s: Sentence, d: Descriptor, frames: readonly RaceFrame[]): boolean {
  return (
    (d.round === 'heat' || d.round === 'semi-final') &&
    d.event !== null &&
    d.kind === null &&
    d.year === null &&
    /\b(?:won|wins?|winning|t(?:ook|akes?|aking))\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}$/i.test(
      text.slice(Math.max(s.start, d.start - 30), d.start),
    ) &&
    !frames.some((f) => !f.historical && f.event?.value === d.event)
  );
}

const IN_MONTH =
  /\b(?:[Ii]n|[Bb]ack in|[Ee]arlier in)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/;

/** Whether `before` tells of a month earlier in the year than `month` (1–12): "In February he ran …". */
export function monthBefore(before: string, month: number): boolean {
  const told = IN_MONTH.exec(before)?.[1];
  return told !== undefined && (MONTHS[told.toLowerCase()] ?? 13) < month;
}

// A full name in a stretch of text (" Ana Ruiz").
export const NAMED = /\s\p{Lu}\p{Ll}+[ -]\p{Lu}[\p{L}'’-]+/u;
// " team at the ": a team picked for a meeting, told after the event it runs.
export const TEAM_AT = /^\s+(?:team|squad|places?|spots?|berths?|tickets?)\s+(?:at|for)\s+(?:the\s+)?$/;
// A result told before a race phrase ("won", "fourth", "silver").
export const RESULT_BEFORE = new RegExp(
  `\\b(?:won|${ORDINAL_PATTERN}|gold|silver|bronze|medall?(?:ist|led)|champion)\\b`,
  'i',
);

// "Third in 2026, second again last summer, X finally won the national title in Santry yesterday":
// the day told right after the race phrase makes it the day's race, whatever history came before.
export const TOLD_AS_TODAY = /^[^,;.]{0,24}?\b(?:yesterday|today|tonight|last night)\b/i;

// "who won the 2035 final in Rotterdam in 3:54.90 and the 2033 title": a past final or title in a
// relative clause ("who had won her heat on the opening day of the 2030 championships" is the report's).
const RELATIVE_WON =
  /\b(?:who|which)\s+(?:had\s+)?(?:won|took|claimed|ran|finished|was|were)\b(?:[^,.;]|\d\.\d)*$/i;
/**
 * Whether the year at `at` names a past final or title in a relative clause (or championships, after
 * "the final" or "this event": "who finished fourth in the final of this event at the 2029
 * championships in Lisbon").
 */
export const pastInRelative = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - 60), at);
  return (
    (/^\d{4}\s+(?:final|title|crown|race|edition|gold|silver|bronze)\b/.test(text.slice(at, at + 16)) ||
      (/^\d{4}\s+(?:championships|Championships|Games)\b/.test(text.slice(at, at + 20)) &&
        /\b(?:the\s+final|this\s+event)\b[^,.;]*$/.test(before))) &&
    RELATIVE_WON.test(before)
  );
};
