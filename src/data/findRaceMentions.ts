import type { CompetitionKind, Round, Sex } from './types';
import { DIAMOND_LEAGUE_CITIES, HOST_CITIES, VENUES, CITY_COUNTRY } from './lexicon/competitions';
import { eventOf, type EventInfo } from './lexicon/events';
import {
  cityOfPlace,
  editionCity,
  genericMeet,
  num,
  isNarrativeDistance,
  isWeatherHeat,
  numberedRoundBefore,
  ordinalNumber,
  roundOf,
  sexOf,
} from './raceWords';

export { roundOf };

/** A phrase that names or points at a race: a competition, an event, a round, a venue. */
export interface RaceMention {
  start: number;
  end: number;
  kind: CompetitionKind | null;
  /** A city the phrase names ("Paris 2024", "Lausanne Diamond League", "in Monaco"). */
  city: string | null;
  year: number | null;
  /** A meeting's own name ("Prefontaine Classic") for generic meets. */
  meetName: string | null;
  event: EventInfo | null;
  round: Round | null;
  sex: Sex | null;
  /** Names only a place ("in Monaco", "in Switzerland", "at the Stade de France"). */
  placeOnly: boolean;
  /** Points at the competition as a moment in time ("ahead of the Paris Olympics"), not as the race. */
  temporal: 'before' | 'after' | null;
  /** Which semi-final or heat ("the second semifinal"), when numbered. */
  heat?: number | null;
  /** Names only the sex of the field ("in the women's race"). */
  sexOnly?: boolean;
}

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
const COUNTRY_PLACE_ALT = [...new Set(Object.values(CITY_COUNTRY))].join('|');

const TEMPORAL_BEFORE =
  /(?:ahead of|prior to|leading up to|leading into|heading into|in the (?:build-?up|run-?up|lead-?up) to|before|until|towards?|preview of)\s+(?:the\s+)?$/i;
const FUTURE_BEFORE =
  /(?:\bnext|upcoming|coming|future|will|would|'ll|for|towards?|team for|place in|qualify for|qualifying for|selection for|eyeing|eyes|targeting|target)\s+(?:(?:the|this|next)\s+)?(?:\p{L}+['’]s\s+)?$/iu;
// "back at Hayward Field for the Prefontaine Classic", "in Rome for the Golden Gala": there for the
// meeting, not looking ahead to it.
// "at the Tullamore Harriers Stadium on Sunday last for the Offaly County Championships" too.
const THERE_FOR =
  /\b(?:at|in|back)\s+(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3}(?:\s+on\s+\p{Lu}\p{Ll}+(?:\s+(?:last|night|afternoon|morning|evening))?)?\s+for\s+(?:the\s+)?$/u;
const NOT_A_RACE_AFTER =
  /^\s*(?:season|standings|circuit|series|campaign|calendar|table|points|rankings?|tour|leader|leaders|title race|record|records|champion|champions|medall?ists?|team|squad|selection|qualif\w*|standard|entry|entries|history)\b/i;
const CAREER_COUNT_BEFORE =
  /\b(?:his|her|their|my|its)\s+(?:(?:very|only)\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+$/i;
const DESTINATION_BEFORE =
  /\b(?:advanc\w*|reinstat\w*|progress\w*|qualif\w*|through|promot\w*|mov(?:e|ed|es|ing) on|(?:go|goes|went|going|sent|sends?) through)\s+(?:in)?to\s+(?:the\s+)?$/i;
const TEMPORAL_AFTER = /(?:after|since|following|post-)\s*(?:the\s+)?$/i;
// Each pattern may have a gate: a cheap test the sentence must pass for the pattern to match at all
// (a word every match contains), so most sentences skip most patterns.
const PATTERNS: readonly { gate?: RegExp; re: RegExp; read: (m: RegExpExecArray) => Partial<RaceMention> }[] =
  [
    {
      gate: /Olympic|Games/,
      re: new RegExp(
        `\\b(?:(${CITY_ALT})\\s+)?(?:(\\d{4})\\s+)?(?:Summer\\s+)?(Olympic Games|Olympics|Olympic|Games)\\b(?:\\s+in\\s+(${CITY_ALT}))?(?:\\s+in\\s+(\\d{4}))?`,
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
        return { kind: 'olympics', city: m[1] ?? m[4] ?? null, year: num(m[2] ?? m[5]) };
      },
    },
    {
      gate: /\d{4}/,
      re: new RegExp(`\\b(${CITY_ALT})\\s+(\\d{4})\\b(?!\\s+(?:Olympic|Games|World|Diamond))`, 'g'),
      read: (m) => ({ kind: null, city: m[1] ?? null, year: num(m[2]) }),
    },
    {
      gate: /world/i,
      re: new RegExp(
        `\\b(?:(\\d{4})\\s+)?(?:(${CITY_ALT})\\s+)?(?:World Athletics Championships|WORLD (?:ATHLETICS )?CHAMPIONSHIPS|World Championships?|world championships?|Worlds|world title|world crown|world gold|world silver|world bronze|world final)\\b(?:\\s+in\\s+(${CITY_ALT}))?(?:\\s+in\\s+(\\d{4}))?`,
        'g',
      ),
      read: (m) => ({ kind: 'world-championships', city: m[2] ?? m[3] ?? null, year: num(m[1] ?? m[4]) }),
    },
    {
      // "Berlin, September 2023." opening a paragraph of a feature told race by race: the race
      // run there then, in the event in hand.
      gate: /^\s*\p{Lu}[\p{L} ]+, \p{Lu}\p{Ll}+ \d{4}\.\s*$/u,
      re: /^\s*(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}), (?:January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})(?=\.)/gu,
      read: (m) => ({ kind: 'meet', city: m[1] ?? null, year: num(m[2]), meetName: null }),
    },
    {
      // World Athletics' edition names: "Budapest23", "OREGON22" (held in Eugene).
      gate: /\p{L}\d\d\b/u,
      re: new RegExp(`\\b(${CITY_ALT}|Oregon|OREGON)(\\d{2})\\b`, 'giu'),
      read: (m) => ({ kind: null, city: editionCity(m[1] ?? ''), year: 2000 + Number(m[2]) }),
    },
    {
      gate: /World/,
      re: /\b(?:(\d{4})\s+)?World (?:Athletics )?(U20|U18|Junior|Youth|Cross Country|Relays|Road Running|Race Walking Team)\s+Championships\b/g,
      read: (m) => ({ kind: 'meet', year: num(m[1]), meetName: `World ${m[2] ?? ''} Championships` }),
    },
    {
      gate: /World/,
      re: /\b(?:(\d{4})\s+)?World (?:Athletics )?Indoor(?:s| Championships)\b/g,
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
    {
      // Continental championships of a kind ("European Athletics Team Championships", "Asian
      // Indoor Championships") are meetings of their own, not the continental championships.
      gate: /Championships/,
      re: /\b(?:(\d{4})\s+)?((?:European|African|Asian|Pan American|Oceania|South American)\s+(?:Athletics\s+)?(?:Team|Indoor|U23|U20|U18|Under-23|Under-20|Junior|Youth|Cross Country|Road Running|Mountain Running|Throwing|Race Walking(?: Team)?)\s+Championships)\b/g,
      read: (m) => ({ kind: 'meet', year: num(m[1]), meetName: m[2] ?? null }),
    },
    {
      gate: /Championships|Games|title|crown/,
      re: /\b(?:(\d{4})\s+)?(European|African|Asian|Pan American|Oceania|South American)\s+(?:Athletics\s+)?(?:Championships|Games|title|crown)\b(?:\s+in\s+(\d{4})\b)?/g,
      read: (m) => ({
        kind: 'continental',
        year: num(m[1] ?? m[3]),
        meetName: `${m[2] ?? ''} Championships`,
      }),
    },
    {
      gate: /Commonwealth Games/,
      re: /\b(?:(\d{4})\s+)?Commonwealth Games\b(?:\s+in\s+(\d{4})\b)?/g,
      read: (m) => ({ kind: 'commonwealth', year: num(m[1] ?? m[2]) }),
    },
    {
      gate: /[Tt]rials|hampionships|Classic|Invitational|Relays|Grand Prix|Marathon|Games|Memorial|Meeting|Gala|Cup|Open|Mile|10K|Road Race|First Round|Regional/,
      // "the Jamaican trials": trials are named by their country, often in lower case. A name may
      // hold "and" between capitalised words ("Will County Track and Field Championships").
      re: /\b(?:(\d{4})\s+)?((?:[A-Z][\p{L}.'-]+\s+(?:and\s+(?=[A-Z]))?|\d{1,2}[A-Z]?\s+|(?:I{1,3}|&)\s+){1,7})(Olympic Trials|[Tt]rials|Championships|championships|Classic|Invitational|Relays|Grand Prix|Marathon|Half Marathon|Games|Memorial|Meeting|Gala|Cup|Open|Mile|10K|Road Race|First Round|Regionals?)\b/gu,
      read: (m) => genericMeet(m),
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
      gate: /\d\d/,
      re: /\b(boys|girls|men|women|male|female)'?s?\s+(\d{1,2},\d{3}|\d{2,5})\b(?!\s?-?\s?(?:metres?|meters?|km|[mk:]|\.\d|-year)\b)(?:\s+(final|semi-?finals?|heats?)\b)?/gi,
      read: (m) => ({ event: eventOf(m[2] ?? '', 'm', ''), sex: sexOf(m[1]), round: roundOf(m[3]) }),
    },
    {
      // "Men:" or a line of its own, "Women", heading a results list.
      gate: /men|boys|girls/i,
      re: /^[ \t]*(men|women|boys|girls)'?s?(?=\s*:|[ \t]*$)/gim,
      read: (m) => ({ sex: sexOf(m[1]), sexOnly: true }),
    },
    {
      gate: /\d\d|marathon|mile|steeplechase/i,
      re: /\b(?:(boys|girls|men|women|male|female)'?s?\s+)?(?:(\d{1,2},\d{3}|\d{2,5})\s?-?\s?(metres?|meters?|kilomet(?:re|er)s?|km|m|k)\b(?:\s+(steeplechase|hurdles|walk|race walk))?|(half[- ]marathon|marathon|metric mile|mile|steeplechase)(?![\p{L}'-]))(?:\s+(?:Olympic\s+|world\s+)?(final|semi-?finals?|heats?))?/giu,
      read: (m) => {
        const event = m[5] ? eventOf(m[5], '', '') : eventOf(m[2] ?? '', m[3] ?? '', m[4] ?? '');
        return { event, sex: sexOf(m[1]), round: roundOf(m[6]) };
      },
    },
    {
      gate: /semi|heat/i,
      re: /\b(first|second|third|fourth|fifth|sixth)\s+of\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight)\s+(semi-?finals|semis|heats)\b|\b(heat|semi-?final)\s+(\d)\b/gi,
      read: (m) => ({ round: roundOf(m[2] ?? m[3]), heat: m[4] ? Number(m[4]) : ordinalNumber(m[1]) }),
    },
    {
      gate: /men's|male|feminine|masculine/i,
      re: /\b(?:the|in the)\s+(?:(men|women)'s|(male|female|masculine|feminine))\s+(?:race|event|final|contest|edition|competition|field)\b/gi,
      read: (m) => ({ sex: sexOf(m[1] ?? m[2]), round: /final/i.test(m[0]) ? 'final' : null, sexOnly: true }),
    },
    {
      gate: /final|semi|heat/i,
      re: /\b(?:the|an?|their|his|her|its|Olympic|world|Diamond League|(?:[a-z]+day|tonight)(?:\s+(?:night|evening|afternoon|morning))?['’]s)\s+(?:(?:slow|fast|quick|tactical|opening|last|final|rapid|(?:first|opening)-round)\s+|same\s(?=first|second|third|fourth|fifth|sixth|semi|heat))?(?:(first|second|third|fourth|fifth|sixth)\s+)?(semi-?finals?|semis?|final|heats?)\b(?!\s+(?:lap|stretch|stage|met(?:re|er)s|bend|straight|kick|push|surge|turn|\d|moments|few|day|round|sprint|burst|climb|stride|part|seconds|minutes|third|quarter|two|night|evening|session|morning|afternoon|weekend|week|stop|leg|whistle|word|say|analysis|standings|results|event of|hurdle|barrier))/gi,
      // "the opening semi-final" is the first of them. "the same first semi-final as Oduya" names a
      // semi-final or heat ("in the same final" is left to the race in hand).
      read: (m) => ({
        round: roundOf(m[2]),
        heat: ordinalNumber(m[1]) ?? (/\bopening\s+(?:semi|heat)/i.test(m[0]) ? 1 : null),
      }),
    },
    {
      // "who won Ní Bhriain's semi-final": a runner's round.
      gate: /['’]s\s+(?:(?:first|second|third|fourth|fifth|sixth)\s+)?(?:semi|heat)/,
      re: /(?<![\p{L}'’-])\p{Lu}[\p{L}-]*['’]s\s+(?:(first|second|third|fourth|fifth|sixth)\s+)?(semi-?finals?|heats?)\b/gu,
      read: (m) => ({ round: roundOf(m[2]), heat: ordinalNumber(m[1]) }),
    },
  ];

// Gates that are plain alternations of words: one test of all their words together (case-sensitive
// gates and case-insensitive ones apart) fails for most sentences, which then skip every such gate,
// as none of them could pass.
const isWordGate = (gate: RegExp | undefined, flags: string): boolean =>
  gate !== undefined && gate.flags === flags && /^(?:[\p{L}\d '|]|\\-)+$/u.test(gate.source);
// A word that contains another of the words adds nothing to the test ("Bislett Games" beside "Games").
const wordGates = (flags: string): RegExp => {
  const words = [
    ...new Set(PATTERNS.flatMap((p) => (isWordGate(p.gate, flags) ? (p.gate?.source.split('|') ?? []) : []))),
  ];
  const fold = (w: string): string => (flags === 'i' ? w.toLowerCase() : w);
  const least = words.filter((w) => !words.some((o) => o !== w && fold(w).includes(fold(o))));
  return new RegExp(least.join('|'), flags);
};
const WORD_GATES = wordGates('');
const WORD_GATES_ANY_CASE = wordGates('i');
const GATE_GROUP = PATTERNS.map((p) => (isWordGate(p.gate, '') ? 1 : isWordGate(p.gate, 'i') ? 2 : 0));

/** Finds every race mention in `text` between `from` and `to`, with its place in the text. */
export function findRaceMentions(text: string, from: number, to: number): RaceMention[] {
  const slice = text.slice(from, to);
  const found: RaceMention[] = [];
  const anyWord = WORD_GATES.test(slice);
  const anyWordAnyCase = WORD_GATES_ANY_CASE.test(slice);
  for (let i = 0; i < PATTERNS.length; i++) {
    const { gate, re, read } = PATTERNS[i] as (typeof PATTERNS)[number];
    const group = GATE_GROUP[i];
    if (group === 1 && !anyWord) continue;
    if (group === 2 && !anyWordAnyCase) continue;
    if (gate && !gate.test(slice)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const parts = read(m);
      const start = from + m.index;
      const end = start + m[0].length;
      if (
        !parts.event &&
        parts.round == null &&
        parts.kind === undefined &&
        !parts.placeOnly &&
        !parts.sexOnly &&
        !parts.meetName
      )
        continue;
      if (parts.event !== undefined && isNarrativeDistance(text, start, end, m)) continue;
      if (parts.kind && NOT_A_RACE_AFTER.test(text.slice(end, end + 24))) continue;
      const overlaps = found.filter((f) => start < f.end && end > f.start);
      if (
        (parts.kind !== undefined || parts.placeOnly) &&
        overlaps.some((f) => f.kind !== null || f.city !== null)
      )
        continue;
      if (parts.round && !parts.event && overlaps.some((f) => f.round !== null)) continue;
      if (parts.round === 'heat' && !parts.event && parts.heat == null && isWeatherHeat(text, start, end))
        continue;
      const before = text.slice(Math.max(0, start - 40), start);
      // "qualified for Tuesday's final", "through to Sunday's final": a round still to come.
      if (
        parts.round &&
        !parts.kind &&
        /^(?:[a-z]+day|tonight)\b/i.test(m[0]) &&
        (FUTURE_BEFORE.test(before) || /\b(?:to|into|reach(?:ed|es|ing)?|ma(?:de|ke|king))\s+$/i.test(before))
      )
        continue;
      // "running only his third marathon": a count of a career's races, not a race.
      if (parts.event && !parts.round && !parts.kind && CAREER_COUNT_BEFORE.test(before)) continue;
      // "was reinstated into the semi-finals", "advanced to the final": where a runner goes next.
      if (
        parts.round &&
        !parts.kind &&
        !parts.event &&
        DESTINATION_BEFORE.test(before) &&
        !/^,?\s+(?:where|in which)\b/i.test(text.slice(end, end + 12))
      )
        continue;
      found.push({
        start,
        end,
        kind: parts.kind ?? null,
        city: parts.city ?? null,
        year: parts.year ?? null,
        meetName: parts.meetName ?? null,
        event: parts.event ?? null,
        round: parts.round ?? null,
        sex: parts.sex ?? null,
        placeOnly: parts.placeOnly ?? false,
        sexOnly: parts.sexOnly ?? false,
        heat: parts.heat ?? (parts.round ? numberedRoundBefore(text, start) : null),
        temporal:
          TEMPORAL_BEFORE.test(before) ||
          (parts.kind &&
            FUTURE_BEFORE.test(before) &&
            !THERE_FOR.test(text.slice(Math.max(from, start - 80), start)))
            ? 'before'
            : TEMPORAL_AFTER.test(before)
              ? 'after'
              : null,
      });
    }
  }
  addElidedRounds(text, to, found);
  return found.filter((f) => !isOlympicAdjectiveOnly(text, f)).sort((a, b) => a.start - b.start);
}

// "winning the first semifinal in 10.86, while Ruiz eased to victory in the second in 10.91": a
// numbered round with its noun left out after the first one was named.
const ELIDED_ROUND =
  /\b(?:in|won|took|taking|winning|claimed|claiming)\s+the\s+(second|third|fourth|fifth|sixth)(?=\s+in\s|\s*[,.;]|\s+with\s)/gi;
function addElidedRounds(text: string, to: number, found: RaceMention[]): void {
  const first = found.find((f) => f.heat !== null && (f.round === 'semi-final' || f.round === 'heat'));
  if (!first) return;
  const slice = text.slice(first.end, to);
  ELIDED_ROUND.lastIndex = 0;
  for (let m = ELIDED_ROUND.exec(slice); m; m = ELIDED_ROUND.exec(slice)) {
    const word = m[1] ?? '';
    const start = first.end + m.index + m[0].length - word.length;
    found.push({ ...first, start, end: start + word.length, heat: ordinalNumber(word), temporal: null });
  }
}

// "Olympic record", "Olympic champion" and "Olympic cycle" name a title, not a race.
function isOlympicAdjectiveOnly(text: string, f: RaceMention): boolean {
  if (f.kind !== 'olympics' || f.city || f.year) return false;
  const word = text.slice(f.start, f.end);
  const after = text.slice(f.end, f.end + 24);
  if (/^Games$/.test(word)) return !/(?:the|Summer)\s+$/i.test(text.slice(Math.max(0, f.start - 8), f.start));
  if (/^Olympic$/.test(word))
    return /^\s+(?:record|champion|cycle|stage|history|movement|village|team|squad|debut|rings|dream|glory|qualif|standard|year|Trials|finalist|semi-finalist|medall?ist|hopeful|berth|spot|place|experience|bronze medall?ist|silver medall?ist|gold medall?ist)/i.test(
      after,
    );
  return false;
}
