/**
 * Race-mention patterns for a results heading that names the sex of its list ("Men:", "Senior Women –
 * 10km", "OFFICIAL RESULTS – MEN (top 8)", "HALF MARATHON - WOMEN"), and for a race named in a sentence
 * by its sex ("the women's race"). Part of PATTERNS, in this order.
 */
import { eventOf, type EventInfo } from './lexicon/events';
import type { MentionPattern } from './meetingPatterns';
import { sexOf } from './raceWords';

// "(4,000m)" over a cross-country race, no track event: a course of 4km.
const courseOf = (metres: string): EventInfo | null =>
  eventOf(String(Number(metres.replace(',', '')) / 1000), 'km', '');

export const SEX_HEADINGS: readonly MentionPattern[] = [
  {
    // ("THE SENIOR WOMEN", "THE U17 GIRLS": a blog's section heading, with the race's age group.)
    // "Men:", "Men — top five", "Men's top ten", "TOP FIVE – WOMEN", "OFFICIAL RESULTS – MEN (top 8)"
    // or a line "Women" heading a list;
    // "Senior men (10.2km):", "U20 women (4.1km):", "INTERMEDIATE BOYS (5,000m)", "Senior women (8.1
    // km, 6 laps)": that course's race. ("THE WOMEN: A COURSE RECORD", or "THE WOMEN" on its own line:
    // a recap's section heading; "11:52 – SENIOR WOMEN (8.2km), top five confirmed:", "12:58 – SENIOR MEN RESULT (10.2km):": a live
    // blog's entry heading a list. "ELITE & OPEN WOMEN (start 10:05)": a results notice's heading.)
    gate: /men|boys|girls/i,
    re: /^[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*[—–-][ \t]*)?(?:the[ \t]+(?:(?:senior|elite|open|junior|U\d{2})[ \t]+)?(?=(?:men|women|boys|girls)[ \t]*(?::|$))|(?:(?:official[ \t]+)?results?|top[ \t]+(?:three|five|six|eight|ten|\d{1,2})|leading[ \t]+finishers|placings)[ \t]*[-–—:][ \t]*(?:(?:elite|senior|junior|open)[ \t]+)?|(?:senior|elite|open)(?:[ \t]+(?:&|and)[ \t]+(?:senior|elite|open))?[ \t]+|(?=(?:U\d{2}|under[- ]\d{2}|junior|intermediate|minor|youth|masters)[ \t]+\w+['’]?s?[ \t]*\(\d)(?:U\d{2}|under[- ]\d{2}|junior|intermediate|minor|youth|masters)[ \t]+)?(men|women|boys|girls)['’]?s?(?:[ \t]+results?)?(?:[ \t]*\((\d{1,2}(?:\.\d{1,2})?|\d{1,2},?\d{3})[ \t]?(km|k|m)(?:,[ \t]*[^()\n,]{1,20})?\)|[ \t]+(?:[—–-]|--)[ \t]+(\d{1,2}(?:\.\d{1,2})?|\d{1,2},?\d{3})[ \t]?(km|k|m)(?=[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?$))?(?=\s*:|(?<=\d[ \t]?(?:km|k|m))[ \t]*\([^()\n]{1,24}\)[ \t]*$|[ \t]+(?:[—–-]|--)[ \t]|[ \t]*$|,?[ \t]+(?:top|results|finishers|placings|leading)\b|[ \t]*\((?:top|first)[ \t]+\d{1,2}\)[ \t]*$|[ \t]*\((?:start|starts|started|off|gun)\b[^()\n]{0,16}\)[ \t]*$)/gim,
    // ("Senior Women – 10km", "SENIOR WOMEN  --  8km (2 laps)": the course after a dash, at the line's end.)
    read: (m) => {
      const course = m[2] ?? m[4];
      return course
        ? { sex: sexOf(m[1]), event: eventOf(course, m[3] ?? m[5] ?? 'km', '') ?? courseOf(course) }
        : { sex: sexOf(m[1]), sexOnly: true };
    },
  },
  {
    // "HALF MARATHON - WOMEN", "5000m – Men": the sex set after a heading's event, at the line's end.
    gate: /men|boys|girls/i,
    re: /(?<=\S[ \t]+[—–-][ \t]+)(men|women|boys|girls)['’]?s?(?=[ \t]*$)/gim,
    read: (m) => ({ sex: sexOf(m[1]), sexOnly: true }),
  },
  {
    // "TOP 8 MEN" or "First ten women:" alone on a line, heading a list.
    gate: /men|boys|girls/i,
    re: /^[ \t]*(?:top|first)[ \t]+(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|\d{1,2})[ \t]+(?:(?:elite|senior|junior|open)[ \t]+)?(men|women|boys|girls)[ \t]*(?::[ \t]*)?$/gim,
    read: (m) => ({ sex: sexOf(m[1]), sexOnly: true }),
  },
  {
    // "Women's race" or "Men's results:" alone on a line, heading a list. ("10:19 — Men's podium
    // confirmed:": a live blog's entry heading one.)
    gate: /men|boys|girls/i,
    // ("WOMEN'S MASTERS RACE — 5.2 km": its age group, and its course after a dash; "11:02 – MEN'S
    // OFFICIAL RESULTS", "11:49 – WOMEN'S RESULT CONFIRMED".)
    re: /^[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*[—–-][ \t]*)?(?:(?:elite|senior|junior|open)[ \t]+)?(men|women|boys|girls)['’]s?[ \t]+(?:(?:masters|veterans|elite|senior|open|official|provisional|final)[ \t]+)?(?:race|results?|podium|top[ \t]+(?:three|five|ten)|placings)(?:[ \t]+(?:confirmed|in[ \t]+full))?(?:[ \t]+[—–-][ \t]+(\d{1,2}(?:\.\d{1,2})?|\d{1,2},?\d{3})[ \t]?(km|k|m))?[ \t]*(?::[ \t]*)?$/gim,
    read: (m) =>
      m[2]
        ? { sex: sexOf(m[1]), event: eventOf(m[2], m[3] ?? 'km', '') ?? courseOf(m[2]) }
        : { sex: sexOf(m[1]), sexOnly: true },
  },
  {
    // "13:05 — SENIOR WOMEN, 8,000m. Forty-nine starters …": a live blog's entry opening on its race,
    // the sex in capitals and the course after a comma.
    // ("Women, 10,000 m: 1. …": a results line's heading, in title case; "Senior men, 10.2 km" over a table.)
    gate: /men|boys|girls/i,
    re: /^[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*[—–-][ \t]*)?(?:(?:ELITE|SENIOR|JUNIOR|OPEN|U\d{2})[ \t]+|(?:Elite|Senior|Junior|Open)[ \t]+(?=[mwbg]))?(MEN|WOMEN|BOYS|GIRLS|Men|Women|Boys|Girls|men|women|boys|girls)['’]?S?,[ \t]*(\d{1,2}(?:\.\d{1,2})?|\d{1,2},?\d{3})[ \t]?(km|k|m)(?=[.:]?[ \t]|[.:]?$)/gm,
    read: (m) => ({
      sex: sexOf(m[1]),
      event: eventOf(m[2] ?? '', m[3] ?? 'km', '') ?? courseOf(m[2] ?? ''),
    }),
  },
];

/** A race named by its sex ("the women's race", "Sunday's men's race"); in PATTERNS after the numbered rounds. */
export const SEX_RACE: MentionPattern = {
  // (Translated: "the race of the elite men", "At the women, …"; spoken: "Okay — the women's Wanamaker.";
  // youth: "controlled the boys' final", "in the under-20 men's race"; with its course: "the senior women's race over 8km"; a
  // champion crowned: "Canada's new senior women's champion is …".)
  gate: /men|male|feminine|masculine|boys|girls/i,
  // ("the women's 25-lap race": the 10,000m, 25 laps of the track; "Sunday's men's race" too.)
  re: /(?:\b(?:the|in the|his|her|their)\s+|(?<=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s))(?:(?:senior|junior|elite|open|masters|under[- ]\d{2}|U\d{2})\s+)?(?:(men|women)'s|(male|female|masculine|feminine|boys['’]|girls['’]))\s+(?:(25|twenty-five)-lap\s+race|(?:championship|title|elite)\s+race|race|event|final|contest|edition|competition|field|title|crown|test|category)\b(?:\s+over\s+(\d{1,2}(?:\.\d)?)\s?(?:km|k)\b)?|\brace\s+of\s+the\s+(?:elite\s+)?(men|women)\b|^(?:At|Among)\s+the\s+(?:elite\s+)?(men|women)(?=\s*,)|\bthe\s+(men|women)'s\s+(?=\p{Lu}\p{Ll}+[.!?])|\b(men|women)['’]s\s+champion\b/gimu,
  read: (m) => ({
    sex: sexOf(m[1] ?? m[2] ?? m[5] ?? m[6] ?? m[7] ?? m[8]),
    ...(m[4]
      ? { event: eventOf(m[4], 'km', '') }
      : m[3]
        ? { event: eventOf('10000', 'm', '') }
        : { round: /final/i.test(m[0]) ? 'final' : null, sexOnly: true }),
  }),
};
