/**
 * A newspaper's report of a championship final run "last night", with the heats told "two days
 * earlier", a runner-up who "looked to have the race won", and a question told with "whether she
 * would". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { isFuture } from '../../src/data/articleState';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Hughes wins European gold',
  'Friday 11 August 2034',
  'Last night, under the lights of the Estadio Nacional, Imogen Hughes made the rest of Europe look ordinary.',
  'The 23-year-old from Wolverhampton won the 400 metres hurdles final at the European Championships in 53.41, a British record, running a race of such control that the only question was whether she would hold her stride pattern to the line.',
  "The Netherlands' Lieke Berg looked to have the race won coming off the final bend but tied up and took silver in 53.88.",
  'Two days earlier the Corkwoman Aoife Byrne had scraped into the final as a fastest loser from heat three in 55.30.',
].join('\n\n');

describe('a final told "last night" with its heats "two days earlier"', () => {
  const races = deriveReport(REPORT);
  const final = races.find((r) => r.round?.value === 'final');
  const heat = races.find((r) => r.round?.value === 'heat');

  it('names the final by its event and championships although a clause on after it says "would"', () => {
    expect(final?.name).toMatch(/European Championships 2034 – .*400m hurdles final/);
    expect(final?.date?.value).toBe('2034-08-10');
  });

  it('gives no win to the runner who only "looked to have the race won"', () => {
    expect(resultRows(final!)).toEqual([
      ['Imogen Hughes', 1, 53.41],
      ['Lieke Berg', 2, 53.88],
    ]);
  });

  it('dates the heat two days before the final, counted from the final told by its night', () => {
    expect(resultRows(heat!)).toEqual([['Aoife Byrne', null, 55.3]]);
    expect(heat?.date?.value).toBe('2034-08-08');
  });
});

describe('isFuture', () => {
  it('reads "whether she would" as a question of the past, and "she would run" as still to come', () => {
    expect(isFuture('the only question was whether she would hold her stride pattern to the line')).toBe(
      false,
    );
    expect(isFuture('she would run the final on Sunday')).toBe(true);
    expect(isFuture('Gerry Lally confirmed the date for the 2037 race as Sunday 4 October')).toBe(true);
  });
});

describe('a clause that opens on "to win" after a relative clause', () => {
  it("shares the sentence's subject, who takes the time", () => {
    const [race] = deriveReport(
      [
        "Ethiopia's Meseret Tadesse took the women's 3000m steeplechase title at the African Championships.",
        'Tadesse, 24, then pulled away on the final lap, which she covered in 68.9 seconds, to win in a championship record 9:05.21.',
      ].join('\n\n'),
    );
    expect(resultRows(race!)).toEqual([['Meseret Tadesse', 1, 545.21]]);
  });
});
