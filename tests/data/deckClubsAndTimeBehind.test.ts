/**
 * A regional paper on a national championships: its headline and deck sit over a byline ("silver
 * for Breen, bronze for Tallon" states no result), a club in brackets after a runner's name and a
 * university named "… State" are no runners, "the Corkwoman Máire Lenihan" is Máire Lenihan, "took
 * silver … in 4:12.60 behind" gives the silver medallist that time, and "on Saturday, June 7 and
 * Sunday, June 8, in 1:47.21" is one clause. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'THE WESTERN GAZETTE | SPORT',
  'Monday, June 9, 2031',
  '',
  'Doherty lands national 800m title at Santry',
  '',
  'Ennis athlete takes gold; silver for Breen, bronze for Tallon',
  '',
  'By Fiona Walsh',
  '',
  "Padraig Doherty won the men's 800m final at the 2031 National Senior Championships, held in Santry on Saturday, June 7 and Sunday, June 8, in 1:47.21.",
  '',
  "On Sunday, Clare AC's Ruth Breen took silver in the women's 1500m in 4:12.60 behind the Corkwoman Máire Lenihan (Leevale Cork), who won in 4:11.95, while Kate Tallon took bronze.",
  '',
  "Lenihan, a student at Red Hollow State, is unbeaten this season. Red Hollow State's Nora Quinn was fourth in 4:14.10.",
].join('\n');

describe('a regional report with a deck, clubs and a time told before "behind"', () => {
  const races = deriveReport(REPORT);
  const rows = new Map(races.map((r) => [r.name, resultRows(r)]));

  it('reads no result from the deck line over the byline', () => {
    expect(rows.get("National Senior Championships 2031 – Men's 800m final")).toEqual([
      ['Padraig Doherty', 1, 107.21],
    ]);
  });

  it('gives the winner her name without her club or the word for where she is from', () => {
    expect(rows.get("National Senior Championships 2031 – Women's 1500m")?.[0]).toEqual([
      'Máire Lenihan',
      1,
      251.95,
    ]);
  });

  it('gives the time told before "behind" to the runner it follows, and no runner to a university', () => {
    expect(rows.get("National Senior Championships 2031 – Women's 1500m")?.slice(1)).toEqual([
      ['Ruth Breen', 2, 252.6],
      ['Kate Tallon', 3, null],
      ['Nora Quinn', 4, 254.1],
    ]);
  });
});
