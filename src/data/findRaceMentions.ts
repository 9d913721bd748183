/** Finds the phrases of a text that name or point at a race, with the patterns of raceMentionPatterns. */
import { PATTERNS } from './raceMentionPatterns';
import { isTableHeader, type RaceMention } from './raceMention';
import { isNarrativeDistance, numberedRoundBefore, ordinalNumber, roundOf } from './raceWords';
import { isWeatherHeat } from './weatherHeat';
import { sortByStart } from './sortByPosition';
import { isOlympicAdjectiveOnly } from './olympicAdjective';

export { roundOf };

export type { RaceMention };

const TEMPORAL_BEFORE =
  /(?:ahead of|prior to|leading up to|leading into|heading into|in the (?:build-?up|run-?up|lead-?up) to|before|until|towards?|preview of)\s+(?:the\s+)?(?:(?:start|opening|eve)\s+of\s+(?:the\s+)?)?$/i;
// ("leading an American team of three to the Summer Games": the team's next championships.)
const FUTURE_BEFORE =
  /(?:\bnext|upcoming|coming|future|will|would|'ll|for|towards?|team for|(?:team|squad)\s+of\s+\w+\s+to|place in|for a (?:place|spot|berth) at|tickets? to|qualify for|qualifying for|selection for|eyeing|eyes|targeting|target|(?:eyes?|sights)\s+(?:set\s+|firmly\s+)?on)\s+(?:(?:the|this|next)\s+)?(?:\p{L}+['’]s\s+)?$/iu;
// "back at Hayward Field for the Prefontaine Classic", "in Rome for the Golden Gala": there for the
// meeting, not looking ahead to it.
// "at the Tullamore Harriers Stadium on Sunday last for the Offaly County Championships" too, and
// "descended on Ashcombe Park on Saturday for the Northshire County Championships".
const THERE_FOR =
  /\b(?:at|in|on|back)\s+(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3}(?:\s+on\s+\p{Lu}\p{Ll}+(?:\s+(?:last|night|afternoon|morning|evening))?)?\s+for\s+(?:the\s+)?$/u;
const NOT_A_RACE_AFTER =
  /^\s*(?:season|standings|circuit|series|campaign|calendar|table|points|rankings?|tour|leader|leaders|title race|record|records|champion|champions|winners?|medall?ists?|finalists?|team|squad|selection|tickets?|spots?|berths?|qualif\w*|standard|entry|entries|history)\b/i;
const TITLE_AFTER_EVENT =
  /^\s+(?:(?:men|women)['’]s\s+)?(?:[\d,.]+\s?(?:m|metres|meters|km|k)\s+|(?:half[- ])?marathon\s+|mile\s+|steeplechase\s+|hurdles\s+|walk\s+|cross[- ]country\s+|indoor\s+|road\s+)+(?:champions?|title-?holder|medall?ists?)\b/i;
const COMPARED_WITH =
  /\b(?:slower|faster|quicker|better|worse|higher|lower)\s+than\s+(?:in|at)\s+(?:(?:the|her|his|their)\s+)?$/i;
const CAREER_COUNT_BEFORE =
  /\b(?:his|her|their|my|its)\s+(?:(?:very|only)\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+$/i;
const DESTINATION_BEFORE =
  /\b(?:advanc\w*|reinstat\w*|progress\w*|qualif\w*|through|promot\w*|squeez\w*|scrap\w*|sneak\w*|snuck|slip\w*|slid|accompan\w*|mov(?:e|ed|es|ing) on|(?:go|goes|went|going|sent|sends?) through)\s+(?:in)?to\s+(?:the\s+)?$/i;
// ("was fourth and did not make the final": the final missed; "took second place in the final" is
// a place in it.)
const REACHED_BEFORE =
  /(?:\b(?:and|to)(?<!\bonly\s(?:\w+\s+){1,2}to)\s+reach(?:es|ed|ing)?|\b(?:did\s+not|didn['’]t|failed\s+to|failing\s+to)\s+(?:make|reach)|(?<!\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s)\b(?:place|spot|berth|slot)s?\s+in|\bqualif\w*\s+for|\b(?:falls?|fell|falling|c[ao]me|comes|coming)\s+(?:just\s+|agonis?z?ingly\s+)?short\s+of)\s+(?:the\s+|(?:his|her|their)\s+first\s+)?$/i;
const FASTEST_INTO =
  /\b(?:fastest|quickest|slowest)\s+(?:\w+\s+)?into\s+(?:the\s+|(?:[a-z]+day|tonight)(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+)(?:(?:world|Olympic|European)\s+)?$/i;
const TEMPORAL_AFTER = /(?:after|since|following|post-)\s*(?:the\s+)?$/i;
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

const BOTH_SEXES_BEFORE = /\b(?:men|women|boys|girls)['’]?s?\s+(?:and|&)\s+$/i;

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
      // ("his 1,500m prelim heat": a runner's own round, a race.)
      const ownRound =
        parts.round && /\b(?:his|her|their)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
      if (parts.event !== undefined && !ownRound && isNarrativeDistance(text, start, end, m)) continue;
      if (parts.kind && NOT_A_RACE_AFTER.test(text.slice(end, end + 24))) continue;
      // ("The 2036 Olympic steeplechase champion", "the world 400m hurdles medallist": a title.)
      if (parts.kind && TITLE_AFTER_EVENT.test(text.slice(end, end + 40))) continue;
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
      // "delivered him to 18 kilometres", "just past 7 kilometers", "after 6 kilometers": a point of
      // the race, not a race.
      if (
        parts.event &&
        !parts.kind &&
        !parts.round &&
        /\d\s?-?\s?(?:km|kilomet|k\b)/i.test(m[0]) &&
        /\b(?:to|at|through|past|after|until|beyond|around|by|before|near|nearing|approaching|inside|within|from)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i.test(
          before,
        )
      )
        continue;
      // "four laps of 2km", "a 2km loop": the length of a lap, not the race.
      if (
        parts.event &&
        !parts.kind &&
        /\d/.test(m[0]) &&
        (/\blaps?\s+of\s+(?:about\s+|around\s+|roughly\s+)?$/i.test(before) ||
          /^\s*(?:laps?|loops?|circuits?)\b/i.test(text.slice(end, end + 10)))
      )
        continue;
      // "finished seventh in 1:58.90, slower than in her semi-final": a round compared with, not run.
      // ("quicker than in her heat on Saturday, when she finished second in 9:10.12" tells that heat.)
      if (
        parts.round &&
        !parts.kind &&
        !parts.year &&
        COMPARED_WITH.test(before) &&
        !/^[^.;]{0,30}?,\s*(?:when|where|in which)\b/.test(text.slice(end, end + 48))
      )
        continue;
      // "running only his third marathon": a count of a career's races, not a race ("winning her first
      // 800m title" is the race won).
      if (
        parts.event &&
        !parts.round &&
        !parts.kind &&
        CAREER_COUNT_BEFORE.test(before) &&
        !/^\s*(?:title|crown|gold|win|victory)\b/i.test(text.slice(end, end + 12))
      )
        continue;
      // "was reinstated into the semi-finals", "advanced to the final": where a runner goes next.
      if (
        parts.round &&
        !parts.kind &&
        !parts.event &&
        DESTINATION_BEFORE.test(before) &&
        !/^,?\s+(?:where|in which)\b/i.test(text.slice(end, end + 12))
      )
        continue;
      // "to win his semi-final and reach the Olympic 110m hurdles final on Monday", "missed out on a
      // place in the final", "falls just short of Olympic final": a final reached or missed, whatever
      // it is named with, is not run there.
      if (
        (parts.round === 'final' || parts.round === 'semi-final') &&
        REACHED_BEFORE.test(before) &&
        !/^,?\s+(?:where|in which)\b/i.test(text.slice(end, end + 12))
      )
        continue;
      // "the fastest man into Sunday night's world 100m final": the final qualified for, not run.
      if (parts.round === 'final' && !parts.kind && FASTEST_INTO.test(before)) continue;
      found.push({
        start,
        end,
        kind: parts.kind ?? null,
        city: parts.city ?? null,
        year: parts.year ?? null,
        meetName: parts.meetName ?? null,
        event: parts.event ?? null,
        round: parts.round ?? null,
        // "the senior men's and women's 10km races": both, so neither sex.
        sex: parts.sex && !BOTH_SEXES_BEFORE.test(before) ? parts.sex : null,
        placeOnly: parts.placeOnly ?? false,
        sexOnly: parts.sexOnly ?? false,
        ...(parts.firstRound ? { firstRound: true } : {}),
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
  addElidedRounds(text, to, found, from);
  return sortByStart(found.filter((f) => !isOlympicAdjectiveOnly(text, f)));
}

const CAPS_WORD = /\b\p{Lu}{2,}(?:['’]S)?\b/gu;
const SMALL_WORD = /^(?:AND|OF|THE|FOR|DE|DA|DI|DU|DEL|LA|LE)$/;
// "MEETING DE PARIS" → "Meeting de Paris", "BAUHAUS-GALAN" → "Bauhaus-galan", as the lexicon spells them.
const titleCased = (w: string, at: number, line: string): string =>
  at > 0 && (SMALL_WORD.test(w) || line.charAt(at - 1) === '-')
    ? w.toLowerCase()
    : w.charAt(0) + w.slice(1).toLowerCase();

/** Whether most of a line's words are in capitals (two at least). */
function mostlyCapitals(line: string): boolean {
  const caps = line.match(CAPS_WORD)?.length ?? 0;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return caps >= 2 && 2 * caps >= words;
}

/**
 * The race mentions of a line, read in title case when most of its words are in capitals ("OSLO,
 * BISLETT GAMES - 9 June" as "Oslo, Bislett Games - 9 June"), since meeting names are matched so.
 */
export function raceMentionsIn(text: string, from: number, to: number): RaceMention[] {
  const line = text.slice(from, to);
  if (isTableHeader(line)) return [];
  const found = findRaceMentions(text, from, to);
  // ("INTERCLUB CROSS COUNTRY — Trentham Memorial Park, Saturday 19 May": a heading in capitals, then
  // its place and day.)
  if (!mostlyCapitals(line) && !mostlyCapitals(line.split(/\s[—–-]\s/)[0] ?? line)) return found;
  const titled = line.replace(CAPS_WORD, titleCased);
  if (titled.length !== line.length) return found;
  // Only known meetings and cities: "HALF MARATHON:" in title case would read as a meeting's name
  // (a meeting's name over an event read in capitals, "CHORLEY HALF MARATHON", is one).
  const known = findRaceMentions(text.slice(0, from) + titled + text.slice(to), from, to).filter(
    (m) =>
      (m.kind !== null || m.city !== null) &&
      !found.some(
        (f) =>
          m.start < f.end && f.start < m.end && (f.kind !== null || f.city !== null || f.start <= m.start),
      ),
  );
  return known.length === 0 ? found : sortByStart([...found, ...known]);
}

// "winning the first semifinal in 10.86, while Ruiz eased to victory in the second in 10.91": a
// numbered round with its noun left out after the first one was named.
// ("Britain's Tobi Ogunleye won the first one in 6.55": the same, with "one" for the noun.)
const ELIDED_ROUND =
  /\b(?:in|won|took|taking|winning|claimed|claiming)\s+the\s+(first|second|third|fourth|fifth|sixth)(?=(?:\s+one)?(?:\s+(?:at|by)\s+(?:a|an|some)\s+[\w-]+|\s+\w+ly)?(?:\s+in\s|\s*[,.;]|\s+with\s))/gi;
function addElidedRounds(text: string, to: number, found: RaceMention[], from = to): void {
  // (The earliest: "in the qualifying series he won the first …, and X was second in the second series".)
  const first = sortByStart(
    found.filter(
      (f) =>
        (f.round === 'semi-final' || f.round === 'heat') &&
        // "the quickest man through the semi-finals, winning the first in 9.98": a round in the plural.
        (f.heat !== null || /(?:finals|semis|heats|series)$/i.test(text.slice(f.start, f.end))),
    ),
  )[0];
  // "Three heats of the women's 1500m …" and then "Tadesse won the first in 4:11.62": a number alone,
  // which names a heat of the round in hand (or none, if no round is in hand).
  if (!first && found.length === 0) {
    const slice = text.slice(from, to);
    ELIDED_ROUND.lastIndex = 0;
    for (let m = ELIDED_ROUND.exec(slice); m; m = ELIDED_ROUND.exec(slice)) {
      const word = m[1] ?? '';
      const start = from + m.index + m[0].length - word.length;
      found.push({
        start,
        end: start + word.length,
        kind: null,
        city: null,
        year: null,
        meetName: null,
        event: null,
        round: null,
        sex: null,
        placeOnly: false,
        sexOnly: false,
        heat: ordinalNumber(word),
        temporal: null,
      });
    }
  }
  if (!first) return;
  // ("Okafor-Hale won the first in 7.76, … but Adeyemi-Cole ran away with the second semifinal": the
  // noun left out of the first, told with the next.)
  const head = first.heat !== null ? first.start : from;
  for (const [at, slice] of [
    [from, text.slice(from, head)],
    [first.end, text.slice(first.end, to)],
  ] as const) {
    ELIDED_ROUND.lastIndex = 0;
    for (let m = ELIDED_ROUND.exec(slice); m; m = ELIDED_ROUND.exec(slice)) {
      const word = m[1] ?? '';
      const start = at + m.index + m[0].length - word.length;
      found.push({ ...first, start, end: start + word.length, heat: ordinalNumber(word), temporal: null });
    }
  }
}
