/**
 * What a time in a clause is, read from the words around it: this race's result, a split, a
 * stated gap, or another race's mark (a best, an old record, a standard, a reaction time).
 */
import type { Clause } from './clauses';
import type { TimeToken } from './findTimes';
import { lastWord } from './wordShape';
import { isSplitsLine, lineBefore } from './raceWords';

/** What a time in a clause is: a result, a split, a stated gap, or an old record's value. */
export type TimeRole = 'result' | 'split' | 'gap' | 'other';

// ("800m came up in 2:02.5", "at 600 metres, reached in 1:25.9": a split told by its distance; "won
// the one-lap race in 43.88" is no split; "ran the final two kilometres in 6:12" is one.)
const SPLIT_BEFORE =
  /(?:(?:opening|first|second|third|final|last|closing|penultimate|bell)\s+(?:(?:two|three|four|five|\d{1,2})\s+)?(?:lap|400|800|200|1000|kilometre|km|mile|half|\d+\s?m)\S*|(?<!\w-)\blap|\bsplit(?!\s+(?:them|the\s+(?:two|pair|duo)))|\bsplits|halfway|at the bell|through\s+(?:the\s+)?\d+\s?(?:m|metres|meters)|went through|passed (?:the )?(?:\d+\s?m(?:etres)?|half-?(?:way|marathon)(?:\s+(?:mark|point))?) in|\d\s?(?:m|metres|meters)\s+(?:came up|went by|ticked by|was reached|was passed)\s+in|,\s*reached\s+in)[^.;]{0,30}$/i;
const SPLIT_AFTER =
  /^\s*(?:seconds?\s+|secs?\s+|s\s+)?(?:for the (?:first|opening|last|final)|opening lap|first lap|-second opening|through|at the bell|split|lap\b|at (?:the )?(?:first|opening|halfway)\b|at \d{3,5} ?(?:m|metres|meters)\b)/i;
const GAP_AFTER =
  /^\s*(?:(?:seconds?|secs?|s)\s*)?(?:behind(?!\s+the\s+\d)|back|adrift|ahead|clear|off the pace|off (?:bronze|silver|gold|the podium|the medals|the lead|the winner)|down on|outside|slower|faster|quicker|too slow|too fast|of a second)/i;
const GAP_BEFORE = /\b(?:by|margin of|gap of|deficit of)\s+(?:just\s+|only\s+|a mere\s+)?$/i;
// ("a course record (previous 14:37, 2038)": the record bettered, in brackets; "The world record,
// 2:08:31, remains a long way off": a record's mark, told as the clause's subject.)
const OLD_BEFORE =
  /(?:\b(?:previous|old|former|existing|standing|long-standing|earlier)\s+(?:[\w'-]+\s+){0,3}(?:record|best|mark|PB|time|world record|one)s?(?:\s+(?:of|was|is|stood at)\s*|,\s*)|\b(?:outside|short of|shy of|off|under|below|than|eclipsing|surpassing|bettering|improving on|erasing|lowering|beating|breaking(?!\s+the\s+tape)|missing|attack|attacking|target|targeting|chase|chasing|challenge|challenging|threaten|threatening|eye|eyeing)\s+(?:[\w'-]+\s+){0,4}(?:(?:record|best|mark|time)\s+)?(?:of\s+)?|(?:record|best)\s+(?:stands|stood)\s+at\s+|\b(?:hopes?|hoping)\s+(?:[\w'-]+\s+){0,3}(?:record|best|mark)\s+(?:of\s+)?|(?:personal|season's|lifetime)\s+best\s+(?:was|had been|stood at|stands at|remains|remained|is)\s+|(?:previous|old)\s+(?:best|mark)\s+(?:of\s+)?|\(\s*(?:previous|old|former|prev\.)\s+|^\s*the\s+(?:[\w'-]+\s+){0,2}record,\s*)$/i;
// "won by more than a minute in 2:17:59": the time the win was run in, whatever came before it.
const WON_IN = /\b(?:won|wins|winning|finished|crossed the line)\s(?:[^,;]*\s)?in\s+$/i;
const BEST_OF =
  /\b(?:with|has|had|have|owns|owned|holds|held|boasts|brings|brought|bringing|carries|carried|carrying|set|sets)\s+(?:a|his|her|their)\s+(?:personal\s+|lifetime\s+|season's\s+|season\s+|career\s+)?(?:best|PB|record)\s+(?:of\s+)?$/i;
// "Chelangat was rewarded for her boldness with a personal best of 14:22.40", "Sciacca was fourth, first
// of the Italians, with his personal best of 44.98": a best run in this race.
const BEST_RUN_HERE =
  /\b(?:rewarded|finished|came home|crossed the line|signed off|stopped the clock|ended|clocked|ran|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b[^.;]{1,40}\bwith\s+(?:a|his|her|their)\s+(?:personal|lifetime|season's|season)\s+best\s+(?:of\s+)?$/i;
// "set a personal best of 15:02.77 in ninth", "… of 3:55.02 to finish second": a best run in this race.
const PLACE_AFTER_BEST =
  /^\s*(?:in|to\s+(?:finish|take|place))\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\b/i;
// "owns the quickest personal best on the start list, 1:56.02"; "a season's best of 1:57.12 and a
// lifetime best of 1:56.40"; "(SB 1:58.01, PB 1:57.33)": entry lists and form guides. "with
// personal bests of 2:00.41 and 4:07.9": a career's bests, listed. "the fastest season's best among the
// entrants, 1:43.96": a start list's.
const BEST_OWNED =
  /\b(?:owns|owned|holds|held|boasts|has|had)\s+(?:the|a|his|her|their)\s+(?:[\w'-]+\s+){0,2}?(?:best|PB|SB)(?:\s+(?:on|in|of|among)\b[^.;]{0,30}?)?[\s,:]*(?:of\s+)?$|(?:,|\band)\s+(?:a|his|her|their)\s+(?:personal|lifetime|season's|career)\s+best\s+(?:of\s+)?$|(?:^|[(,;\s])(?:SB|PB|PR):?\s*$|\(\s*(?:personal|lifetime|season's|career)\s+best:?\s*$|\bwhose\s+(?:personal|lifetime|season's|career)\s+best\s+(?:of\s+|was\s+|is\s+)?$|^\s*(?:his|her|their)\s+(?:personal|lifetime|season's|career)\s+best(?:\s*,\s*|\s+(?:of\s+|was\s+|is\s+)?)$|\b(?:his|her|their|my|your)\s+(?:[\w'-]+\s+)?(?:PB|PR|SB|best|personal best|personal record|season's best|lifetime best)\s+(?:(?:for|over|in|at)\s+(?:the\s+)?[\w,]+\s+)?(?:is|was|of|stands at|remains)\s+(?:still\s+|now\s+)?$|\b(?:personal|lifetime|season's|career)\s+bests\s+(?:of\s+)?(?:\d[\d:.]*(?:,\s*|\s+and\s+))?$|\b(?:fastest|quickest)\s+(?:personal|lifetime|season's|season)\s+best\s+(?:on|in|of|among)\b[^.;]{0,30}?[\s,:]*$/i;
// "Reacting in 0.131", "a reaction of 0.082 seconds", "whose 0.118 reaction", "slowest to react … at
// 0.142": a start's reaction time, not a race time.
const REACTION_BEFORE = /\breact(?:ion|ing|ed)?\b(?:\s+(?:time|of|in|at|was)|[^.;]{1,40}\sat)?\s*$/i;
const REACTION_AFTER = /^\s*(?:(?:seconds?|s)\s+)?reaction\b/i;
// "had as previous best mark 4:03,52", "her old personal best of 4:05.10": the mark this race bettered.
const PREVIOUS_BEST =
  /\b(?:previous|former|old|prior)\s+(?:personal\s+|lifetime\s+|season's\s+|career\s+)?(?:best|PB|PR|record)(?:\s+(?:mark|time))?(?:\s+(?:of|was|stood at))?[\s,:]*$/i;
// "He has run 3:31.47": a time told in the perfect tense is a career mark, not this race's result.
// "the world leader with 7:59.84": a season's lead, run elsewhere.
// "who had clocked 6.54 in the heats": the time of a round, which is a race of its own.
// "had run 9.82 to win the third semifinal": the time of that round.
const ROUND_AFTER =
  /^\s*(?:seconds?\s+)?(?:in|to\s+(?:win|take))\s+(?:the|his|her|their)\s+(?:(?:first|opening|second|third|fourth|fifth|last)\s+)?(?:heats?|semi-?finals?|semis?|round)\b/i;
const LEAD_OF = /\b(?:world|season|European|national)[- ]lead(?:er|ing)?\s+(?:with|of|at)\s+(?:a\s+)?$/i;
// "We have three men who can all run 1:43 on a good day": what someone could run, not a result.
const PERFECT_BEFORE =
  /\b(?:(?:has|have|had)\s+(?:(?:already|now|also|never|ever|previously|once|only)\s+)?|(?:can|could|might|may|should|will|would)\s+(?:(?:all|both|still|easily|surely|also)\s+)?)(?:run|clocked|clock|gone|go|dipped|dip)\s+(?:(?:as fast as|under|below|faster than|as quick as)\s+)?$/i;
// "a 3:49.88 best for the mile", "his 13:05.11 PB": a best, not this race's time.
// "a 2:21:30 marathoner": what kind of runner someone is, from another race.
const BEST_AFTER =
  /^\s*(?:(?:(?:personal|lifetime|career|season's|season|indoor|outdoor)\s+)?(?:best|PB|PR|SB)|marathoner|marathon runner|miler|performer|runner)\b/;
const TRAINING_AFTER =
  /^\s*(?:each|apiece|per\b|a lap\b|a kilometre|a km|a mile|\/km|\/mile|pace\b|on the treadmill)/i;
// "a tick over 3:35 – 3:35.08, to be precise", "around 13:11": a round figure, not the time itself.
const ROUGHLY_BEFORE =
  /\b(?:(?:a\s+(?:tick|touch|shade|fraction|smidge|little|bit)|just|fractionally|comfortably|well|slightly)\s+(?:over|under|outside|inside|above|below)|around|about|roughly|approximately|some|nearly|almost)\s+$/i;
// "the marathon standard of 2:07:30 and 2:23:30 respectively": both standards.
const STANDARD_BEFORE =
  /\b(?:reaction(?:\s+time)?|standard|qualifying (?:time|mark)|entry (?:time|mark)|cut-off|cutoff|target)\s+(?:of\s+|is\s+|was\s+)?(?:[\d:.]+\s+(?:and|or)\s+)?$/i;
// "has not yet run within the 3:33.50 standard": a qualifying standard, run by nobody.
const STANDARD_AFTER = /^\s*(?:(?:qualifying|entry|Olympic|world|championship|automatic)\s+)?standard\b/i;
// "the surprise of the session by winning in 11.04": a meeting's session is no training session.
const TRAINING_BEFORE =
  /\b(?:repetitions?|reps?|intervals?|(?<!\b(?:of the|morning|afternoon|evening|night|opening|closing|final) )session|workout|training(?!\s+(?:partner|group|mate|base|camp|companion))|tempo run)\b[^.;]{0,50}$/i;
// "the fastest man in the field this season with 26:51.12", "arrived with the fastest time in the world
// this year, 1:43.95": a season's mark, not this race's time.
// "who holds the national under-20 record for 3000m at 8:41.09", "the national record holder at
// 1500m with 3:31.75": a record held, not a race run.
const HELD_MARK =
  /\b(?:fastest|quickest)\s+(?:[\w'-]+\s+){0,5}?(?:this|of the)\s+(?:season|year)\s+(?:with|at)\s+$|\b(?:with|has|had|holds?|held|owns?|owned)\s+the\s+(?:fastest|quickest)\s+(?:[\w'-]+\s+){0,5}?(?:this|of the)\s+(?:season|year),\s*$|\b(?:holds?|held|owns?|owned)\s+(?:the|a|his|her|their)\s+(?:[\w'-]+\s+){0,3}?record\s+(?:(?:for|in|over)\s+(?:the\s+)?[\w,]+\s+)?(?:at|of|with|in)\s+$|\brecord[- ]holder\s+(?:(?:at|in|over|for)\s+(?:the\s+)?[\w,]+\s+)?(?:with|at|of|in)\s+$/i;
// "Ogunleye's PB is 6.45": a runner's best, told by name.
const POSSESSED_BEST =
  /\b\p{Lu}[\p{L}'’-]+['’]s\s+(?:PB|PR|SB|personal best|season['’]s best|lifetime best)\s+(?:is|was|stands at|remains)\s+(?:still\s+|now\s+)?$/u;
const OLD_AFTER =
  /^\s*(?:,\s*)?(?:(?:set|established|held|run)\s+(?:by|in)|for (?:his|her|their|a) (?:previous|old|former|then) (?:best|record|PB|personal best)|from (?:19|20)\d\d|from earlier\b|(?:he|she|they)\s+(?:holds|held|owns|owned)\b|came (?:in|back in) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:earlier |so far )?this (?:year|season|summer|spring|winter)\b(?!')|since (?:the (?:year )?)?(?:19|20)\d\d|from last|which (?:had )?stood|that had stood|dating)/i;

const RECORD_LINE =
  /^\s*(?:course|meeting|championships?|event|stadium|games|previous|old)\s+(?:best|record)\b[^:\n]{0,20}:\s*$/i;

/** Classifies a time token by the words around it. */
export function timeRole(text: string, clause: Clause, t: TimeToken): TimeRole {
  const before = text.slice(Math.max(clause.start, t.start - 60), t.start);
  const after = text.slice(t.end, Math.min(clause.end + 30, t.end + 40));
  // The patterns of `before` that end in `\s+$` need one of their words last: most are not tried.
  const word = lastWord(before);
  const may = (words: ReadonlySet<string>): boolean => word === undefined || words.has(word);
  // "prevailed in 6.57 seconds ahead of Venturi": the winner's time, with the runner behind; "taking
  // silver in 4:11.47 behind Rourke", "clocking 13:22 behind Marwood", "second in a national record of
  // 1:57.96 behind Rotich": the time of the one behind.
  const timeAhead =
    may(IN_WITH) &&
    /\b(?:in|with|clocking|clocked|recording|posting|(?:record|best|time)\s+of)\s+$/i.test(before) &&
    /^\s*(?:(?:(?:seconds?|secs?|s)\s*)?(?:ahead|clear)|behind)\b/i.test(after);
  // "(2 h 05 min 48 s = 2:05:48)": a time written two ways, a note on how times are written.
  if (/^\s*=\s*\d/.test(after) || /=\s*$/.test(before)) return 'other';
  // "Lap leaders: 1000m El Fassi-Benali 2:41.3; 2000m Haugen Aasland 5:22.8": a line of splits.
  if (isSplitsLine(text, t.start)) return 'split';
  // "Course record (men): 59:36, Evans Kipchumba (KEN), 2029.": a record's line, not a result.
  if (RECORD_LINE.test(lineBefore(text, t.start))) return 'other';
  if (!timeAhead && (GAP_AFTER.test(after) || (may(GAP_LAST) && GAP_BEFORE.test(before)))) return 'gap';
  const split = SPLIT_BEFORE.exec(before);
  // "in the final 50 metres and won in 3:31.42": a finishing verb after the split cue makes it the result.
  if (
    (split &&
      !/\b(?:won|win|finished|crossed|to clock|clocked|,\s+clocking|stopped|time of|ran|home in|(?:gold|silver|bronze|victory|runner-up|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+in)\b/i.test(
        split[0],
      )) ||
    SPLIT_AFTER.test(after)
  )
    return 'split';
  if (
    (may(ROUGHLY_LAST) && ROUGHLY_BEFORE.test(before)) ||
    (OLD_BEFORE.test(before) && !WON_IN.test(before)) ||
    OLD_AFTER.test(after) ||
    (BEST_AFTER.test(after) && /\b(?:an?|his|her|their)\s+$/i.test(before)) ||
    (((may(BEST_OF_LAST) && BEST_OF.test(before)) || BEST_OWNED.test(before)) &&
      !BEST_RUN_HERE.test(before) &&
      !PLACE_AFTER_BEST.test(after)) ||
    PREVIOUS_BEST.test(before) ||
    (may(PERFECT_LAST) && PERFECT_BEFORE.test(before) && !ROUND_AFTER.test(after)) ||
    (may(LEAD_OF_LAST) && LEAD_OF.test(before)) ||
    POSSESSED_BEST.test(before) ||
    // ("still holds the course record of 1:00:31 from that race": the time of the race told.)
    (HELD_MARK.test(before) && !/^,?\s*(?:from|in|set in)\s+that\s+(?:race|edition|final|run)\b/i.test(after))
  )
    return 'other';
  if (
    TRAINING_AFTER.test(after) ||
    TRAINING_BEFORE.test(before) ||
    (may(STANDARD_LAST) && STANDARD_BEFORE.test(before)) ||
    STANDARD_AFTER.test(after)
  )
    return 'other';
  if (REACTION_BEFORE.test(before) || REACTION_AFTER.test(after)) return 'other';
  return 'result';
}

// The words that can end `before` for each pattern that ends in `\s+$` (lower case, ASCII letters).
const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));
const IN_WITH = words('in with clocking clocked recording posting of');
const GAP_LAST = words('by of just only mere');
const ROUGHLY_LAST = words(
  'over under outside inside above below around about roughly approximately some nearly almost',
);
const BEST_OF_LAST = words('best pb record of');
const PERFECT_LAST = words('run clocked clock gone go dipped dip as under below than');
const LEAD_OF_LAST = words('with of at a');
const STANDARD_LAST = words('reaction time standard mark off cutoff target of is was and or');
