/**
 * A feature on a rivalry told season by season: this summer's race dated by a weekday and a day
 * with no year in a report with a publication date, a score given as "1:55.02 to Nyambura's
 * 1:55.19", a world indoor title "In March 2028", and an Olympic final that "remains the race by
 * which the rivalry will be judged". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Moreau v Wairimu: the rivalry so far\n\n' +
  'Published: 10 July 2030\n\n' +
  'Nobody at Eugene on Saturday 6 July needed the big screen. When Lea Moreau and Grace Wairimu came off the final bend of the Prefontaine Classic 800m locked together, the noise rose.\n\n' +
  'The Frenchwoman won that one, clocking 1:55.02 to Wairimu’s 1:55.19.\n\n' +
  'The first senior meeting that mattered came at the 2027 World Championships in Beijing, where Wairimu won in 1:56.18.\n\n' +
  'In March 2028, Moreau won the world indoor title in 1:58.77, leaving Wairimu third.\n\n' +
  'Then came Los Angeles. The Olympic final on 6 August 2028 remains the race by which the rivalry will be judged. ' +
  'Moreau dipped to win in 1:55.31.';

describe('a rivalry feature told season by season', () => {
  const races = deriveReport(text);
  const named = (part: string) => races.find((r) => r.name.includes(part));

  it('dates this summer’s race in the year of the report’s publication', () => {
    const eugene = named('Eugene');
    expect(eugene?.date?.value).toBe('2030-07-06');
    expect(eugene && resultRows(eugene)).toEqual([
      ['Lea Moreau', 1, 115.02],
      ['Grace Wairimu', null, 115.19],
    ]);
  });

  it('reads "won the world indoor title" in "March 2028" as that year’s world indoors', () => {
    const indoors = named('World Indoor');
    expect(indoors?.name).toContain('2028');
    expect(indoors && resultRows(indoors)).toEqual([
      ['Lea Moreau', 1, 118.77],
      ['Grace Wairimu', 3, null],
    ]);
  });

  it('keeps an Olympic final whose sentence talks of how the rivalry "will be judged" as a race run', () => {
    const olympics = races.find((r) => r.name.includes('Olympic') || r.name.includes('Los Angeles'));
    expect(olympics?.date?.value).toBe('2028-08-06');
    expect(olympics && resultRows(olympics)).toEqual([['Lea Moreau', 1, 115.31]]);
  });
});
