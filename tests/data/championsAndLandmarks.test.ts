/**
 * Readings found on held-out sets 45 and 57: a federation release on national cross-country
 * championships ("Canada's new senior women's champion is …", "2027 champion Jordan St. Pierre",
 * "Senior Women – 10km" over a list), a radio report on a city marathon ("the 26.2-mile route", "the
 * final mile", "the Rock and Roll Hall of Fame", "and another Ethiopian, X, was third", "broke the
 * tape"), the clause after a name with an apostrophe ("O'Driscoll was second in 27:29"), and a past
 * edition told before the report's year ("also won this race in 2037"). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a release on national cross-country championships', () => {
  const races = deriveReport(
    [
      'Vale and Osei crowned national cross country champions',
      '',
      'HALIFAX, December 2, 2030 – Results of the 2030 Atlantic Cross Country Championships, held Saturday.',
      '',
      "The new senior women's champion is Marie-Claude Vale, who won the 10km race in 34:40. Defending champion Aoife Brennan-Kerr had to settle for second.",
      '',
      "In the senior men's 10km, Kofi Osei won in 30:10 ahead of Paul Lemieux and 2028 champion Jordan St. Pierre.",
      '',
      'Senior Women – 10km',
      '1. Marie-Claude Vale (Halifax AC) 34:40',
      '2. Aoife Brennan-Kerr (Truro TC) 34:52',
      '',
      'Senior Men – 10km',
      '1. Kofi Osei (Halifax AC) 30:10',
      '2. Paul Lemieux (Moncton RC) 30:18',
      '3. Jordan St. Pierre (Truro TC) 30:25',
    ].join('\n'),
  );
  const ofSex = (sex: string) =>
    races.filter((r) => r.sex?.value === sex && r.competition?.value.name.includes('2030'));

  it("tells the women's race by its new champion and its list by a heading with the course after a dash", () => {
    expect(ofSex('women').map(resultRows)).toEqual([
      [
        ['Marie-Claude Vale', 1, 2080],
        ['Aoife Brennan-Kerr', 2, 2092],
      ],
    ]);
  });

  it('keeps the men\'s race the day\'s when a runner is labelled by a past title, and reads "St. Pierre"', () => {
    expect(ofSex('men').map(resultRows)).toEqual([
      [
        ['Kofi Osei', 1, 1810],
        ['Paul Lemieux', 2, 1818],
        ['Jordan St. Pierre', 3, 1825],
      ],
    ]);
    expect(races.some((r) => r.competition?.value.name.includes('2028'))).toBe(false);
  });
});

describe('a radio report on a city marathon', () => {
  const races = deriveReport(
    [
      'Gebre outkicks Kiptum at the Lakefront Marathon',
      '',
      'Published October 6, 2035',
      '',
      'It came down to the final mile on Sunday morning, and Tadesse Gebre had a little more left.',
      '',
      "The 27-year-old Ethiopian pulled away from Kenya's Elijah Kiptum after passing the Rock and Roll Hall of Fame and won the 2035 Lakefront Marathon in 2:08:30. Kiptum crossed the line 20 seconds later, in 2:08:50, and another Ethiopian, Dawit Haile Mersha, was third in 2:09:40.",
      '',
      "Race officials estimated the crowd along the 26.2-mile route at around 300,000, the biggest in the event's 20-year history.",
      '',
      'Local runner Sam Reyes, a math teacher at Lincoln High School, was the top American in fifth.',
      '',
      "The women's race was never close. Kenya's Mary Chebet Koros broke the tape in 2:24:05.",
    ].join('\n'),
  );

  it('reads no mile race from "the final mile" or "the 26.2-mile route"', () => {
    expect(races.map((r) => r.event?.value)).toEqual(['marathon', 'marathon']);
  });

  it('reads the win past a landmark named with "and", and a third runner set off by "another Ethiopian"', () => {
    expect(resultRows(races.find((r) => r.sex?.value !== 'women')!)).toEqual([
      ['Tadesse Gebre', 1, 7710],
      ['Elijah Kiptum', 2, 7730],
      ['Dawit Haile Mersha', 3, 7780],
      ['Sam Reyes', 5, null],
    ]);
  });

  it('reads "broke the tape" as the win', () => {
    expect(resultRows(races.find((r) => r.sex?.value === 'women')!)).toEqual([
      ['Mary Chebet Koros', 1, 8645],
    ]);
  });
});

describe('clauses and editions', () => {
  it("parts the clause before a name with an apostrophe, and reads a label of a past title as the day's", () => {
    const races = deriveReport(
      "The senior women's 8km was decided on the final lap, when Aoife Ní Bhriain pulled away from Sinéad O'Driscoll. Ní Bhriain won in 27:15, O'Driscoll was second in 27:29 and the 2034 champion Róisín Kavanagh completed the podium in 27:40.",
    );
    expect(races.map(resultRows)).toEqual([
      [
        ['Aoife Ní Bhriain', 1, 1635],
        ["Sinéad O'Driscoll", 2, 1649],
        ['Róisín Kavanagh', 3, 1660],
      ],
    ]);
  });

  it('reads "also won this race in 2037" as that edition when the report tells its own year later', () => {
    const races = deriveReport(
      [
        'Results Saturday of the Harbour Mile (place, name, country, time):',
        '',
        '1, Tom Keane, Ireland, 3:56.2. 2, Cole Whitby, United States, 3:56.9.',
        '',
        'Whitby, second in the mile, also won this race in 2037 in 3:57.1. The race was held Sept. 18, 2039.',
      ].join('\n'),
    );
    const past = races.find((r) => r.competition?.value.name.includes('2037'));
    expect(past && resultRows(past)).toEqual([['Cole Whitby', 1, 237.1]]);
  });
});
