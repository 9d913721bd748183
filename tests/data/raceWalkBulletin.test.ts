/**
 * A championships media bulletin on two race walks, with family names written first in capitals,
 * some of two or three letters ("KIM Min-jun (KOR)", "HE Jun (CHN)"), event headings in capitals,
 * and a world championships of another year told in passing. Invented walkers and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const BULLETIN =
  'ASIAN RACE WALKING CHAMPIONSHIPS — MEDIA BULLETIN\n' +
  'Sunday 18 March 2035\n\n' +
  "MEN'S 20KM: SATO TAKES HOME TITLE\n\n" +
  "SATO Kenta (JPN) won the men's 20km race walk this morning, clocking 1:18:42.\n\n" +
  'The 27-year-old, who was fifth in the 20km walk at the 2033 world championships, was pushed by LI Wei (CHN) after 13km.\n\n' +
  'Li held on for silver in 1:18:57 and RAWAT Arjun (IND) won a close battle for bronze in 1:19:30. ' +
  'PARK Ji-ho (KOR) was fourth in 1:20:05, just ahead of HE Tao (CHN), who had been in the medal hunt until ' +
  'receiving his third red card and being disqualified.\n\n' +
  "WOMEN'S 20KM: WANG RETAINS TITLE\n\n" +
  "WANG Lin (CHN) defended her title in the women's 20km race walk, winning in 1:27:15. " +
  'OKADA Rina (JPN) crossed in 1:27:40 to take silver.';

describe('a race walking bulletin with family names first in capitals', () => {
  const races = deriveReport(BULLETIN);
  const walk = (sex: string) => races.find((r) => r.sex?.value === sex && r.date !== null);

  it('reads short family names before a country code as names, and "HE" in one as no pronoun', () => {
    const men = walk('men');
    expect(men && resultRows(men)).toEqual([
      ['Kenta Sato', 1, 4722],
      ['Wei Li', 2, 4737],
      ['Arjun Rawat', 3, 4770],
      ['Ji-ho Park', 4, 4805],
      ['Tao He', null, null],
    ]);
  });

  it('takes "won a close battle for bronze" as bronze, not a win', () => {
    const rawat = walk('men')?.results.find((r) => r.athlete === 'Arjun Rawat');
    expect(rawat?.place?.value).toBe(3);
  });

  it("keeps the headings' races, walks of the bulletin's day, apart from the world championships told in passing", () => {
    expect(races.map((r) => [r.name, r.event?.value, r.date?.value ?? null])).toEqual([
      ["Asian Race Walking Championships 2035 – Men's 20km walk", '20km walk', '2035-03-18'],
      ["Asian Race Walking Championships 2035 – Women's 20km walk", '20km walk', '2035-03-18'],
      ['2033 World Championships – 20km walk', '20km walk', null],
    ]);
    const women = walk('women');
    expect(women && resultRows(women)).toEqual([
      ['Lin Wang', 1, 5235],
      ['Rina Okada', 2, 5260],
    ]);
  });
});
