/**
 * The phrase patterns that name or point at a race (competitions, events, rounds, venues), each with
 * a cheap gate, read by findRaceMentions.
 */
import { DIAMOND_LEAGUE_CITIES, HOST_CITIES, VENUES, CITY_COUNTRY } from './lexicon/competitions';
import { eventOf } from './lexicon/events';
import { cityOfPlace, editionCity, genericMeet, num, ordinalNumber, roundOf, sexOf } from './raceWords';
import { ROUND_HEADINGS } from './roundPatterns';
import { BARE_EVENTS } from './bareEvents';
import { SEX_HEADINGS, SEX_RACE } from './sexHeadings';
import { MEETING_PATTERNS, type MentionPattern } from './meetingPatterns';
import { CONTINENTAL_PATTERNS } from './continentalPatterns';

const CITY_ALT = [
  ...new Set([
    ...HOST_CITIES,
    ...Object.keys(DIAMOND_LEAGUE_CITIES),
    'Kingston',
    'Miami',
    'Philadelphia',
    'LA',
  ]),
]
  .sort((a, b) => b.length - a.length)
  .join('|');
const DL_NAMES = Object.entries(DIAMOND_LEAGUE_CITIES).flatMap(([city, names]) =>
  names.map((n) => [n, city] as const),
);
const DL_NAME_ALT = DL_NAMES.map(([n]) => n.replace(/-/g, '\\-')).join('|');
const VENUE_ALT = Object.keys(VENUES).join('|');
// "SEMI-FINAL TWO": the number words that number a round.
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six'];
const WEATHER_BEFORE =
  /\b(?:struggl\w*|cop\w*|battl\w*|suffer\w*|wilt\w*|despite|beat(?:ing)?|escap\w*|because of|due to|out of)\s+(?:with\s+)?$/i;
const COUNTRY_PLACE_ALT = [...new Set(Object.values(CITY_COUNTRY))].join('|');

// Each pattern may have a gate: a cheap test the sentence must pass for the pattern to match at all
// (a word every match contains), so most sentences skip most patterns.
export const PATTERNS: readonly MentionPattern[] = withCountedRounds([
  {
    gate: /Olympic|Games/,
    // ("took the Olympic 100m silver in 2032": the year after the medal, read by a lookahead.)
    re: new RegExp(
      `\\b(?:(${CITY_ALT})\\s+)?(?:(\\d{4})\\s+)?(?:Summer\\s+)?(Olympic Games|Olympics|Olympic(?!\\s+(?:Park|Stadium|Village|Centre|Center|Oval))|Games)\\b(?:\\s+in\\s+(${CITY_ALT}))?(?:\\s+in\\s+(\\d{4}))?(?:(?=\\s+(?:[\\d,]+\\s?m(?:etres)?\\s+)?(?:gold|silver|bronze|title|crown|medal)\\s+in\\s+((?:19|20)\\d\\d)\\b)|)`,
      'g',
    ),
    read: (m) => {
      // "Commonwealth Games", "Bislett Games", "US Olympic Trials": another competition's name.
      const named = /(?:^|\s)(\p{Lu}[\p{L}.&-]*)\s+$/u.exec(
        m.input.slice(Math.max(0, m.index - 30), m.index),
      )?.[1];
      if (
        !m[1] &&
        !m[2] &&
        named &&
        !/^(?:The|At|In|Of|On|For|Summer|His|Her|Their|These|Those|This|That)$/.test(named)
      )
        return { kind: undefined };
      return { kind: 'olympics', city: m[1] ?? m[4] ?? null, year: num(m[2] ?? m[5] ?? m[6]) };
    },
  },
  {
    // The city, a word gate (not the year: digits are in most sentences).
    gate: new RegExp(CITY_ALT),
    re: new RegExp(`\\b(${CITY_ALT})\\s+(\\d{4})\\b(?!\\s+(?:Olympic|Games|World|Diamond))`, 'g'),
    read: (m) => ({ kind: null, city: m[1] ?? null, year: num(m[2]) }),
  },
  {
    gate: /world/i,
    re: new RegExp(
      `\\b(?:(\\d{4})\\s+)?(?:(${CITY_ALT})\\s+)?(?:World Athletics Championships|WORLD (?:ATHLETICS )?CHAMPIONSHIPS|World Championships?|world championships?|Worlds|world title|world crown|world gold|world silver|world bronze|world final)\\b(?:\\s+((?:19|20)\\d\\d)\\b)?(?:(?:\\s+in|,)\\s+(${CITY_ALT})\\b)?(?:\\s+in\\s+(\\d{4}))?(?:,\\s+([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)\\s+((?:19|20)\\d\\d)\\b)?`,
      'g',
    ),
    // ("World Athletics Championships 2027: Delacroix storms to gold": the year after the name; "World
    // Championships, Beijing": a byline's city after a comma; "…, Perth 2035": a city the table lacks.)
    read: (m) => ({
      kind: 'world-championships',
      city: m[2] ?? m[4] ?? m[6] ?? null,
      year: num(m[1] ?? m[3] ?? m[5] ?? m[7]),
    }),
  },
  {
    // "Berlin, September 2023." (or "Rotterdam, 19 August 2034.") opening a paragraph of a feature
    // told race by race: the race run there then, in the event in hand.
    gate: /^\s*\p{Lu}[\p{L} ]+, (?:\d{1,2} )?\p{Lu}\p{Ll}+ \d{4}\.\s*$/u,
    re: /^\s*(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}), (?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})(?=\.)/gu,
    read: (m) => ({ kind: 'meet', city: m[1] ?? null, year: num(m[2]), meetName: null }),
  },
  {
    // World Athletics' edition names: "Budapest23", "OREGON22" (held in Eugene).
    gate: /\p{L}\d\d\b/u,
    re: new RegExp(`\\b(${CITY_ALT}|Oregon|OREGON)(\\d{2})\\b`, 'giu'),
    read: (m) => ({ kind: null, city: editionCity(m[1] ?? ''), year: 2000 + Number(m[2]) }),
  },
  {
    // ("to retain the world cross-country title": the championships, named by their title.)
    gate: /World|world cross/,
    re: /\b(?:(\d{4})\s+)?World (?:Athletics )?(U20|U18|Junior|Youth|Cross Country|Relays|Road Running|Race Walking Team)\s+Championships\b|\b(?:(\d{4})\s+)?world cross[- ]country (?:championships?|title|crown|gold|silver|bronze)\b/g,
    read: (m) => ({
      kind: 'meet',
      year: num(m[1] ?? m[3]),
      meetName: `World ${m[2] ?? 'Cross Country'} Championships`,
    }),
  },
  {
    // "the 2028 World Indoor Championships", "won the world indoor title".
    gate: /world/i,
    re: /\b(?:(\d{4})\s+)?World (?:Athletics )?Indoor(?:s| Championships)\b|\bworld indoor (?:title|crown|gold|silver|bronze|final)\b/gi,
    read: (m) => ({ kind: 'world-indoors', year: num(m[1]) }),
  },
  {
    gate: /Diamond League|DL/,
    re: new RegExp(
      `\\b(?:(\\d{4})\\s+)?(?:(${CITY_ALT})\\s+)?(?:Diamond League|DL)\\b(?:\\s+(?:meet(?:ing)?|event|leg|stop|final))?(?:\\s+(?:in|at)\\s+(${CITY_ALT}))?`,
      'g',
    ),
    read: (m) => ({ kind: 'diamond-league', city: m[2] ?? m[3] ?? null, year: num(m[1]) }),
  },
  {
    gate: new RegExp(DL_NAME_ALT),
    re: new RegExp(`\\b(${DL_NAME_ALT})\\b`, 'g'),
    read: (m) => ({ kind: 'diamond-league', city: DL_NAMES.find(([n]) => n === m[1])?.[1] ?? null }),
  },
  {
    gate: /Grand Slam/,
    re: new RegExp(
      `\\b(?:(${CITY_ALT})\\s+)?Grand Slam(?: Track)?\\b(?:\\s+(?:meet(?:ing)?|event|slam))?(?:\\s+in\\s+(${CITY_ALT}))?`,
      'g',
    ),
    read: (m) => ({ kind: 'grand-slam-track', city: m[1] ?? m[2] ?? null }),
  },
  ...CONTINENTAL_PATTERNS,
  {
    // ("Kiwi snatches Commonwealth 1500m crown": the Games' title, its event between.)
    gate: /Commonwealth/,
    // ("Commonwealth Games 2030: MacLeod's heartbreak": the year after the name.)
    re: /\b(?:(\d{4})\s+)?Commonwealth(?: Games\b(?:\s+(?:in\s+)?((?:19|20)\d\d)\b)?|(?=\s(?:\d[\d,]*\s?m\s+)?(?:title|crown|gold|silver|bronze|final)\b))/g,
    read: (m) => ({ kind: 'commonwealth', year: num(m[1] ?? m[2]) }),
  },
  {
    // (Trials spelled out in both cases, so the gate is one of the word gates.)
    gate: /Trials|trials|hampionships|Classic|Invitational|Relays|Grand Prix|Marathon|Games|Memorial|Meeting|Gala|Cup|Open|Mile|10K|Road Race|First Round|Regional|Run|Half|parkrun|Cross Country/,
    // "the Jamaican trials": trials are named by their country, often in lower case. "the Great North
    // Run" and "the Lisbon Half" are road races, "INTERCLUB CROSS COUNTRY" a cross-country meeting. A name may
    // hold "and" between capitalised words ("Will County Track and Field Championships"), and an age
    // group ("World Under-20 Championships") or an event after a word ("British 10,000m Championships").
    // ("Women 1500 Meter Run" is an event's heading on a college results page, not a road race; "Tom's
    // 10K PB of 32:15" is a best over the distance.)
    re: /\b(?:(\d{4})\s+)?((?:[A-Z][\p{L}.'-]+(?<=-)\d{2}\s+|[A-Z][\p{L}.'-]+\s+(?:and\s+(?=[A-Z]))?|(?<![\d:.])\d{1,2}[A-Z]?\s+|(?:I{1,3}|&)\s+|(?<=[A-Z][\p{L}'-]+\s)(?:\d{1,2},)?\d{3,5}m\s+|(?<=[A-Z][\p{L}'-]+\s)(?:de|do|da|del|di)\s+(?=[A-Z])){1,7})(Olympic Trials|[Tt]rials|Championships|championships|Classic|Invitational|Relays|Grand Prix|Marathon|Half Marathon|Games|Memorial|Meeting|Gala|Cup|Open|Mile|10K|Road Race|First Round|Regionals?|(?<!Met(?:er|re)\s)Run|Half|parkrun|Cross Country)\b(?!\s+(?:PB|PR|SB|personal\s+best|best)\b)/gu,
    read: (m) => genericMeet(m),
  },
  {
    // "the Medio Maratón Valencia", "the Maratona di Roma", "the Marathon de Paris", "the
    // Halbmarathon Berlin": a road race named in its own language, with its city.
    gate: /Marat[oó]n|Halbmarathon|Semi-[Mm]arathon|Marathon d/,
    re: /\b(?:(\d{4})\s+)?((?:(Medio|Media|Mezza)\s+)?Marat[oó]na?|(Semi-[Mm]arathon|Halbmarathon)|Marathon(?=\s+d))(?:\s+(?:de|di|del|della|von)(?:\s+la)?)?\s+(\p{Lu}[\p{L}-]+)\b/gu,
    read: (m) => ({
      kind: 'meet',
      year: num(m[1]),
      meetName: m[0].replace(/^\d{4}\s+/, ''),
      event: eventOf(m[3] || m[4] ? 'half marathon' : 'marathon', '', ''),
    }),
  },
  {
    gate: new RegExp(VENUE_ALT),
    re: new RegExp(`\\b(?:[Aa]t|[Ii]n)\\s+(?:the\\s+)?(${VENUE_ALT})\\b`, 'g'),
    read: (m) => ({ city: VENUES[m[1] ?? ''] || null, placeOnly: true }),
  },
  {
    gate: new RegExp(`${CITY_ALT}|${COUNTRY_PLACE_ALT}`),
    re: new RegExp(
      `\\b(?:[Aa]t|[Ii]n)\\s+(${CITY_ALT}|${COUNTRY_PLACE_ALT})\\b(?!\\s+(?:\\d{4}|Olympic|Games|Diamond|Grand|World))`,
      'g',
    ),
    read: (m) => ({ city: cityOfPlace(m[1] ?? ''), placeOnly: true }),
  },
  {
    // "He won Berlin last September in 2:03:49": the town won names its race.
    gate: /\bw[io]n/,
    re: new RegExp(
      `(?<=\\b(?:won|wins|winning)\\s)(${CITY_ALT})\\b(?!['’]|\\s+(?:\\d{4}|Olympic|Games|Diamond|Grand|World|Marathon|Half|City))`,
      'g',
    ),
    read: (m) => ({ city: cityOfPlace(m[1] ?? ''), placeOnly: true }),
  },
  ...BARE_EVENTS,
  ...SEX_HEADINGS,
  {
    // A number's last digit comes just before its unit, which starts with "m" or "k".
    // ("the leaders passing 800 metres in 1:56.3": a distance passed on the way is a split, no race;
    // "wind SW 12 km/h" a speed; "is 2km long", "a 2km loop" a course's lap; "the national champion in
    // the steeple": the steeplechase, as fans say it.)
    gate: /\d\s?-?\s?[km]|marathon|mile|steeple/iu,
    re: /\b(?:(boys|girls|men|women|male|female)'?s?\s+(?:(?:county|national|senior|junior|elite|open|masters|road|indoor|state|regional|olympic|world|european|commonwealth|continental|university|college|school|club|area|[TF]\d{2})\s+){0,2})?(?:(?<![\d,][:.]?)(?<!\b(?:passed|passing|passes|through|reached|reaching|hit|hitting|covered|covering)\s(?:the\s)?)(\d{1,2},\d{3}|\d{2,5}|\d(?=\s?-?\s?(?:kilomet|km\b|k\b)))\s?-?\s?(metres?|meters?|kilomet(?:re|er)s?|km|m|k)\b(?!\s?\/\s?[hs]\b|\s+(?:long|loops?|laps?|circuits?)\b)(?:\s+(steeplechase|hurdles|obstacles|walk|race walk))?|(half[- ]marathon|marathon|metric mile|(?<=(?:men|women|boys|girls)['’]s?\s)(?:two|2)[- ]miles|(?:(?<!\d[.,])\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[- ]mile(?!s?\s+(?:mark|point|marker)\b)|(?<!\b(?:final|last|closing|opening|first|each|every|per|a|country)\s|-)mile|steeplechase|(?<=\bthe\s(?:(?:men|women)['’]s\s)?)steeple(?!\s+of\b))(?![\p{L}'-]))(?:\s+(?:Olympic\s+|world\s+|prelim(?:inary)?\s+)?(final|semi-?finals?|heats?|prelims)(?![\p{L}-]))?/giu,
    read: (m) => {
      const event = m[5] ? eventOf(m[5], '', '') : eventOf(m[2] ?? '', m[3] ?? '', m[4] ?? '');
      // ("MEN'S 800m SEMI-FINAL 1 –": a round numbered after it.)
      const end = m.index + m[0].length;
      const n = /^\s+([1-6]|one|two|three|four|five|six)\b(?![:.]\d)/i.exec(m.input.slice(end, end + 8))?.[1];
      const heat =
        n && m[6] && !/^final/i.test(m[6]) ? Number(n) || NUMBER_WORDS.indexOf(n.toLowerCase()) + 1 : null;
      return { event, sex: sexOf(m[1]), round: roundOf(m[6]), ...(heat ? { heat } : {}) };
    },
  },
  {
    // "15 AUGUST - WORLD CHAMPIONSHIPS, HEATS (5000m)": a round in capitals set off in a heading.
    // "Men 110m Hurdles -- Final -- Saturday, May 15", "60m Männer / Men - Finale / Final   Sa.": a
    // results heading's round in title case, set off by dashes.
    gate: /HEAT|FINAL|Final|Heat|Semi-?finals?|Prelim/,
    // ("FINAL — 20:40 — Wind: +1.1 m/s": a line that opens on the round, then its notes after a dash;
    // "WOMEN 100m -- FINAL      Wind: +1.1 m/s": a round set off by a dash, then its notes in a column.)
    re: /(?<=[,–—-][ \t]*)(HEATS?|FINALS?|SEMI-?FINALS?)(?=[ \t]*(?:[(,–—-]|$)|[ \t]{2})|(?<=^[ \t]*)(HEATS?|FINALS?|SEMI-?FINALS?)(?=[ \t]+[–—-][ \t])|(?<=^[^\n.]{2,60}\S[ \t]+(?:--|[–—-])[ \t]+)(Finale?|Finals|Heats|Semi-?finals?|Preliminaries|Prelims|(?:Heat|Semi-?final)[ \t]+[A-H])(?=[ \t]+(?:--|[–—/-])[ \t]|[ \t]*$| {2}|\t|[ \t]+\()/gmu,
    // "MEN 100m - Heat A (wind +0.3)", "- Final (wind +0.8)": a heat lettered A to H is numbered in
    // order; a note in brackets may follow.
    read: (m) => {
      const letter = /[A-H]$/.exec(m[3] ?? '')?.[0];
      return {
        round: roundOf((m[1] ?? m[2] ?? m[3])?.toLowerCase()),
        heat: letter ? letter.charCodeAt(0) - 64 : null,
      };
    },
  },
  {
    gate: /semi|heat|qualifying/i,
    // ("the first of Sunday evening's" or "of the evening's semi-finals": a day may stand for the count,
    // or go before it: "the second of Friday's three heats".)
    re: /\b(first|second|third|fourth|fifth|sixth)\s+of\s+(?:the\s+)?(?:(?:[a-z]+day|tonight|(?<=the\s)(?:morning|afternoon|evening|night))(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+(?:(?:two|three|four|five|six|seven|eight)\s+)?|(?:two|three|four|five|six|seven|eight)\s+)(semi-?finals|semis|heats|qualifying\s+(?:races|heats|rounds))\b|\b(heat|semi-?final|semi)\s+(\d|one|two|three|four|five|six)\b/gi,
    // "SEMI-FINAL TWO": a round numbered in words.
    read: (m) => ({
      round: roundOf(m[2] ?? m[3]),
      heat: m[4]
        ? /\d/.test(m[4])
          ? Number(m[4])
          : NUMBER_WORDS.indexOf(m[4].toLowerCase()) + 1
        : ordinalNumber(m[1]),
    }),
  },
  SEX_RACE,
  {
    gate: /final|semi|heat|prelim/i,
    re: /\b(?:the|an?|their|his|her|its|Olympic|world|Diamond League|championships|games|olympics|trials|(?:[a-z]+day|tonight|last(?=\s+(?:night|evening|afternoon|morning)))(?:\s+(?:night|evening|afternoon|morning))?['’]s)\s+(?:(?:(?:slow|fast|quick)(?:er|est)?|tactical|opening|last|final|rapid|(?:first|opening)-round|morning|afternoon|evening)\s+|(?:two|three|four|five|six|seven|eight)\s+(?=semi-?finals|semis|heats)|(?:same|other)\s(?=first|second|third|fourth|fifth|sixth|semi|heat)|(?:[a-z]+,?\s+){1,2}(?=(?:first|second|third|fourth|fifth|sixth)\s+(?:semi|heat)))?(?:(first|second|third|fourth|fifth|sixth)\s+(?:and\s+(?:final|last)\s+(?!final\b))?)?(semi-?finals?|semis?|final|heats?|prelims)\b(?!\s+(?:lap|stretch|stage|met(?:re|er)s|bend|straight|kick|push|surge|turn|\d|moments|few|day|round|sprint|burst|climb|stride|part|seconds|minutes|third|quarter|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|hundred|half|couple|kilomet|km\b|k\b|miles?\b|corner|descent|hill|night|evening|session|morning|afternoon|weekend|week|stop|leg|whistle|word|say|analysis|standings|results|event of|hurdle|barrier|podium|spot|medal|position|fixture|match|qualif|automatic|berth|slot|ticket|places?\b))/gi,
    // "the opening semi-final" is the first of them, "a slow, physical second heat" the second, "the
    // third and final heat" the third; "the three semi-finals", "the fastest heat" are of the round.
    // "the same first semi-final as Oduya" names a semi-final or heat ("in the same final" is left to
    // the race in hand).
    // "after struggling with the heat", "the heat and humidity": the weather, not a round.
    // ("looked a different animal in Friday's prelims": a passing word on the rounds, told with the day.)
    read: (m) =>
      (/^the heat$/i.test(m[0]) &&
        (WEATHER_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index)) ||
          /^\s+and\s+(?:the\s+)?humidity/i.test(m.input.slice(m.index + m[0].length)))) ||
      /['’]s\s+prelims$/i.test(m[0])
        ? { round: null }
        : {
            round: roundOf(m[2]),
            heat: ordinalNumber(m[1]) ?? (/\bopening\s+(?:semi|heat)/i.test(m[0]) ? 1 : null),
            // ("Friday's heat had gone to plan", after a Saturday semi-final: a round of its own day.)
            firstRound:
              /\b(?:first|opening)-round\b|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+heat$/i.test(
                m[0],
              ),
          },
  },
  ...ROUND_HEADINGS,
  {
    // "who won Ní Bhriain's semi-final": a runner's round.
    gate: /['’]s\s+(?:(?:first|second|third|fourth|fifth|sixth)\s+)?(?:semi|heat)/,
    re: /(?<![\p{L}'’-])\p{Lu}[\p{L}-]*['’]s\s+(?:(first|second|third|fourth|fifth|sixth)\s+)?(semi-?finals?|heats?)\b/gu,
    read: (m) => ({ round: roundOf(m[2]), heat: ordinalNumber(m[1]) }),
  },
  ...MEETING_PATTERNS,
]);

// "eased through the first of the two 1,500m semi-finals": that semi-final.
const NTH_OF_THE =
  /\bthe\s+(first|second|third|fourth|fifth|sixth)\s+of\s+the\s+(?:two|three|four|five|six|seven|eight)\s+(?:[a-z]+\s+)?$/i;

/** The patterns, each reading a round told as "the first of the two …" as that numbered round. */
function withCountedRounds(patterns: readonly MentionPattern[]): readonly MentionPattern[] {
  return patterns.map((p) => ({
    ...p,
    read: (m) => {
      const parts = p.read(m);
      if (!parts.round || parts.round === 'final' || parts.heat != null || m.index < 20) return parts;
      const n = NTH_OF_THE.exec(m.input.slice(Math.max(0, m.index - 50), m.index));
      return n ? { ...parts, heat: ordinalNumber(n[1]) } : parts;
    },
  }));
}
