/**
 * Places told by medals: "took silver", "Gold for Ellis-Bonner in 19.58, silver for Clarke", "the
 * bronze medallist Okoro", "the medals went to A, B and C, in that order". Titles from other races
 * ("the 2023 silver medallist") and medals missed or chased are not places, nor is a meeting's level
 * ("a Continental Tour Gold meeting").
 */
import type { Clause } from './clauses';
import type { Mention } from './findMentions';
import { subjectAt } from './attach';
import { MEDAL_PLACE } from './lexicon/numbers';
import { allMatches } from './allMatches';

/** A place a medal gives: where it is said, to whom (null when no one), and which place. */
export interface MedalPlace {
  at: number;
  mention: Mention | null;
  place: number | null;
}

const PLACED = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|\d{1,2}(?:nd|rd|th))\b/i;
const MEDAL =
  /\b(gold|silver|bronze)(?:\s+medals?)?\b(?!\s+(?:standard|lining|statue|rush|medallists|medalists|coloured|colored|era|boot|meeting|meet|label|level|status|series|event))/gi;
// "missed out on bronze", "1.2 seconds off bronze", "beaten for bronze": a medal missed is no place
// ("won a close battle for bronze" is bronze). "tipped to challenge for gold this year": one to
// come. "Sandhu said the bronze was reward": a medal talked of. "worth its weight in gold": a saying.
const NOT_MEDAL_BEFORE =
  /(?:(?:seconds?|secs?|tenths?|hundredths?|strides?|metres|meters)\s+(?:off|away from|outside|behind)|short of|missed out on|missing out on|missed|missing|chasing|looking for|hunt for|seeking|denied|without|into|dreams? of|hopes? of|talk(?:ed|ing)? of|chance of|shot at|bid for|(?:challeng|contend|gunn|aim)(?:e|es|ing)? for|in contention for|tipped for|(?<!\b(?:won|wins|winning)\s+(?:a|the)\s+(?:\w+\s+)?)(?:battle|fight) for|favou?rite for|beaten for|edged out of|pipped for|out of|said|says|added|insisted|believes|believed|weight\s+in|good\s+as)\s+(?:that\s+)?(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?$/i;
const TEAM_MEDAL =
  /\bteam\s+$|(?<!\b(?:for|with|of)\s+(?:the\s+|his\s+|her\s+|their\s+)?)\b(?:team|teams|quartet|trio|squad|quintet)(?:\s+(?!by\b)\w+){0,8}?\s+(?:took|take|taking|won|win|winning|claimed|claim|claiming|earned|secured)\s+(?:the\s+)?(?:team\s+)?$/i;
// ("gold to Whyte in 9.812, silver to Okafor-Brooks": a medal awarded to the runner named next.)
const MEDAL_FOR = /^(?:,[^,;]{1,50},)?\s+(?:for|to)\s+(?:\p{Lu}[\p{L}-]+['’]s\s+)?$/u;
// After the medal's word: "bronze medallist Bram de Groot", the runner named next.
const MEDALLIST = /^\s+medall?ists?\s+(?=\p{Lu})/u;

/**
 * The medal places of a clause. Medals are read only where they can be this race's
 * (`medalContext`); `historic` tells whether the clause tells a past race.
 */
export function findMedals(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
  medalContext: boolean,
  historic: () => boolean,
): MedalPlace[] {
  const out: MedalPlace[] = [];
  const push = (at: number, mention: Mention | null, place: number | null): void => {
    out.push({ at, mention, place });
  };
  const slice = text.slice(clause.start, clause.end);
  if (medalContext && /gold|silver|bronze/i.test(slice)) {
    for (const m of allMatches(MEDAL, slice)) {
      const at = clause.start + m.index;
      const place = MEDAL_PLACE[(m[1] ?? '').toLowerCase()] ?? null;
      // ("0.22 seconds behind bronze medallist Bram de Groot": behind the medallist, who has it.)
      if (
        NOT_MEDAL_BEFORE.test(text.slice(Math.max(clause.start, at - 30), at)) &&
        !/^\w+\s+medall?ist\s+\p{Lu}/u.test(text.slice(at, at + 24))
      )
        continue;
      // "was third across the line in 28:03.70 to take the national silver medal": a medal among the
      // nation's runners, after the place in the race.
      if (/\bnational\s+$/i.test(text.slice(Math.max(clause.start, at - 9), at)) && PLACED.test(slice))
        continue;
      // "end a run of three successive silver medals at global level": medals counted, no place.
      if (/medals$/i.test(m[0])) continue;
      // "World Athletics Cross Country Tour (Silver)": a meeting's level in brackets after its name.
      if (
        /\b(?:Tour|Series|League|Circuit|Label|Level|Permit|Meeting)\s*\($/.test(
          text.slice(Math.max(clause.start, at - 12), at),
        )
      )
        continue;
      // "the British quartet scored 29 points to take team gold", "the men's team took silver": a
      // team's medal, no runner's place.
      if (TEAM_MEDAL.test(text.slice(clause.start, at))) continue;
      // "stripped of the world championship 1500m silver medal she won": a medal taken away.
      if (
        /\b(?:stripped\s+of|forfeit(?:s|ed)?|los(?:e|es|t|ing))\s+(?:(?:the|a|an|her|his|their)\s+)?(?:[\w-]+\s+){0,4}$/i.test(
          text.slice(Math.max(clause.start, at - 60), at),
        )
      )
        continue;
      // "the 2023 silver medallist", "bronze medallist in Paris last year": a title from another race.
      if (
        /^\w+\s+medall?ist/i.test(text.slice(at, at + 20)) &&
        (/\b(?:19|20)\d\d\s+(?:\w+\s+)?$/.test(text.slice(Math.max(clause.start, at - 16), at)) ||
          historic() ||
          /\b(?:former|reigning|defending|two-time|three-time|double|triple)\s+(?:\w+\s+)?$/i.test(
            text.slice(Math.max(clause.start, at - 30), at),
          ))
      )
        continue;
      // "Gold for Ellis-Bonner in 19.58, silver for Clarke": the medal's runner is named after it.
      const after = at + m[0].length;
      const awarded = mentions.find(
        (x) =>
          x.id &&
          x.kind !== 'pronoun' &&
          x.start > after &&
          x.start < after + 70 &&
          MEDAL_FOR.test(text.slice(after, x.start)),
      );
      const elided = awarded ? null : elidedOwner(text, clause, mentions, at, after);
      const apposed =
        awarded || elided ? null : (apposedOwner(text, mentions, at, after) ?? leftWith(text, mentions, at));
      if (awarded) push(at, awarded, place);
      else if (apposed) push(at, apposed, place);
      else if (elided) push(at, elided, place);
      else if (MEDALLIST.test(text.slice(at + m[0].length, at + m[0].length + 14))) {
        const named = mentions.find((x) => x.id && x.start > at && x.start < at + 40 && x.kind !== 'pronoun');
        if (named) push(at, named, place);
      } else push(at, subjectAt(text, clause, mentions, at), place);
    }
  }
  // "the medals went to A, B and C, in that order".
  const medalsTo = /\bmedals\s+(?:went\s+to|were\s+won\s+by)\s/i.exec(slice);
  const medalsFrom = medalsTo ? clause.start + medalsTo.index + medalsTo[0].length : -1;
  const inOrder = medalsTo
    ? /^[^.;]*\bin\s+that\s+order\b/i.exec(text.slice(medalsFrom, medalsFrom + 250))
    : null;
  if (inOrder) {
    const end = medalsFrom + inOrder[0].length;
    const named = mentions
      .filter((x) => x.id && x.kind !== 'pronoun' && x.start >= medalsFrom && x.end <= end)
      .slice(0, 3);
    if (named.length === 3) named.forEach((x, i) => push(x.start, x, i + 1));
  }
  return out;
}

/**
 * "X took silver, Britain's Y bronze", "A took the gold, B the silver": a medal told right after a
 * name, its verb left out, is that runner's when the name follows a comma or "and" and the medal ends
 * the phrase.
 */
function elidedOwner(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
  at: number,
  after: number,
): Mention | null {
  if (!/^(?:\s+medal)?(?:\s*[,.;:)]|\s*$|\s+(?:in|with|and|for)\b)/.test(text.slice(after, after + 8)))
    return null;
  const named = mentions.find(
    (x) =>
      x.id &&
      x.kind !== 'pronoun' &&
      x.start >= clause.start &&
      x.end < at &&
      /^ (?:the )?$/.test(text.slice(x.end, at)),
  );
  if (!named) return null;
  const before = text.slice(clause.start, named.start);
  return /(?:,|\band)\s+(?:\p{Lu}[\p{L}-]+['’]s\s+)?$/u.test(before) &&
    /\b(?:gold|silver|bronze)\b/i.test(before)
    ? named
    : null;
}

/**
 * "ahead of the Peruvian José Luis Huamán Quispe, silver in 3:39.50": a medal set after a name and a
 * comma, with its time or ending the phrase, is that runner's.
 */
function apposedOwner(text: string, mentions: readonly Mention[], at: number, after: number): Mention | null {
  if (
    !/^(?:\s+medal)?(?:\s+(?:in|with)\s+\d|\s*(?:[.;)]|,(?!\s*\p{Ll})|$))/u.test(
      text.slice(after, after + 12),
    )
  )
    return null;
  return namedBefore(mentions, at, (x) => /^,\s*$/.test(text.slice(x.end, at)));
}

/** The runner named by name (not a pronoun) before `at` that `fits` says the medal is told of. */
function namedBefore(
  mentions: readonly Mention[],
  at: number,
  fits: (x: Mention) => boolean,
): Mention | null {
  return (
    mentions.find((x) => x.id && (x.kind === 'name' || x.kind === 'surname') && x.end < at && fits(x)) ?? null
  );
}

/** "to leave Ethiopia's Tsigereda Alemu with silver": the medal of the runner left with it. */
function leftWith(text: string, mentions: readonly Mention[], at: number): Mention | null {
  return namedBefore(
    mentions,
    at,
    (x) =>
      /^\s+(?:with|to\s+(?:take|settle\s+for|collect))\s+(?:the\s+)?$/.test(text.slice(x.end, at)) &&
      /\b(?:leav(?:e|es|ing)|left)\s+(?:\p{Lu}[\p{L}-]+['’]s\s+)?(?:\p{Ll}+\s+){0,2}$/u.test(
        text.slice(Math.max(0, x.start - 60), x.start),
      ),
  );
}
