/**
 * A fan's column on an Olympic 10,000m: the runner has an Irish surname with the particle Ó and is
 * called by his given name, finished "1.2 seconds off bronze", "held off Kenya's X in fifth", won
 * "under-age cross-country races" as a boy, and a year earlier "was eleventh …, dropped with five
 * laps to go"; the column opens "I have followed him since he was a boy, so forgive me …". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const report =
  'A letter to the man who finished fourth\n\n' +
  'I have followed Ciarán Ó Dálaigh since he was a gangly teenager winning under-age cross-country ' +
  "races in the mud, so forgive me if this is no objective account of the men's 10,000m final at " +
  'the Los Angeles Olympics.\n\n' +
  'A year earlier he was eleventh in the 10,000m final at the 2027 World Championships in Beijing, ' +
  'dropped with five laps to go and jogging in.\n\n' +
  "In the end the medals went to Ethiopia's Abebe Tola, Uganda's Joshua Okello and Norway's Henrik " +
  'Aas, in that order. Ciarán crossed the line fourth in 27:14.83, a new Irish record, 1.2 seconds ' +
  "off bronze. He held off Kenya's Daniel Mutai in fifth.\n\nÓ Dálaigh lay on the track for a long time.";

describe('a fan’s column on the runner who finished fourth', () => {
  const races = deriveReport(report);
  const race = (label: string) => races.find((r) => r.name.includes(label));

  it('knows the runner by his Irish full name, his given name and his surname with Ó', () => {
    const final = race('Olympics');
    expect(final && resultRows(final)).toEqual([
      ['Abebe Tola', 1, null],
      ['Joshua Okello', 2, null],
      ['Henrik Aas', 3, null],
      ['Ciarán Ó Dálaigh', 4, 1634.83],
      ['Daniel Mutai', 5, null],
    ]);
  });

  it('reads a place told with a participle phrase about the race after it as the finish', () => {
    const worlds = race('World Championships');
    expect(worlds && resultRows(worlds)).toEqual([['Ciarán Ó Dálaigh', 11, null]]);
  });
});
