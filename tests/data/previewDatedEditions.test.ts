/**
 * A marathon preview that goes through past editions one by one, each opened by its day and year
 * ("On 8 April 2035 …", "A blustery 13 April 2036 …", "Last year, on 12 April 2037, …"), with a
 * runner told by "his" inside the women's race of an edition. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a preview that tells past editions by their days', () => {
  const races = deriveReport(
    'Harbour Marathon preview: Kiprono back to defend\n\n' +
      'Published Thursday 8 April 2038\n\n' +
      'Some 17,000 runners will line up on Sunday for the 2038 Harbour Marathon. Here is how the last three editions unfolded.\n\n' +
      "On 8 April 2035 Kenya's Amos Kiprono won the Harbour Marathon in 2:04:48. " +
      "The women's race went to Ethiopian Almaz Worku in 2:19:30.\n\n" +
      'A blustery 13 April 2036 put paid to any thoughts of fast times. Tesfaye Bekele took his revenge, winning in 2:05:31.\n\n' +
      "Last year, on 12 April 2037, Uganda's Isaac Okello won in 2:03:59.",
  );
  const dated = races.map((r) => [r.name, r.date?.value ?? null]);

  it('dates each edition by the day told with its year', () => {
    expect(dated).toEqual(
      expect.arrayContaining([
        [expect.stringContaining('2035'), '2035-04-08'],
        [expect.stringContaining('2036'), '2036-04-13'],
        [expect.stringContaining('2037'), '2037-04-12'],
      ]),
    );
  });

  it("puts each edition's results in that edition", () => {
    const of = (year: string) => races.filter((r) => r.name.includes(year)).flatMap(resultRows);
    expect(of('2035')).toEqual(
      expect.arrayContaining([
        ['Amos Kiprono', 1, 7488],
        ['Almaz Worku', 1, 8370],
      ]),
    );
    expect(of('2036')).toEqual([['Tesfaye Bekele', 1, 7531]]);
    // "Last year, on 12 April 2037": the year told, not the year before it.
    expect(of('2037')).toEqual([['Isaac Okello', 1, 7439]]);
  });

  it("gives a runner told by 'his' in the women's race of an edition that edition's men's race", () => {
    const bekele = races.find((r) => r.results.some((x) => x.athlete === 'Tesfaye Bekele'));
    expect(bekele?.name).toMatch(/2036.*Men's marathon/);
  });
});
