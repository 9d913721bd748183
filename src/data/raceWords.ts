/**
 * Small readers of the words race phrases are made of: a round word, an ordinal, a sex word, a
 * city written as an edition or a country, a numbered round before an event, a meeting's own name,
 * a distance told as a point of the race, and "heat" meaning the weather.
 * Pure, no state.
 */
import type { CompetitionKind, Round, Sex } from './types';
import type { RaceMention } from './findRaceMentions';
import { CITY_COUNTRY } from './lexicon/competitions';

// "OREGON22" → Eugene; "BUDAPEST23" → Budapest.
export function editionCity(name: string): string {
  if (/^oregon$/i.test(name)) return 'Eugene';
  return name.charAt(0) + name.slice(1).toLowerCase();
}

export function cityOfPlace(place: string): string | null {
  for (const [city, country] of Object.entries(CITY_COUNTRY)) if (country === place) return city;
  return place === 'LA' ? 'Los Angeles' : place;
}

export function ordinalNumber(s: string | undefined): number | null {
  const i = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'].indexOf((s ?? '').toLowerCase());
  return i >= 0 ? i + 1 : null;
}

// "Wednesday's second 1,500-meter semifinal": the ordinal before an event numbers its round.
export function numberedRoundBefore(text: string, start: number): number | null {
  const m = /\b(first|second|third|fourth|fifth|sixth)\s+$/i.exec(text.slice(Math.max(0, start - 12), start));
  return m ? ordinalNumber(m[1]) : null;
}

export function num(s: string | undefined): number | null {
  return s ? Number(s) : null;
}

export function sexOf(s: string | undefined): Sex | null {
  if (!s) return null;
  return /^(?:men|male|boys|masculine)/i.test(s) ? 'men' : 'women';
}

/** The round a word names: "semifinals" → semi-final, "heats" and "prelims" → heat, "final" → final. */
export function roundOf(s: string | undefined): Round | null {
  if (!s) return null;
  if (/^semi/i.test(s)) return 'semi-final';
  if (/^(?:heat|qualifying|prelim)/i.test(s)) return 'heat';
  if (/^final/i.test(s)) return 'final';
  return null;
}

// "the Los Angeles Memorial Coliseum", "Bislett Games Stadium": a venue named after a meeting word.
// "the Kaiser Wilhelm Memorial Church": a building on the course, not a meeting.
// (Or a show's: "THE LONG RUN — Episode 212".)
const VENUE_AFTER =
  /^\s+(?:Coliseum|Stadium|Park|Arena|Hall|Field|Oval|Centre|Center|Ground|Track|Church|Cathedral|Museum|Library|Bridge|Gardens?|Square|Gate|Tower)\b|^\s*(?:[—–:-]+\s*)?(?:Episode|Ep\.?)\s*\d/;

const LEADING_THE =
  /^The\s+(?=\p{Lu})(?!(?:World|Diamond|Grand|European|African|Asian|Commonwealth|Olympic|Summer)\b)/u;
const DAY_POSSESSIVE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Tonight)['’]s(?:\s+|$)/;

/** A meeting named by its own words ("Prefontaine Classic"); `kind: undefined` when it is not one. */
const LEADING_PREPOSITION =
  /^(?:Through|At|In|By|After|Before|Past|From|To|Around|Until|Into|On|Over|Under|With)(?:\s+|$)/;
// "Brandvold Wins West Regional 800m Title": in a headline in title case, what comes before the verb
// is the winner, not part of the meeting's name.
const HEADLINE_VERB =
  /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Wins|Takes|Claims|Captures|Retains|Defends|Storms|Sweeps|Rules|Tops|Beats|Breaks|Sets|Leads|Edges)\s+/u;
// "the World Under-20 Championships": an age group's world championships, a meeting of its own.
const AGE_GROUP_MEET = /^World\s+(?:Under-\d\d|U\d\d|Junior|Youth|Masters|University)\b/;
// "the World Under-20 Championships in Nairobi in 2021": the year told after the meeting and its city.
const YEAR_AFTER = /^\s+in\s+(?:\p{Lu}[\p{L}-]+(?:,?\s+\p{Lu}[\p{L}-]+)?\s+in\s+)?((?:19|20)\d\d)\b/u;

const CAPS_HEADLINE_WORD = /\b(?:THE|WITH|AWAY|RUNS|WINS|TAKES|FOR|AS|TO|IN|AT|OF|ON|IS|A)\b/;
export function genericMeet(m: RegExpExecArray): Partial<RaceMention> {
  // "won Saturday's Kendal and Lakes Half Marathon": the day is not part of the meeting's name.
  // "Through 10K in 39:12", "At Berlin Marathon": a preposition opening the sentence is no part of it.
  // "The Fifth Avenue Mile has a way of …": the article opening a sentence is no part of the name.
  const words = (m[2] ?? '')
    .trim()
    .replace(DAY_POSSESSIVE, '')
    .replace(LEADING_PREPOSITION, '')
    .replace(HEADLINE_VERB, '')
    .replace(LEADING_THE, '');
  // "The trials also produced a surprise": the trials in hand, named by no one. "LINDQVIST RUNS AWAY
  // WITH THE 10K": a headline in capitals, not a meeting's name.
  if (!words || /^(?:The|This|That|These|Those)$/.test(words) || CAPS_HEADLINE_WORD.test(words))
    return { kind: undefined };
  const what = m[3] === 'trials' ? 'Trials' : (m[3] ?? '');
  if (VENUE_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12)))
    return { kind: undefined };
  if (
    /^(?:World|Diamond|Grand|European|African|Asian|Commonwealth|Olympic|Summer|The|This|That|Last|Next)\b/.test(
      words,
    ) &&
    what !== 'Olympic Trials' &&
    what !== 'Trials' &&
    !AGE_GROUP_MEET.test(words)
  )
    return { kind: undefined };
  // "Ní Bhriain's championships began on Thursday": a runner's campaign, not a meeting's name.
  if (m[3] === 'championships' && /['’]s$/.test(words)) return { kind: undefined };
  const kind: CompetitionKind = /Trials|Championships/.test(what) ? 'national' : 'meet';
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 40);
  return { kind, year: num(m[1]) ?? num(YEAR_AFTER.exec(after)?.[1]), meetName: `${words} ${what}` };
}

const EVENT_NARRATIVE_AFTER =
  /^\s*(?:to go|remaining|left|out\b|oval|track\b(?!\s+(?:championships?|title|race|meet)\b)|loop|laps?\b|sprint|dash|burst|kick|surge|drive\b|(?:gold|silver|bronze)\s+(?:medall?ist|medal\s+winner)|longer|shorter|further|farther|(?:later|earlier)(?!\s+(?:in|on|that|this|the)\b)|mark|from (?:home|the finish|the line)|into|in\s+\d|split|point|segment|stretch|before the|specialists?|runners?|hurdling|running|racing|record|best|debut|star|champion|medall?ist|finalists?|season|career|times?\b|personal|training|reps?\b|repeats|pace|finishes|-to-\d|(?:came|went|ticked)\s+(?:up|by)\b|was\s+(?:reached|passed)\b)/i;
// ("800m came up in 2:02.5": a point of the race passed.)
// ("That 10,000m final came on Thursday": "at" is a word of its own, not the end of "That"; "switched
// from the flat 400m": a discipline. After: "one of the great 10,000m finishes": a kind of finish.
// "That 35K-to-40K segment", "between 12 and 16km": a stretch of the course; "a 400m track", but not the
// "CLUB 5000m TRACK CHAMPIONSHIPS".)
const EVENT_NARRATIVE_BEFORE =
  /\b(?:his|her|their|its|through|at|after|by|from|led to|leads to|leading to|up to|until|inside|within|beyond|first|opening|final|last|closing|with|around|about|almost|nearly|some|just|only|another|over the|the last|the final|the first|half|past the|of the first|the opening)\s+(?:the\s+)?(?:just\s+|flat\s+)?$|-to-$|\bbetween\s+[\d.,]+(?:\s?(?:km|k|m))?\s+and\s+$/i;

const EVENT_RUN_BEFORE =
  /\b(?:(?:first|second|third|[a-z]+th|last|gold|silver|bronze)\s+in|won|wins?|winning|took|takes|taking|ran|runs|running|clocked|winner\s+of|victor\s+in|add(?:s|ed|ing)?|claim(?:s|ed|ing)?|captur(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|bag(?:s|ged|ging)?)\s+(?:the|(?:[a-z]+day|tonight)(?:\s+(?:night|evening|afternoon|morning))?['’]s)\s+(?:(?:Olympic|world|European|Commonwealth|national)\s+)?(?:(?:men|women)['’]s\s+)?$|\b(?:heats?|semi-?finals?|semis?|final|round)\s+of\s+the\s+(?:(?:men|women)['’]s\s+)?$|\b(?:first|second|third|[a-z]+th|won|ran|clocked)\s+over\s+$/i;

const SPLITS_LABEL =
  /^\s*(?:(?:lap|pacemaker|intermediate)\s+)?(?:leaders?|splits?|passages?|intermediate\s+times?)(?:\s+at\b[^:\n]*)?:/i;

/** The text of the line holding `at`, up to `at`. */
export function lineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
}

/**
 * Whether the line holding `at` is a line of splits ("Lap leaders: 1000m …", "Pacemaker splits: 200m …",
 * "Split 400m: 53.40").
 */
export function isSplitsLine(text: string, at: number): boolean {
  const before = lineBefore(text, at);
  // ("Split 400m: 53.40 (Haugen Bakke)": the distance is the label's.)
  return (
    SPLITS_LABEL.test(before) ||
    // ("Intermediate (1000m): STĂNESCU 2:47.10", "Lap 1000m/3000m/4000m: 2:46.8 / 8:19.5 / 11:06.0".)
    (/^\s*(?:splits?|intermediates?|laps?|passages?)\s*\(?(?:[\d,]+\s?(?:m|km)\/)*$/i.test(before) &&
      /^[\d,]+\s?(?:m|metres?|meters?|km|k)\)?\s*[:/]/i.test(text.slice(at, at + 16)))
  );
}

/** "… steeplechase champion", not "to become world indoor 1500m champion": a title the event names. */
function isTitleAfter(text: string, start: number, end: number): boolean {
  return (
    /^\s*champion\b/i.test(text.slice(end, end + 12)) &&
    !/\b(?:become|became|becomes|becoming)\s+(?:the\s+)?(?:new\s+)?(?:[a-z]+\s+){0,2}$/i.test(
      text.slice(Math.max(0, start - 40), start),
    )
  );
}

/** A distance told as a point of the race ("with 200m to go", "the first mile"), not the event run. */
export function isNarrativeDistance(text: string, start: number, end: number, m: RegExpExecArray): boolean {
  if (m[1]) return false;
  // "through the first mile in 5:14": a mile of a longer race; "won the mile in 3:52" is the event.
  // ("The 2036 Olympic steeplechase champion clipped the barrier": a title, as with a distance below.)
  if (m[5] && isTitleAfter(text, start, end)) return true;
  if (m[5])
    return (
      /^mile$/i.test(m[5]) &&
      /\b(?:first|opening|final|last|closing|second|third|each|every|per|half a)\s+$/i.test(
        text.slice(Math.max(0, start - 30), start),
      )
    );
  const after = text.slice(end, end + 20);
  // "retained her 1500m title": the race whose title it is; "to become world indoor 1500m champion" too.
  if (/^\s*(?:title|crown)\b/i.test(after)) return false;
  if (/^\s*champion\b/i.test(after) && !isTitleAfter(text, start, end)) return false;
  // "breaking the Polish 400 metres hurdles record …, winning in 53.07": the record set by winning the race.
  if (
    /^\s*record\b/i.test(after) &&
    /^[^.!?\n]{0,80}\b(?:winning|to win|won)\b/i.test(text.slice(end, end + 100))
  )
    return false;
  // "The 400 metres hurdles left Spanish athletics with …": the event, not a distance left to run.
  if (m[4] && /^\s*left\s+(?:\p{Lu}|(?:the|a|its|his|her)\s)/u.test(after)) return false;
  // "The closing 5000m went the way of the form book": the last race of a meeting, not a stretch of one.
  if (
    /(?:^|[.!?]\s+|\n)the\s+(?:closing|opening)\s+$/i.test(text.slice(Math.max(0, start - 20), start)) &&
    /^\s*(?:went\s+(?:the\s+way|to)\b|belonged\s+to|was\s+won\b|fell\s+to|produced|brought)/i.test(after)
  )
    return false;
  // "lowering her 10,000m personal best to 31:02.18 at the Nacht van de Atletiek": the event run there.
  if (
    /^\s*(?:personal\s+)?best\s+to\s+\d[\d:.,]*\s+(?:at|in)\s/i.test(text.slice(end, end + 50)) &&
    /\b(?:lower(?:ed|ing|s)?|improv(?:e|ed|ing|es)|cut(?:ting|s)?|slash(?:ed|ing|es)?)\s+(?:his|her|their)\s+$/i.test(
      text.slice(Math.max(0, start - 30), start),
    )
  )
    return false;
  // "finished ninth in the 10,000 metres in 30:41.22", "took bronze in the 2000m steeplechase in 6:31.48":
  // the event run, with its time.
  if (/^\s*in\s+\d/.test(after) && EVENT_RUN_BEFORE.test(text.slice(Math.max(0, start - 40), start)))
    return false;
  // "her 100m winning time of 10.79 on Sunday": the race she won.
  if (/^\s*winning\s+time\b/i.test(after)) return false;
  return (
    EVENT_NARRATIVE_AFTER.test(after) ||
    // "Her coach, a former 400m hurdler": a career, not a race ("the 400m hurdler from Rotterdam,
    // … after winning his heat" is the event he ran).
    (/^\s*(?:hurdlers?|sprinters?)\b/i.test(after) &&
      /\b(?:former|ex-|one-time|retired)\s*$/i.test(text.slice(Math.max(0, start - 12), start))) ||
    EVENT_NARRATIVE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
    // "For 35 kilometres the men's race looked like a procession": a stretch of the race.
    (/\bfor\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && /^\d/.test(text.slice(start, end))) ||
    // "25K: 1:20:58 — last pacer steps off": a line of splits.
    (/^\s*:\s*\d{1,2}:\d{2}/.test(after) &&
      /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 4), start))) ||
    // "11:21 – 35km" alone on a live blog's line: the entry of a split, no race.
    (/(?:^|\n)[ \t]*\d{1,2}[:.]\d{2}[ \t]*[–—-][ \t]*$/.test(text.slice(Math.max(0, start - 12), start)) &&
      /^[ \t]*(?:\n|$)/.test(after) &&
      /^\d+\s?(?:km|k)$/i.test(text.slice(start, end))) ||
    // "Lap leaders: 1000m El Fassi-Benali 2:41.3; 2000m …", "Pacemaker splits: 200m 26.9 – 400m 56.4".
    isSplitsLine(text, start)
  );
}

// "NO: Okay, women's 5000.", "Next, the women's 5000m.", "14:10 — SENIOR MEN, 10,000m.": a sentence
// that only names the race it moves on to, as a host or a live blog does.
const ANNOUNCED_BEFORE =
  /^\W*(?:\p{Lu}{2,3}:\s*)?(?:(?:okay|ok|right|now|next|so|and|then|on\s+to|onto|over\s+to|moving\s+on\s+to)[\s,]+){0,3}(?:the\s+)?$/iu;

/** Whether the race phrase at [start, end) is all its sentence says, after a word that moves on. */
export function isRaceAnnounced(
  text: string,
  s: { start: number; end: number },
  start: number,
  end: number,
): boolean {
  return /^[\s.!?:;—–-]*$/.test(text.slice(end, s.end)) && ANNOUNCED_BEFORE.test(text.slice(s.start, start));
}
