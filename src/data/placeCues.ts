/**
 * The words around a place or a win that tell it is no place in the race reported: a hope, an age
 * group, another year's win, a place bettered, an earlier result, a shout; and the gates a clause
 * passes before its places are looked for.
 */
import type { Sex } from './types';
import { resultInfinitive } from './resultInfinitive';
import { gateOf } from './gateOf';
import { ORDINAL_PATTERN } from './lexicon/numbers';

// "came within a stride of a famous home victory": a win hoped for or missed, not won. "tipped to
// challenge for gold this year", "in the hunt for gold": one to come.
export const HOPE_OF =
  /(?:anticipation of|hopes? of|dreams? of|prospect of|chance of|within (?:a|an|one) \w+ of|short of|robbed of|missed out on|(?:challeng|contend|gunn|aim)(?:e|es|ing)? for|in (?:contention|the hunt|the running|the mix) for)\s+(?:an?\s+|the\s+)?(?:\p{Ll}+\s+){0,2}$/u;
export const AGE_GROUP = // "won the M40 category", "took the M50 title": an age group's win, not the race's.
  /\b(?:[MFVW]\d{2}|over-\d{2}s?|veterans?|vets|age[- ]group)\b/i;
// "won the M60 10,000m" at a masters championships: the age group's own race, won outright.
export const AGE_GROUP_RACE =
  /\b[MFVW]\d{2}\s+(?:[\d,]+\s?(?:m|metres|meters|km|k)\b|(?:half[- ])?marathon|mile|steeplechase)/i;
// "just holding off runner-up Jack Pemberton", "23 seconds clear of the runner-up, Ethiopia's Tigist
// Abera": the runner-up named after the word (not "last year's runner-up X", a title of another race).
export const RUNNER_UP_BEFORE =
  /(?<!\b(?:year|season)['’]s\s|\b(?:former|defending|reigning|previous|world|Olympic|European|national|\d{4})\s)\brunner-up,?\s+(?:[a-z][\w-]*['’]s\s+)?$/i;
// "won silver", "won a close battle for bronze".
export const WON_MEDAL =
  /^\s+(?:a\s+|the\s+|his\s+|her\s+)?(?:silver|bronze|\w+\s+medal|medal|(?:\w+\s+)?(?:battle|fight|race|sprint|duel)\s+for\s+(?:the\s+)?(?:silver|bronze|second|third|fourth|the\s+minor))/i;
// "failed to win", "has never won", "hopes of winning": a win wished for, missed or of before; "last
// year's winner Ruth Chesang is back", "the 2030 winner": a win of another year, not of this race
// ("on 14 September 2035 she won" is a win on that day, "in 2034 she won" one in that year and "in May
// she won" one in the month.)
export const NOT_WIN_BEFORE =
  /(?:\b(?:to|could|would|will|might|(?<!\b(?:in|since|until|by|of|early|late|last|this|next)\s)may|can|failed to|yet to|bid to|hoping to|expected to|favourite to|favorite to|chance to|chances of|not|never|without|has|have|had|was expected|tipped to|attempt to|eyeing|in search of|search for|anticipation of|hopes? of|dreams? of|prospect of|last (?:year|season|time)['’]s|previous|(?<!(?:uary|March|April|May|June|July|August|ember|October|\bin)\s)(?:19|20)\d\d)|n't|'s been)\s+(?:\w+\s+)?$/i;
// "a British winner", "a home winning streak": a nation's win, not a runner's ("The Kenyan won" is one).
export const NOT_WINNER_BEFORE = /\b(?:British|American|Kenyan|Norwegian|home)\s+(?:\w+\s+)?$/i;
// "looked to have the race won coming off the final bend": a win that seemed to be, not one.
export const SEEMED_WON =
  /\b(?:looked|looks|seemed|seems|appeared|appears)\s+to\s+have\s+(?:the\s+[\w-]+\s+|it\s+)?$/i;
// "Her coach said the win was long overdue": a win told of in reported speech, not won by the speaker.
const WIN_TOLD_OF =
  /\b(?:said|says|called|described|thinks|thought|believes|believed|felt|feels)\s+(?:that\s+)?the\s+$/i;

/** Whether the win `word` after `before` (50 characters) is hoped for, seemed, or told of, not won. */
export function isWinNotWon(before: string, word: string): boolean {
  return (
    HOPE_OF.test(before) ||
    SEEMED_WON.test(before.slice(-40)) ||
    (/^(?:win|victory|triumph)$/.test(word) && WIN_TOLD_OF.test(before.slice(-24)))
  );
}
// ("Kenya's Mercy Jepchumba, who won Valencia in December, stepped off": a relative clause on a win
// of another month.)
export const HISTORIC =
  /\b(?:has won|have won|had won|career|(?<!\b(?:minutes?|seconds?|moments?|an hour)\s)ago\b|previous(?:ly)?|last year|last season|in (?:19|20)\d\d\b)|^\s*who\s+won\s[^,;]*\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
// "Kipsang was the winner of the B race": the words before "the winner" that make it a win.
// "Kosgei was the first to crack": the first to do something, not first over the line ("second to
// Moss" and "second to the Kenyan" are places).
export const FIRST_TO = /^\s+to\s+(?!the\b|his\b|her\b|their\b)[a-z]/;
export const COPULA = /^(?:was|is|were|be|been|became|becomes|as|crowned|named|declared|emerged)$/i;
// "KIPCHUMBA WINS!": a headline shouted in capitals.
const SHOUT = /^[^a-z.?]*!/;
/**
 * "KIPCHUMBA WINS!" shouted in a live blog before its race is named (the sentences after it tell it);
 * not "Round the final bend – … – AAS-HOEL WINS AT BISLETT!", a call of the race in hand, nor
 * "DE WIT-BAKKER IS EUROPEAN CHAMPION! 31:02.47, a championship record.", the winner's time next.
 */
export function isShoutedAhead(text: string, at: number, end: number): boolean {
  const shout = SHOUT.exec(text.slice(at, end + 2));
  return (
    shout !== null &&
    !/^\s*\d{1,2}:\d{2}/.test(text.slice(at + shout[0].length, at + shout[0].length + 12)) &&
    !/\b(?:bell|final\s+(?:bend|lap|straight)|home\s+straight|last\s+lap)\b[^\n]*$/i.test(
      text.slice(Math.max(0, at - 200), at),
    )
  );
}
// "held on for silver, improving on her fourth place at the last edition": a place bettered.
export const BETTERED =
  /\b(?:improv(?:e|es|ed|ing)|better(?:s|ed|ing)?|match(?:es|ed|ing)?|equall?(?:ed|ing|s)?|repeat(?:s|ed|ing)?|replicat(?:e|es|ed|ing)|emulat(?:e|es|ed|ing))\s+(?:(?:on|upon)\s+)?(?:(?:her|his|their|its|the)\s*)?$/i;
// A clause that tells an earlier result ("who had finished fifth at the same meeting a year ago"):
// no place in it belongs to the race being reported, unless the clause names its race.
export const EARLIER_RESULT =
  /\bhad\s+(?:\w+\s+)?(?:finished|placed|come|ended|been|taken|claimed)\b[^.;]+?\b(?:ago|earlier|before|last (?:year|season|time|summer)|the previous (?:year|season|edition)|a year|in (?:19|20)\d\d)\b/i;

// "first woman home in 18:47", "third man in 17:05": a place among the women or the men of a mixed race.
export const SEX_HOME = '\\s+(?:(?:wo)?man|lady)(?:\\s+home)?(?!\\s+to\\b)';

export const amongOf = (phrase: string): Sex | undefined =>
  /\b(?:woman|lady)\b/i.test(phrase) ? 'women' : /\bman\b/i.test(phrase) ? 'men' : undefined;

export const EPITHET_WORDS =
  /^(?:(?:the|also|other|fellow|veteran|young|experienced|local|home|defending|reigning)\s+|\p{Lu}[\p{L}'-]*\s+){0,4}$/u;

export const LAST_OF =
  /\b(?:finished|came|was|ended|trailed in|crossed the line)\s+(?:in\s+|the\s+)?last\s+(?:of\s+(?:the\s+)?|in\s+a\s+field\s+of\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\b/gi;

// "third on the German all-time junior list", "fifth in the world rankings": a place on a list.
const LIST_AFTER =
  /^\s+(?:on|in)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:lists?|rankings?|standings|order of merit|table)\b/iu;

/**
 * "options for the third spot in the event": a place on a team; "third on the German all-time junior
 * list": a place on a list; neither a place in a race (`told` read at `at`).
 */
// "in which Switzerland's women finished fourth", "the team was second": a team's place, not a runner's.
const TEAM_SUBJECT =
  /(?:\p{Lu}[\p{L}-]+['’]s|\b(?:the|their|our|his|her))\s+(?:women|men|team|squad|quartet|relay\s+team)\s+$/u;
export function isTeamOrListPlace(text: string, at: number, told: string): boolean {
  const after = text.slice(at + told.length, at + told.length + 60);
  return (
    TEAM_SUBJECT.test(text.slice(Math.max(0, at - 40), at)) ||
    (/spot$/i.test(told.trimEnd()) &&
      /^\s+(?:on|in)\s+(?:the\s+)?(?:team|squad|event|relay)\b/i.test(after)) ||
    LIST_AFTER.test(after)
  );
}

/**
 * A place told but not run: "hopes to be third" (not "ran a gutsy race to be third"), a place hoped
 * for; "the $40,000 prize for third place", "the bonus for second", money paid for a place.
 */
export function isUnrunPlace(text: string, clauseStart: number, at: number, told: string): boolean {
  const before = text.slice(clauseStart, at);
  if (/^for\s/i.test(told) && /\b(?:prize|purse|bonus|cheque|check|payout|reward|money)\s*$/i.test(before))
    return true;
  return /^be\s/i.test(told) && !resultInfinitive(before, before);
}

// "Van der Laan won the first in 10.93, Bonfanti-Rossi took the second in 10.91": a heat or semi-final
// taken, told by its number after the round or its first was told, is a win in it, not second place.
const ROUND_TOLD = /\b(?:(?:won|took|claimed|winning|taking)\s+the\s+first|semi-?finals|semis|heats)\b/i;
export function isRoundTaken(text: string, at: number, told: string): boolean {
  return (
    /^(?:took|taking|claimed|claiming)\s+the\s+\p{L}+$/iu.test(told) &&
    ROUND_TOLD.test(text.slice(Math.max(0, at - 200), at))
  );
}

// What every ordinal of ORDINAL_PATTERN holds ("twenty-first" holds "first", "13th" a digit and "th").
export const ORDINAL_GATE =
  /\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|runner-up/i;
// Cheap gate: a clause with none of these words states no place.
export const PLACE_GATE = gateOf(
  /\d(?:st|nd|rd|th)\b|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|gold|silver|bronze|won|win|victor|triumph|the\s+tape|prevail|imposed|unbeaten|title|crown|champion|podium|medals|last|runner-up|t(?:ook|ak(?:e|en|es|ing))\s+(?:the|heat|semi)|add(?:ed|s|ing)?\s+the|went\s+to|goes\s+to|belonged\s+to|fell\s+to|taken\s+by|returned\s+to|passed\s+to|awarded\s+to|handed\s+to/i,
);

/** "Ana Ruiz: 33:55, 41st, Leeds City": an ordinal between commas right after a time. */
export const TIME_ORD = new RegExp(
  `(?<![\\d.:])(?:\\d{1,3}(?::\\d{2}){1,2}(?:\\.\\d{1,2})?|\\d{1,3}\\.\\d{2})\\s*,\\s*(${ORDINAL_PATTERN})(?=\\s*,)`,
  'gi',
);
/** "the fourth-placed Ruiz": an ordinal joined to "placed". */
export const ORD_PLACED = new RegExp(`\\b(${ORDINAL_PATTERN})-(?:placed|place)\\b`, 'gi');

/**
 * Whether a place belongs in a race of `sex` (undefined: men and women together). "First woman home
 * was Mbeki" told of a race run by both is no place in it; "43rd overall" beside "first lady" is no
 * place in the women's race.
 */
export function placeFitsSex(
  p: { athleteId: string; among?: Sex; overall?: true },
  sex: Sex | undefined,
  places: readonly { athleteId: string; among?: Sex }[],
): boolean {
  if (p.among && sex !== p.among) return false;
  return !(p.overall && sex && places.some((q) => q.among && q.athleteId === p.athleteId));
}

// "completed the podium", "rounding out the podium": third place.
export const PODIUM =
  /\b(?:completed|completing|(?<=\bto\s)complete|rounded\s+out|rounding\s+out|rounds\s+out|(?<=\bto\s)round\s+out|completes)\s+the\s+podium\b/gi;
// "eased to victory in the second": a round won, told before its number.
export const WON_BEFORE = /\b(?:victory|win|won|wins|winning)\s+$/i;
