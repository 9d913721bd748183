/**
 * A broadcaster's report of a city marathon's two races: the men's race told first without its
 * sex ("… to win the Valencia Marathon …, while Jeruto took the women's race"), a winner "running
 * only his third marathon", a runner-up's past race at another marathon told in a "who" clause, and
 * a results list under bare "Men" and "Women" lines. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Worku and Jeruto win in Valencia\n\n' +
  'Published 3 December 2028\n\n' +
  "Ethiopia's Tomas Worku won the Valencia Marathon in 2:03:48 on Sunday, while Kenya's Faith Jeruto took the women's race.\n\n" +
  'Uganda\'s Joel Okot was third in 2:04:30. "I am happy," said Worku, who was running only his third marathon.\n\n' +
  "In the women's race, Jeruto won in 2:16:22, 43 seconds clear of Ethiopia's Mary Alemu in 2:17:05.\n\n" +
  "Britain's Ann Ashby, who was 15th at the London Marathon in April in 2:25:30, finished eighth in 2:22:14.\n\n" +
  "In the men's race, Britain's Harry Penn finished 12th in 2:09:41.\n\n" +
  'Selected results\n\n' +
  'Men\n1. Tomas Worku (Eth) 2:03:48\n3. Joel Okot (Uga) 2:04:30\n12. Harry Penn (GB) 2:09:41\n\n' +
  'Women\n1. Faith Jeruto (Ken) 2:16:22\n2. Mary Alemu (Eth) 2:17:05\n8. Ann Ashby (GB) 2:22:14';

describe("a report of a city marathon's two races", () => {
  const races = deriveReport(text);
  const valencia = races.filter((r) => r.name.includes('Valencia'));

  it('keeps the men told first without their sex apart from the women told in passing', () => {
    const men = valencia.find((r) => r.sex?.value === 'men');
    expect(men && resultRows(men)).toEqual([
      ['Tomas Worku', 1, 7428],
      ['Joel Okot', 3, 7470],
      ['Harry Penn', 12, 7781],
    ]);
    expect(men?.round).toBeNull();
  });

  it('reads the women under a bare "Women" line as the women’s race', () => {
    const women = valencia.find((r) => r.sex?.value === 'women');
    expect(women && resultRows(women)).toEqual([
      ['Faith Jeruto', 1, 8182],
      ['Mary Alemu', 2, 8225],
      ['Ann Ashby', 8, 8534],
    ]);
    expect(valencia).toHaveLength(2);
  });

  it('puts a past race at another marathon in a race of its own', () => {
    const london = races.find((r) => r.name.includes('London'));
    expect(london && resultRows(london)).toEqual([['Ann Ashby', 15, 8730]]);
  });
});
