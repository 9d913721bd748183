import { resultInfinitive } from './resultInfinitive';
import type { Clause } from './clauses';
import type { Sex } from './types';
import type { Mention } from './findMentions';
import { subjectAt, winnerAt } from './attach';
import { countryCodeOf } from './lexicon/countries';
import { ORDINAL_PATTERN, ordinalValue, MEDAL_PLACE, numberValue, NUMBER_PATTERN } from './lexicon/numbers';
import { findMedals } from './findMedals';
import { midRaceReader, paragraphBefore } from './midRace';
import { allMatches } from './allMatches';
import { withoutPastAppositions } from './pastPhrases';
import { wonByAgent } from './timeOwner';
import * as cue from './placeCues';

/** A place read from a clause: who, which place, where it is said, and whether it came from a medal. */
export interface PlaceFact {
  at: number;
  athleteId: string;
  place: number;
  medal: boolean;
  /** "first woman home": a place among the women (or men) of a race run by both. */
  among?: Sex;
  /** "is upgraded to silver": a place revised, which replaces the ones told before it. */
  revised?: true;
  /** "43rd overall": a place in a field of men and women together. */
  overall?: true;
}

const ADJ =
  '(?:(?:only|just|merely|also|again)\\s+(?!(?:a|an|the)\\s))?(?:(?:a|an)\\s+(?!(?:record|further|second|third|fourth|fifth)\\b)(?:[a-z-]{3,}\\s+(?:but|and)\\s+)?[a-z-]{3,}\\s+|(?:a|an|the)\\s+)?(?:(?:distant|close|creditable|disappointing|lowly|respectable|fine|solid|agonising|agonizing|strong|surprise|superb|impressive|excellent|joint|equal|fast-finishing|narrow|comfortable|brilliant|remarkable)\\s+)?';
// A place after its verb: "was fourth", "finished a distant fifth", "was third here in 2032", "came
// home from the final with ninth place".
const ORD_END =
  '(?=\\s+(?:place|position|spot)\\b|\\s*[,.;:)!?]|\\s*$|\\s+(?:-|\\(|(?:in|with|after|behind|ahead|and|on|at|for|overall|as|while|to|despite|but|(?:here|there)(?=\\s+in\\s+(?:19|20)\\d\\d\\b)|clocking|crossing|across|running(?!\\s+of\\b)|just|some|only)\\b|over\\s+(?:the\\s+)?\\d[\\d,]*\\s?(?:m\\b|metres|meters|km\\b|k\\b)))';
const VERB_ORD = new RegExp(
  `\\b(?:finish(?:ed|ing|es)?|qualif(?:ied|ying)|brought|earned|yielded|came(?:\\s+(?:in|home|through))?|comes(?:\\s+(?:in|home))?|coming(?:\\s+(?:in|home))?|placed|placing|(?<=\\bto\\s)place|ended(?:\\s+up)?|ending\\s+up|settled\\s+for|settling\\s+for|content(?:ed)?\\s+(?:himself|herself|themselves)\\s+(?:this\\s+time\\s+)?with|took|taking|takes|take|got|gets|claimed|claiming|was|were|is|(?<=\\bto\\s)be|trudged\\s+in|crossed\\s+the\\s+line|crossing\\s+the\\s+line|ran|running|home|(?<!\\bhad\\s)crossed|crosses|crossing|secured|securing|grabbed|snatched|clinched|faded\\s+to|fading\\s+to|(?:fought|battled|recovered)\\s+(?:back\\s+)?to|dropped\\s+to|slipped\\s+to|relegated\\s+to|(?:held|hung|hanging|holding)\\s+on\\s+(?:to|for)|held|holds|manag(?:e|ed|ing)(?:\\s+only)?|add(?:ed|s|ing)|in|(?<!\\bbeat(?:en)?\\s+(?:him|her|them)\\s)into|for|as|(?<=\\b(?:came|comes|coming|went|goes|going)\\s+(?:home|away|back)\\b[^,.;]{0,80}?\\s)with|[,:](?=\\s+(?:an?\\s+[a-z-]{3,}\\s+)?(?:${ORDINAL_PATTERN})\\s+(?:overall\\b|in\\s+(?:\\d|(?:the\\s+\\w+\\s+)?heat\\b|(?:his|her|their)\\s+heat\\b))))\\s+${ADJ}(${ORDINAL_PATTERN})(?:\\s+(?:place|position|spot|finisher|finish)|${cue.SEX_HOME})?${ORD_END}`,
  'gi',
);
// "pushing Hale to fourth", "beating Jepkorir into second", "That left Lindqvist fourth again", "dragging
// home Haugen … in second", "relegating Holloway to silver": the object's.
const PUSHED = new RegExp(
  `\\b(?:pushing|pushed|beating|dragging\\s+home|dragged\\s+home|towing|towed|relegating|relegated|promot(?:ing|ed|es)|lift(?:ing|ed|s)|mov(?:ing|ed|es)\\s+up|dropping|bumping|bumped|demoting|demoted|consigning|consigned|leaving|left|forcing|forced|(?:held|holding|fended|fending)\\s+off)\\s+([^,;]{2,60}?)\\s+(?:(?:down\\s+)?(?:to|in|into)\\s+|(?<=\\b(?:left|leaving)\\s+\\w+(?:\\s+\\w+)?\\s))(?:${ADJ})(${ORDINAL_PATTERN}|silver|bronze)(?:\\s+(?:place|position|spot))?\\b`,
  'gi',
);
const PUSH_GATE =
  /push|beat|dragg|tow|relegat|promot|lift|\bmov|dropp|bump|demot|consign|leav|left|forc|\boff\b/i;
const ORD_WENT_TO = new RegExp(
  `\\b(${ORDINAL_PATTERN}|gold|silver|bronze|final|race|title|crown|victory|heat|semi-?final|semi|metres|meters|\\d{2,5}m|hurdles|steeplechase|marathon|mile)(?:\\s+(?:place|position|spot|medal|one|two|three|four|five|six|[1-9]))?(?:\\s+of\\s+the\\s+(?:men|women)['’]s\\s+[\\w,]+(?:\\s+(?:hurdles|steeplechase))?)?(?:,[^,;]{1,40},)?\\s+(?:went\\s+to|goes\\s+to|went\\s+the\\s+way\\s+of|was\\s+(?:taken|won)\\s+by|belonged\\s+to|fell\\s+to|returned\\s+to|passed\\s+to|was\\s+(?:awarded|handed)\\s+to)\\b`,
  'gi',
);
// The ordinal first, as translated copy puts it: "Second was the Ethiopian Alemu", "and third the …",
// "Second in the final was Jalen Brooks", "Third in the women's race was the Ukrainian, X".
const ORD_FIRST = new RegExp(
  `(?:^\\s*(?:[^\\s:][^:]{1,30}:\\s*)?(?:(?:and|while|with|then)\\s+)?(?:look\\s+at\\s+)?|[,;]\\s*(?:and\\s+)?)(${ORDINAL_PATTERN})(?:\\s+(?:place|position|spot)|${cue.SEX_HOME})?(?:\\s+in\\s+the\\s+(?:(?:men|women|boys|girls)['’]s\\s+)?(?:final|race|heat|semi-?final)(?=\\s+was\\s))?(?:\\s+(?:was|were|went\\s+to|finished|came(?:\\s+home)?|ended\\s+up|crossed\\s+the\\s+line))?(?:\\s*[:,]\\s*|\\s+)`,
  'gi',
);
// "landed on place seven", "finished in place 4": the place as a cardinal, as translated copy puts it.
const PLACE_NUMBER = new RegExp(
  `\\b(?:landed|finished|ended|came|was)\\s+(?:up\\s+)?(?:on|in)\\s+place\\s+(${NUMBER_PATTERN.replace('|a|an|', '|')})\\b`,
  'gi',
);
const NAME_ORD = new RegExp(
  `^\\s*(?:\\([^()\\d]{2,40}\\)\\s*)?(?:\\s+of\\s+[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?(?:(?=,)|\\s+(?=(?:was\\s+|finished\\s+)?(?:${ORDINAL_PATTERN})\\s+(?:in|with)\\s+\\d)))?(?:,\\s*(?:another|an?|the)(?:\\s+[^\\s,()\\d]+){1,3}\\s*)?(?:,\\s*(?:the\\s+(?=runner-up))?)?(?:was\\s+|finished\\s+|in\\s+)?(?:(?:again|also|once\\s+(?:again|more))\\s+(?:the\\s+(?=runner-up))?)?(?:(?:a|an)\\s+(?:distant|close|comfortable|creditable|respectable|solid|lonely|remote|well-beaten|surprise|fast-finishing|strong)\\s+)?(?:\\((?=\\d{1,4}(?:st|nd|rd|th)(?:\\)|,\\s*\\d)))?(${ORDINAL_PATTERN})${ORD_END}`,
  'i',
);
// "came back to take the girls' 3,200-meter final", "took the women's 800m in 1:59.48", "took the men's 800m
// at the Bislett Games in a national record", "dominated the men's final": won; "took the final bend" is not.
// "is Olympic champion in 29:48.12": won, with the winning time.
// "broke the tape in 2:24:17": won; "a two-time winner of Majors" counts wins, it tells none.
const WIN =
  /\b(?:won(?!['’]t)|wins|win|winning|victory|victorious|victor|(?<!\b(?:two|three|four|five|six|multiple|\d{1,2})-time\s)winner|(?:is|became|becomes|was\s+crowned|crowned)\s+(?:the\s+)?(?:new\s+)?(?:Olympic\s+|world\s+|European\s+|Commonwealth\s+|national\s+)?champion(?=\s+in\s+\d|\s*!)|crowned\s+(?:the\s+)?(?:new\s+)?(?:[a-z]{2,}\s+)?(?:[\d,]+\s?(?:m|metres?|meters?|km)\s+)?champion\b|triumphed|triumphs|triumph|(?:broke|breaks|breaking|break|breasted|breasting)\s+the\s+tape|prevailed|prevails|ran\s+away\s+with\s+(?:the\s+)?(?:(?:first|second|third|fourth|opening|last|final)\s+)?(?:race|heat|semi-?final|semi|final|title|victory|win)\b|imposed\s+(?:himself|herself)|(?:stayed|remained)\s+unbeaten|took\s+the\s+(?:title|win|victory|crown|honours|honors|gold)|(?:took|taken|takes|taking)\s+the\s+(?:opening|first|second|third|fourth|fifth|sixth|last|final)\s+(?:heat|semi(?:-?final)?)|(?:took|taken|takes|taking|won|wins|winning)\s+(?:heat|semi-?final)\s+(?:one|two|three|four|five|six|seven|eight|\d)\b|(?:took|taken|takes|taking|take|dominated|dominates|dominating)\s+the\s+(?:(?:(?:junior|intermediate|senior|youth|minor)\s+)?(?:boys|girls|men|women)['’]s?\s+)?(?:[\d,]+(?:(?:-|\s)?(?:m|metres?|meters?|mile))?\s+(?:(?:hurdles|steeplechase)\s+)?)?final(?!\s+(?:bend|lap|turn|straight|corner|stretch|hurdle|barrier|water|jump|kilomet|metres|meters|stage|place|spot|podium|medal|position|qualifying|\d))|(?:took|takes|taking)\s+the\s+(?:(?:(?:junior|intermediate|senior|youth|minor)\s+)?(?:boys|girls|men|women)['’]s?\s+)?(?:[\d,]+(?:-|\s)?(?:m|metres?|meters?)\s+(?:(?:hurdles|steeplechase)\s+)?|(?<=(?:men|women)['’]s\s)(?:road\s)?mile\s)(?=(?:at\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?in\s+(?:\d|an?\s|(?:his|her|their)\s))|(?:took|takes|taking)\s+the\s+(?:(?:junior|intermediate|senior|youth|minor|elite)\s+)?(?:boys|girls|men|women)['’]s?\s+race(?=\s+in\s+\d|\s*[,.;])|(?:won|claimed|took|clinched|secured|captured|retained|seized|regained|reclaimed|secure|seize|claim|take|taking|add(?:ed|s|ing)?|(?<=\d(?:\s+seconds)?\s+to\s+)defend)\s+(?:[\w'’-]+\s+){0,4}(?:title|crown)|conquer(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,6}(?:title|crown)|add(?:ed|s|ing)?\s+the\s+(?:(?:boys|girls|men|women)['’]s?\s+)?[\d,]+(?:-|\s)?(?:m|metres?|meters?)\s+(?:(?:hurdles|steeplechase)\s+)?(?=in\s+\d))\b/gi;
/**
 * Places stated in a clause: ordinals after finishing verbs ("finished 10th", "in fourth place"),
 * after a name ("with Hale second"), pushed-to ("pushing Berg to fourth"), medals
 * ("claimed bronze" → 3), podium phrases, and wins ("won", "victory", "took the title" → 1).
 */
export function findPlaces(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
  medalContext: boolean,
  explicitRace = false,
): PlaceFact[] {
  const out: PlaceFact[] = [];
  // Every place below goes to someone named in the clause or at most 60 characters after its end
  // (a win "for" someone, or "won by" someone, said at the clause's last word); with no one, no place.
  if (!mentions.some((m) => m.id && m.start >= clause.start && m.start < clause.end + 60)) return out;
  const slice = text.slice(clause.start, clause.end);
  if (!cue.PLACE_GATE.test(slice) || (!explicitRace && cue.EARLIER_RESULT.test(slice))) return out;
  const midRaceAt = midRaceReader(slice, clause.start, paragraphBefore(text, clause.start));
  const bettered = /improv|better|match|equal|repeat|replicat|emulat/i.test(slice);
  const add = (at: number, m: Mention | null, place: number | null, medal = false, among?: Sex): void => {
    if (!m?.id || place === null || place <= 0 || place >= 100) return;
    if (!bettered || !cue.BETTERED.test(text.slice(Math.max(clause.start, at - 32), at)))
      out.push(among ? { at, athleteId: m.id, place, medal, among } : { at, athleteId: m.id, place, medal });
  };
  const covered: [number, number][] = [];
  // PUSHED, VERB_ORD, NAME_ORD, ORD_FIRST and ORD_PLACED all need an ordinal in the clause.
  const ordinal = cue.ORDINAL_GATE.test(slice);
  if ((ordinal || /silver|bronze/i.test(slice)) && PUSH_GATE.test(slice))
    for (const m of allMatches(PUSHED, slice)) {
      const objOffset = m[0].indexOf(m[1] ?? '');
      const objStart = clause.start + m.index + objOffset;
      const objEnd = objStart + (m[1]?.length ?? 0);
      const obj = mentions.find((x) => x.id && x.start >= objStart && x.end <= objEnd);
      // ("left Lindqvist fourth" names whom it left; not "With 600 metres left he was fifth".)
      const bare = !/^\s+(?:down\s+)?(?:to|in|into)\s/i.test(m[0].slice(objOffset + (m[1]?.length ?? 0)));
      if (bare && (obj?.start !== objStart || obj.end !== objEnd)) continue;
      add(clause.start + m.index, obj ?? null, MEDAL_PLACE[m[2] ?? ''] ?? ordinalValue(m[2] ?? ''));
      covered.push([clause.start + m.index, clause.start + m.index + m[0].length]);
    }
  const free = (at: number): boolean => !covered.some(([a, b]) => at >= a && at < b);
  // A place told with a moment of the race in the same predicate ("was fourth at the bell") is not the finish.
  const addFinish = (
    at: number,
    m: Mention | null,
    place: number | null,
    medal = false,
    among?: Sex,
  ): void => {
    if (!midRaceAt(at)) add(at, m, place, medal, among);
  };
  for (const m of ordinal ? allMatches(VERB_ORD, slice) : []) {
    const at = clause.start + m.index;
    if (!free(at)) continue;
    // "eased to victory in the second in 10.91": the second heat or semi-final, not second place.
    if (/^in\s/i.test(m[0]) && cue.WON_BEFORE.test(text.slice(Math.max(clause.start, at - 16), at))) continue;
    if (cue.FIRST_TO.test(text.slice(at + m[0].length, at + m[0].length + 12))) continue;
    if (cue.isTeamOrListPlace(text, at, m[0]) || cue.isUnrunPlace(text, clause.start, at, m[0])) continue;
    // ("from Italy's Ferrante-Russo, second in 11.12" is the name's place, read below.)
    if (
      m[0][0] === ',' &&
      mentions.some((x) => x.id && x.end <= at && /^\s*(?:\([^()]*\))?$/.test(text.slice(x.end, at)))
    )
      continue;
    const place = cue.isRoundTaken(text, at, m[0]) ? 1 : ordinalValue(m[1] ?? '');
    const before = out.length;
    addFinish(at, subjectAt(text, clause, mentions, at), place, false, cue.amongOf(m[0]));
    if (out.length > before && /^\s+overall\b/.test(text.slice(at + m[0].length)))
      out[before]!.overall = true;
  }
  for (const mention of ordinal ? mentions : []) {
    if (!mention.id || mention.start < clause.start || mention.end > clause.end) continue;
    const after = NAME_ORD.exec(text.slice(mention.end, Math.min(clause.end, mention.end + 40)));
    // (After a bracket: "D'Arcy (Raheny AC), runner-up in this event last year," tells a past place.)
    const bracket = after ? /^\s*\([^()]*\)/.exec(after[0]) : null;
    // (After a comma, at the apposition, whose past is read there: "Gebre, runner-up here in 2035, …".)
    const comma = after?.[0].lastIndexOf(',') ?? -1;
    const told = mention.end + (comma >= 0 ? comma + 1 : (bracket?.[0].length ?? 0));
    if (after && free(mention.end) && !cue.isTeamOrListPlace(text, mention.end, after[0]))
      addFinish(told, mention, ordinalValue(after[1] ?? ''));
    else if (cue.RUNNER_UP_BEFORE.test(text.slice(clause.start, mention.start)))
      addFinish(mention.start, mention, 2);
  }
  for (const first of ordinal ? allMatches(ORD_FIRST, slice) : []) {
    const from = clause.start + first.index + first[0].length;
    const named = mentions.find(
      (x) =>
        x.id &&
        x.kind !== 'pronoun' &&
        x.start >= from &&
        x.start < from + 50 &&
        cue.EPITHET_WORDS.test(text.slice(from, x.start)),
    );
    // "First, …" opens an argument, not a result; winners are told by verbs of winning.
    if (
      named &&
      free(clause.start + first.index) &&
      (!/^first$/i.test(first[1] ?? '') || /man/i.test(first[0]))
    )
      addFinish(named.start, named, ordinalValue(first[1] ?? ''), false, cue.amongOf(first[0]));
  }
  if (/went|goes|taken|belonged|fell|returned|passed|awarded|handed/i.test(slice))
    for (const m of allMatches(ORD_WENT_TO, slice)) {
      const at = clause.start + m.index + m[0].length;
      addFinish(
        at,
        mentions.find((x) => x.id && x.start >= at && x.start < at + 40) ?? null,
        ordinalValue(m[1] ?? '') ?? MEDAL_PLACE[(m[1] ?? '').toLowerCase()] ?? 1,
        /^(?:gold|silver|bronze)$/i.test(m[1] ?? ''),
      );
    }
  if (/last/i.test(slice))
    for (const m of allMatches(cue.LAST_OF, slice)) {
      const at = clause.start + m.index;
      addFinish(at, subjectAt(text, clause, mentions, at), numberValue(m[1] ?? ''));
    }
  if (/place\s/i.test(slice))
    for (const m of allMatches(PLACE_NUMBER, slice)) {
      const at = clause.start + m.index;
      addFinish(at, subjectAt(text, clause, mentions, at), numberValue(m[1] ?? ''));
    }
  // "Keanu Fonoti (NSW): 44.71, 1st, Australian Championships": a place set after a runner's time.
  if (ordinal && /\d,\s*\d/.test(slice))
    for (const m of allMatches(cue.TIME_ORD, slice)) {
      const at = clause.start + m.index;
      const owner = mentions.findLast((x) => x.id && x.kind !== 'pronoun' && x.end <= at && at - x.end < 30);
      if (owner && /^[\s(\p{L}.)]*:\s*$/u.test(text.slice(owner.end, at)))
        addFinish(at, owner, ordinalValue(m[1] ?? ''));
    }
  if (ordinal && /-place/i.test(slice))
    for (const m of allMatches(cue.ORD_PLACED, slice)) {
      const at = clause.start + m.index + m[0].length;
      addFinish(
        at,
        mentions.find((x) => x.id && x.start >= at && x.start < at + 40) ?? null,
        ordinalValue(m[1] ?? ''),
      );
    }
  let wasHistoric: boolean | undefined; // (read once, by the medals or the wins, whichever asks first)
  const historic = (): boolean => (wasHistoric ??= cue.HISTORIC.test(withoutPastAppositions(slice)));
  for (const m of findMedals(text, clause, mentions, medalContext, historic))
    add(m.at, m.mention, m.place, true);
  if (/podium/i.test(slice))
    for (const m of allMatches(cue.PODIUM, slice))
      add(clause.start + m.index, subjectAt(text, clause, mentions, clause.start + m.index), 3);
  if (
    /won|win|victor|triumph|tape|prevail|imposed|unbeaten|title|crown|champion|honou?rs|gold|took|tak(?:e|en|es|ing)\s+the|dominat|add(?:ed|s|ing)?\s+the|ran\s+away/i.test(
      slice,
    ) &&
    (!historic() || medalContext || explicitRace)
  ) {
    for (const m of allMatches(WIN, slice)) {
      const at = clause.start + m.index;
      // "Victor Chebet" is a name, not a victory.
      if (mentions.some((x) => at >= x.start && at < x.end)) continue;
      const word = m[0].toLowerCase();
      // (A win shouted before its race is named is that race's, told in the sentences after it.)
      if (!explicitRace && m[0] === m[0].toUpperCase() && cue.isShoutedAhead(text, at, clause.end)) continue;
      const lead = text.slice(Math.max(clause.start, at - 24), at);
      const infinitive =
        /^win\b/.test(word) &&
        /(?:\b(?:to|could|would|will|can|might|may|not|never)|n['’]t|['’]d)\s+$/.test(lead) &&
        !resultInfinitive(lead, text.slice(clause.start, at));
      if (
        infinitive ||
        ((cue.NOT_WIN_BEFORE.test(lead) ||
          (!/^w(?:on|ins?)\b/.test(word) && cue.NOT_WINNER_BEFORE.test(lead))) &&
          !/^(?:victory|triumph|win\b)/.test(word) &&
          // "charged down the home straight to claim his first national title"
          !(/\bto\s+$/.test(lead) && resultInfinitive(lead, text.slice(clause.start, at))) &&
          !(explicitRace && /\b(?:had|has|have)\s+(?:earlier\s+)?$/.test(lead)) &&
          // "who had already won the girls' 1,600-meter final two hours earlier": a race of this
          // meeting; "who had already won the European title in June" is history.
          !(
            explicitRace &&
            /\bhad\s+already\s+$/.test(lead) &&
            /^\w*\s+the\s+(?:[\w'’,-]+\s+){0,3}(?:final|race|heat)\b/.test(text.slice(at, at + 60))
          ))
      )
        continue;
      // "stripped of the silver medal she won": the medal won, named before, is the object.
      if (
        /^won/.test(word) &&
        /\b(?:medal|title|silver|bronze|gold|crown)\s+(?:that\s+|which\s+)?(?:she|he|they)\s+$/i.test(lead)
      )
        continue;
      const notWon = cue.isWinNotWon(text.slice(Math.max(clause.start, at - 50), at), word);
      const after = text.slice(at, at + m[0].length + 20);
      if (notWon || (cue.AGE_GROUP.test(after) && !cue.AGE_GROUP_RACE.test(after))) continue;
      // "looked the likeliest winner", "a potential winner": who might win, not who won.
      if (
        /^(?:winner|victor)/.test(word) &&
        /\b(?:likel(?:y|iest)|probable|possible|would-be|potential|presumptive|expected|predicted|looked (?:like )?the|look (?:like )?the)\s+$/i.test(
          lead,
        )
      )
        continue;
      // "could only salute the winner", "behind the winner": the winner as an object, not a win.
      const object = /\b(\w+)\s+the\s+$/i.exec(lead)?.[1];
      if (/^(?:winner|victor)/.test(word) && object && !cue.COPULA.test(object)) continue;
      // "a British victory" is a nation's hope, not an athlete's win ("Wightman won" is a win).
      const adjective = /(\p{Lu}\p{Ll}+)\s+$/u.exec(lead)?.[1];
      if (
        adjective &&
        /^(?:victory|win|triumph)/.test(word) &&
        countryCodeOf(adjective) &&
        !mentions.some((x) => x.end === at - 1 || x.end === at)
      )
        continue;
      if (/^won\b/.test(word) && cue.WON_MEDAL.test(text.slice(at + 3, at + 30))) continue;
      // "A and B won the elite races" (each a different race) and "winning under-age races" tell no race.
      if (
        /^(?:won|wins?|winning)$/.test(word) &&
        /^\s+(?:the\s+|both\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:races|titles)\b/i.test(
          text.slice(at + m[0].length, at + m[0].length + 45),
        )
      )
        continue;
      // "won by Hale", "won in 1:48.95 by Price", "won on Saturday by Dahl" name the winner after; "won
      // by more than a minute" is a margin.
      const timed =
        /^won\s+(?:in\s+[\d:.]*\d|on\s+\p{Lu}\p{Ll}+day\b)/u.exec(text.slice(at, at + 20))?.[0].length ?? 3;
      const byAgent = /^won/.test(word) ? wonByAgent(text, mentions, at + timed) : undefined;
      const who = byAgent ?? winnerAt(text, clause, mentions, at);
      add(at, who, 1, medalContext && /\b(?:title|crown|gold)\b/.test(word)); // (a title, like gold, is the final's)
    }
  }
  return out;
}
