/**
 * Small readers of the words race phrases are made of: a round word, an ordinal, a sex word, a
 * city written as an edition or a country, a numbered round before an event, a meeting's own name.
 * Pure, no state.
 */
import type { CompetitionKind, Round, Sex } from './types';
import type { RaceMention } from './findRaceMentions';
import { CITY_COUNTRY } from './lexicon/competitions';

// "OREGON22" → Eugene; "BUDAPEST23" → Budapest.
export function editionCity(name: string): string {
  if (/^oregon$/i.test(name)) return 'Eugene';
  return name.charAt(0) + name.slice(1).toLowerCase();
}

export function cityOfPlace(place: string): string | null {
  for (const [city, country] of Object.entries(CITY_COUNTRY)) if (country === place) return city;
  return place === 'LA' ? 'Los Angeles' : place;
}

export function ordinalNumber(s: string | undefined): number | null {
  const i = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'].indexOf((s ?? '').toLowerCase());
  return i >= 0 ? i + 1 : null;
}

// "Wednesday's second 1,500-meter semifinal": the ordinal before an event numbers its round.
export function numberedRoundBefore(text: string, start: number): number | null {
  const m = /\b(first|second|third|fourth|fifth|sixth)\s+$/i.exec(text.slice(Math.max(0, start - 12), start));
  return m ? ordinalNumber(m[1]) : null;
}

export function num(s: string | undefined): number | null {
  return s ? Number(s) : null;
}

export function sexOf(s: string | undefined): Sex | null {
  if (!s) return null;
  return /^(?:men|male|boys|masculine)/i.test(s) ? 'men' : 'women';
}

/** The round a word names: "semifinals" → semi-final, "heats" → heat, "final" → final. */
export function roundOf(s: string | undefined): Round | null {
  if (!s) return null;
  if (/^semi/i.test(s)) return 'semi-final';
  if (/^heat/i.test(s)) return 'heat';
  if (/^final/i.test(s)) return 'final';
  return null;
}

// "the Los Angeles Memorial Coliseum", "Bislett Games Stadium": a venue named after a meeting word.
const VENUE_AFTER = /^\s+(?:Coliseum|Stadium|Park|Arena|Hall|Field|Oval|Centre|Center|Ground|Track)\b/;

/** A meeting named by its own words ("Prefontaine Classic"); `kind: undefined` when it is not one. */
export function genericMeet(m: RegExpExecArray): Partial<RaceMention> {
  const words = (m[2] ?? '').trim();
  const what = m[3] ?? '';
  if (VENUE_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12)))
    return { kind: undefined };
  if (
    /^(?:World|Diamond|Grand|European|African|Asian|Commonwealth|Olympic|Summer|The|This|That|Last|Next)\b/.test(
      words,
    ) &&
    what !== 'Olympic Trials' &&
    what !== 'Trials'
  )
    return { kind: undefined };
  const kind: CompetitionKind = /Trials|Championships/.test(what) ? 'national' : 'meet';
  return { kind, year: num(m[1]), meetName: `${words} ${what}` };
}
