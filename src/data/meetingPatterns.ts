/**
 * Patterns of race phrases that name a meeting of a kind by words around it (a national title, a
 * French "Meeting …", a meeting in a town the lexicon does not know), read after the others.
 */
import type { RaceMention } from './raceMention';
import { num } from './raceWords';

/** A race phrase pattern: a cheap gate a sentence must pass, the pattern, and what a match tells. */
export interface MentionPattern {
  gate?: RegExp;
  re: RegExp;
  read: (m: RegExpExecArray) => Partial<RaceMention>;
}

export const MEETING_PATTERNS: readonly MentionPattern[] = [
  {
    // "He retained his national title in Potchefstroom on April 14": the national championships' race.
    // ("since he won his first national senior title": with its age group.)
    gate: /national (?:[\w-]+ )?(?:title|crown)/i,
    re: /\b(?:his|her|their|the)\s+(?:(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?)?national\s+(?:(?:senior|junior|youth|indoor|outdoor|U\d{2}|under-\d{2})\s+)?(?:title|crown)\b/gi,
    read: () => ({ kind: 'national' }),
  },
  {
    // "having won the Jamaican title in Kingston": a country's, won, told by its demonym (not "the
    // European title", a continent's; "to take third overall and the Irish title" is the race's).
    // ("she won the UK title in Birmingham in 22.41": or by its initials.)
    gate: /(?:an|ish|ese|i|UK|US|U\.S\.) (?:title|crown)/,
    re: /(?<=\b(?:won|winning|retained|retaining)\s)the\s+(?!(?:European|African|Asian|Oceanian|American|Olympian)\s)(?:\p{Lu}\p{Ll}+(?:an|ish|ese|i)|UK|US|U\.S\.)\s+(?:title|crown)\b/gu,
    read: () => ({ kind: 'national' }),
  },
  {
    // "the Meeting Hauts-de-France Pas-de-Calais in Liévin": a meeting named after the word, as French
    // meetings are.
    // (A name of two words at least, or a hyphened one: "the Meeting Madrid 2025" is read as the city's;
    // "the Meeting Indoor de Metz" is a name.)
    gate: /Meeting \p{Lu}/u,
    re: /\bMeeting\s+(?:(?:Indoor|International)\s+(?:de|du|des|of)\s+\p{Lu}[\p{L}'-]+|(?:(?:de|du|des|of|International)\s+)?(?:\p{Lu}[\p{L}']*-[\p{L}'-]+|\p{Lu}[\p{L}'-]+(?=\s+\p{Lu}))(?:\s+\p{Lu}[\p{L}'-]+){0,3})(?:\s+(\d{4})\b)?/gu,
    read: (m) => ({ kind: 'meet', meetName: m[0].replace(/\s+\d{4}$/, ''), year: num(m[1]) }),
  },
  {
    // "Her most recent appearance came on 2 July at the meeting in Székesfehérvár": a meeting of the
    // town named, whatever the lexicon knows of it.
    gate: /\bmeet(?:ing)?\s+in\s\p{Lu}/u,
    re: /\b(?:at|in)\s+(?:a|the)\s+(?:(?:small|minor|local|low-key|domestic|regional|invitational|indoor|outdoor)\s+)?meet(?:ing)?\s+in\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu,
    read: (m) => ({ kind: 'meet', city: m[1] ?? null }),
  },
  {
    // "In January she won the CrossCup race in Hannut in 29:15": a series' or a meeting's race in the
    // town named (not "the Olympic race in Paris" nor "the Kenyan race in Eldoret", a kind of race).
    gate: /\srace\s+in\s\p{Lu}/u,
    re: /\bthe\s+(?!(?:Olympic|World|European|Commonwealth|Diamond|Continental|African|Asian|Pan|National|Grand)\b|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+race\s+in\s+(\p{Lu}[\p{L}'’-]+)/gu,
    read: (m) => ({ kind: 'meet', meetName: m[1] ?? null, city: m[2] ?? null }),
  },
  {
    // "at the national trials for the 2027 World Championships": the country's trials, held in the
    // year of the championships they pick a team for.
    gate: /\btrials\s+for\s+the\s+(?:19|20)\d\d\b/i,
    re: /\b(?:the\s+)?(?:national|Olympic|world|\p{Lu}\p{Ll}+(?:an|ian|ish|ese|i))\s+trials(?=\s+for\s+the\s+((?:19|20)\d\d)\b)/giu,
    read: (m) => ({ kind: 'meet', meetName: 'National Trials', year: num(m[1]) }),
  },
  {
    // "after winning the final at the national trials at Kasarani": the country's trials, of no year told
    // (also "the national trials for the World Championships", whose championships are the team's next).
    gate: /\bnational\s+trials\b/i,
    re: /\bthe\s+national\s+trials\b(?!\s+for\s+the\s+(?:19|20)\d\d\b)/gi,
    read: () => ({ kind: 'meet', meetName: 'National Trials' }),
  },
];
