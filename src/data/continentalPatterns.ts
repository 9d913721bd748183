/**
 * The patterns that name a continent's championships ("the European indoor final", "the 2035 African
 * Championships", "at the Asian championships"), read with the other race phrases by findRaceMentions.
 */
import type { MentionPattern } from './meetingPatterns';
import { num } from './raceWords';

export const CONTINENTAL_PATTERNS: readonly MentionPattern[] = [
  {
    // Continental championships of a kind ("Asian Indoor Championships") are meetings of their own.
    gate: /Championships/,
    re: /\b(?:(\d{4})\s+)?((?:European|African|Asian|Pan American|Oceania|South American)\s+(?:Athletics\s+)?(?:Team|Indoor|U23|U20|U18|Under-23|Under-20|Junior|Youth|Cross Country|Road Running|Mountain Running|Throwing|Race Walking(?: Team)?)\s+Championships)\b/g,
    read: (m) => ({ kind: 'meet', year: num(m[1]), meetName: m[2] ?? null }),
  },
  {
    // "won the European indoor final in Toruń", "at the 2035 Asian indoors": the continent's indoor
    // championships, as the world indoor title is read above.
    gate: /[Ii]ndoor/,
    re: /\b(?:(\d{4})\s+)?(European|African|Asian|Pan American|Oceania|South American)\s+(?:indoors\b|indoor\s+(?:\d[\d,]*\s?(?:m|metres|meters)\s+)?(?:title|crown|gold|silver|bronze|final)\b)/g,
    read: (m) => ({
      kind: 'meet',
      year: num(m[1]),
      meetName: `${m[2] ?? ''} Indoor Championships`,
      ...(m[0].endsWith('final') ? { round: 'final' } : {}),
    }),
  },
  {
    // ("at the African championships", as wires write it; not "the first Asian championships medal";
    // "won the European 1500m title" too, but not "chases a third European 1500m crown"; "the
    // European Championships of 2034", as a translation writes it.)
    gate: /[Cc]hampionships|Games|title|crown/,
    re: /\b(?:(\d{4})\s+)?(European|African|Asian|Pan American|Oceania|South American)\s+(?:Athletics\s+)?(?:Championships|championships(?!\s+(?:medals?|records?|history|debut|team|squad)\b)|Games|(?<=\b(?:won|took|claimed|retained|captured)\s(?:the|his|her)\s\w+\s)\d[\d,]*\s?(?:m|metres|meters)\s+(?:title|crown)|title|crown)\b(?:\s+(?:in|of)\s+(\d{4})\b)?/g,
    read: (m) => ({
      kind: 'continental',
      year: num(m[1] ?? m[3]),
      // (The Asian Games, a multi-sport games, are not the Asian Championships.)
      meetName: `${m[2] ?? ''} ${/Games$/.test(m[0].replace(/\s+(?:in|of)\s+\d{4}$/, '')) ? 'Games' : 'Championships'}`,
    }),
  },
  {
    // "in the final of 5,000 of the Europeans of 2032", "fifth at the 2032 Europeans": the European
    // Championships by their short name (not "ahead of the Europeans", a field's runners).
    gate: /Europeans/,
    re: /(?<=\b(?:at|in|of|from|for|won|win|since)\s+the\s+)(?:(\d{4})\s+)?Europeans\b(?:\s+(?:of|in)\s+(\d{4})\b)?/g,
    read: (m) => ({ kind: 'continental', year: num(m[1] ?? m[2]), meetName: 'European Championships' }),
  },
];
