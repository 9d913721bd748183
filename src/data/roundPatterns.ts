/**
 * Race-mention patterns that turn a report to a round without naming its race: a heading in
 * capitals, a blog's "Heats first.", and "the first round"; and a heading that names a track event
 * bare by its rounds. Part of PATTERNS, in this order.
 */
import type { RaceMention } from './raceMention';
import { eventOf } from './lexicon/events';
import { ordinalNumber, roundOf } from './raceWords';

export const ROUND_HEADINGS: readonly {
  gate?: RegExp;
  re: RegExp;
  read: (m: RegExpExecArray) => Partial<RaceMention>;
}[] = [
  {
    // "HEATS RECAP (Tuesday 6 August)": a heading line that opens on its round in capitals. (A bare
    // "HEATS" line is left to the sentences under it.)
    gate: /HEAT|SEMI|FINAL/,
    re: /^[ \t]*(HEATS?|SEMI-?FINALS?|SEMIS|FINAL)(?![ \t]*(?:RESULTS?|STANDINGS|WORD|THOUGHTS?)\b)(?=[ \t]+[^\s.][^\n.]*$)/gm,
    read: (m) => ({ round: roundOf(m[1]) }),
  },
  {
    // "Final (20:40)", "Semi-finals:", "Final (wind +1.1 m/s)": a results sheet's line that is its
    // round alone, with its start time or wind perhaps.
    gate: /Final|Heats|Semi/,
    re: /^[ \t]*(Finals?|Heats|Semi-?finals|Semis)(?=(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*:)?[ \t]*$)/gm,
    read: (m) => ({ round: roundOf(m[1]) }),
  },
  {
    // "SF1: Sato 20.29, Pillai-Menon 20.50", "H3: …": a live blog's line on one semi-final or heat.
    gate: /\b(?:SF|H) ?\d/,
    // ("who was fourth in SF2 in 20.71": the semi-final so numbered, in prose.)
    re: /^[ \t]*(SF|H) ?([1-9]):|\b(SF)([1-9])\b/gm,
    read: (m) => ({
      round: (m[1] ?? m[3]) === 'SF' ? 'semi-final' : 'heat',
      heat: Number(m[2] ?? m[4]),
    }),
  },
  {
    // "Second semi-final of the women's 60m hurdles goes to …", "First 60m hurdles semi: …": a live
    // blog's sentence that opens on a numbered round.
    gate: /^\s*(?:First|Second|Third|Fourth|Fifth|Sixth)\s/,
    // (The event between is left to its own phrase.)
    re: /^[ \t]*(?:(First|Second|Third|Fourth|Fifth|Sixth)\s+(semi-?final|semi|heat)|(First|Second|Third|Fourth|Fifth|Sixth)(?=\s+\d{2,3}m\s+(?:hurdles\s+)?(semi-?final|semi|heat)))(?![\p{L}-])/gmu,
    read: (m) => ({ round: roundOf(m[2] ?? m[4]), heat: ordinalNumber(m[1] ?? m[3]) }),
  },
  {
    // "Heats first.", "Semi-finals next.": a blog's sentence that turns to a round.
    gate: /Heats|Semi/,
    re: /^[ \t]*(Heats|Semi-?finals|Semis)(?=[ \t]+(?:first|next|then)[.:])/gm,
    read: (m) => ({ round: roundOf(m[1]) }),
  },
  {
    // "in the qualifying series of Saturday", "second in the second series": the heats, in a
    // translation of the French "séries" or the Spanish "series".
    gate: /series/,
    re: /\b(?:qualifying\s+series|the\s+(first|second|third|fourth|fifth|sixth)\s+series)\b(?!\s+(?:of\s+)?(?:meetings?|races|events|wins|victories|titles|injuries)\b)/gi,
    read: (m) => ({ round: 'heat' as const, heat: ordinalNumber(m[1]) }),
  },
  {
    // "The first round on Tuesday evening gave few clues": the heats, told as a round.
    gate: /round/i,
    re: /\b(?:the|(?:[a-z]+day|tonight)(?:\s+(?:night|evening|afternoon|morning))?['’]s)\s+(?:first|opening|qualifying)\s+round\b(?!\s+of\b|-)/gi,
    read: () => ({ round: 'heat' as const, firstRound: true }),
  },
  {
    // "SATURDAY: 200 PRELIMS AND FINAL", "1500 heats": a heading that names a track event bare, by its rounds.
    gate: /\d\d\d[ \t]+(?:prelim|heat|semi|final)/i,
    re: /^[ \t]*(?:\p{L}+:[ \t]*)?(\d{1,2},\d{3}|\d{3,5})[ \t]+(prelims?|heats?|semi-?finals?|semis|finals?)(?:[ \t]+(?:and|&)[ \t]+(?:prelims?|heats?|semi-?finals?|semis|finals?))?[ \t]*$/gimu,
    read: (m) => ({
      event: eventOf(m[1] ?? '', 'm', ''),
      sex: null,
      round: /\b(?:and|&)\b/i.test(m[0]) ? null : roundOf(m[2]),
    }),
  },
];
