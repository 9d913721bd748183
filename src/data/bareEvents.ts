/**
 * Race-mention patterns for a track event told by its distance alone, with no unit: "the men's 1500",
 * "won the 1500 in 3:31.20", "the 200 final". Part of PATTERNS, in this order.
 */
import { eventOf } from './lexicon/events';
import type { MentionPattern } from './meetingPatterns';
import { roundOf, sexOf } from './raceWords';

const SPOKEN_DISTANCE: Readonly<Record<string, number>> = {
  sixty: 60,
  'one hundred': 100,
  'two hundred': 200,
  'four hundred': 400,
  'eight hundred': 800,
  'fifteen hundred': 1500,
  'three thousand': 3000,
  'five thousand': 5000,
  'ten thousand': 10000,
};

export const BARE_EVENTS: readonly MentionPattern[] = [
  {
    // ("women" holds "men" and "female" "male": a word gate.)
    gate: /men|boys|girls|male/i,
    re: /\b(boys|girls|men|women|male|female)'?s?\s+(\d{1,2},\d{3}|\d{2,5})\b(?!\s?-?\s?(?:metres?|meters?|km|[mk:]|\.\d|-year)\b)(?:\s+(hurdles|steeplechase|steeple)\b)?(?:\s+(final|semi-?finals?|heats?)\b)?/gi,
    read: (m) => ({ event: eventOf(m[2] ?? '', 'm', m[3] ?? ''), sex: sexOf(m[1]), round: roundOf(m[4]) }),
  },
  {
    // "third in the 800 with a personal best", "won the 1500 in 3:31.20": a standard distance told
    // bare, as reports write the track events (not "the 800 runners in the field", "passed the 400
    // in 61.2 and the 800 in 2:08", or "the 1,500 at last year's state meet", which is that meeting's race).
    gate: /the\s\d/i,
    // "In the 100 hurdles the Roman …", "the 3000 steeple": a hurdles or steeplechase race told bare.
    // ("won the 200 final", "fourth in the 100 hurdles final": that round of it.)
    re: /(?<!\b(?:passed|passing|through|reached|reaching|hit|hitting|covered|at|by|past|to|until)\s+(?:[^;]{0,40}\band\s+)?)\bthe\s+(\d{1,2},\d{3}|\d{3,5})(?:\s+(hurdles|steeplechase|steeple)\b(?:\s+(final|semi-?finals?|heats?)\b)?|\s+(final|semi-?finals?|heats?)\b|(?=\s*(?:[(),.;:!?]|$)|\s+(?:in|on|race|title|with|and|by|for|after|ahead|behind|from|was|is)\b))/gim,
    // (Not "the 2035 final": a year's.)
    read: (m) => {
      const event = eventOf(m[1] ?? '', 'm', m[2] ?? '');
      return { event, sex: null, round: event ? roundOf(m[3] ?? m[4]) : null };
    },
  },
  {
    // "OK, the men's five thousand", "eleventh … in the fifteen hundred", "the women's sixty metres
    // hurdles": a distance said aloud, as a transcript writes it (not "the five thousand fans").
    gate: /hundred|thousand|sixty/i,
    re: /\b(?:(boys|girls|men|women)['’]s?\s+|the\s+)(sixty(?=\s+(?:metres|meters)\b)|one\s+hundred|two\s+hundred|four\s+hundred|eight\s+hundred|fifteen\s+hundred|three\s+thousand|five\s+thousand|ten\s+thousand)(?:\s+(?:metres|meters))?\b(?:\s+(hurdles|steeplechase))?(?!\s+(?:people|fans|spectators|runners|athletes|entrants|finishers|dollars|euros|pounds|tickets|seats|km|kilomet|feet|miles|metres\s+(?:from|to|out))\b)(?:\s+(final|semi-?finals?|heats?)\b)?/gi,
    read: (m) => ({
      event: eventOf(
        String(SPOKEN_DISTANCE[(m[2] ?? '').toLowerCase().replace(/\s+/, ' ')] ?? ''),
        'm',
        m[3] ?? '',
      ),
      sex: sexOf(m[1]),
      round: roundOf(m[4]),
    }),
  },
  {
    // "Gebru had won the 25-lap final": the 10,000m, 25 laps of the track.
    gate: /-lap\s/i,
    re: /\bthe\s+(?:25|twenty-five)-lap\s+(race|final)\b/gi,
    read: (m) => ({ event: eventOf('10000', 'm', ''), sex: null, round: roundOf(m[1]) }),
  },
];
