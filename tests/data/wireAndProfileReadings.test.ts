/**
 * Readings found on wires, profiles and a radio site's cross-country recap: times told "9.784 for
 * the Jamaican, 9.791 for American X", a race that "belonged to" its winner, a semi-final time "had
 * run 9.82 to win the third semifinal", a Korean name whose family name is a common word ("Park
 * Min-ji"), a champion told by "her women's crown" and then "the senior women's race over 8km", a
 * place told "having been tenth at halfway", "beating X into second", a win "on 14 September 2035",
 * a headline's short form of a full name, a name of four words set off by "the favourite, the
 * Galician …", and a day "likely to" come. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a sprint final told by its clock', () => {
  const races = deriveReport(
    [
      'BRISBANE, Australia (AP) — Devon Hylton dipped and stood staring at the giant screen.',
      '',
      'Then it showed everything: 9.784 for the Jamaican, 9.791 for American Marcus Oyelade. Seven thousandths of a second, and the world championship 100 meters belonged to Hylton.',
      '',
      "Japan's Ren Takata took bronze in 9.813.",
      '',
      'Oyelade came in as the favorite. He owns a personal best of 9.77 and had run 9.82 to win the third semifinal on Saturday.',
    ].join('\n'),
  );

  it('gives each time told "T for X" to its runner, and the race that "belonged to" X to X', () => {
    const final = races.find((r) => r.round?.value !== 'semi-final');
    expect(final && resultRows(final)).toEqual([
      ['Devon Hylton', 1, 9.784],
      ['Marcus Oyelade', 2, 9.791],
      ['Ren Takata', 3, 9.813],
    ]);
  });

  it('reads "had run 9.82 to win the third semifinal" as that semi-final\'s time', () => {
    const semi = races.find((r) => r.round?.value === 'semi-final');
    expect(semi && resultRows(semi)).toEqual([['Marcus Oyelade', 1, 9.82]]);
  });
});

describe('a city marathon with a Korean runner', () => {
  it('reads "Park Min-ji" as a name, though "Park" is a common word', () => {
    const races = deriveReport(
      "In the women's race, Kenya's Purity Langat won in 2:19:40. Hiwot Gebre was second in 2:20:02, with South Korea's Park Min-ji third in a personal best 2:24:15.",
    );
    expect(races[0] && resultRows(races[0])).toEqual([
      ['Purity Langat', 1, 8380],
      ['Hiwot Gebre', 2, 8402],
      ['Park Min-ji', 3, 8655],
    ]);
  });
});

describe('a national cross-country recap', () => {
  const races = deriveReport(
    [
      "Cian Sullivan produced a devastating final lap to win the senior men's title at the National Cross Country Championships this afternoon, while Aoife Breen retained her women's crown in muddy conditions.",
      '',
      'Sullivan crossed the line in 30:12 for the 10km course. Eoin Burke was second in 30:19, and Padraig Fitz came through late for third in 30:40, having been tenth at halfway.',
      '',
      "In the senior women's race over 8km, Breen was untouchable and won in 27:05.",
    ].join('\n'),
  );

  it('keeps "her women\'s crown" out of the men\'s race and joins it to "the women\'s race over 8km"', () => {
    const women = races.filter((r) => r.results.some((x) => x.athlete === 'Aoife Breen'));
    expect(women).toHaveLength(1);
    expect(women[0] && resultRows(women[0])).toEqual([['Aoife Breen', 1, 1625]]);
    expect(women[0]?.event?.value).toBe('8km');
  });

  it('reads a place told before "having been tenth at halfway" as the finish', () => {
    const men = races.find((r) => r.results.some((x) => x.athlete === 'Cian Sullivan'));
    expect(men && resultRows(men)).toEqual([
      ['Cian Sullivan', 1, 1812],
      ['Eoin Burke', 2, 1819],
      ['Padraig Fitz', 3, 1840],
    ]);
  });
});

describe('a profile of a steeplechaser', () => {
  const races = deriveReport(
    [
      "Over the barriers: Esther Chemuta's long road",
      '',
      'At 6.10am Esther Nakira Chemuta is already on her third kilometre.',
      '',
      'At the Memorial Van Damme in Brussels on Friday 14 September 2035 she won in 8:54.67, a Ugandan record, beating Beatrice Jepkoech into second.',
      '',
      '"I cried for two days," Chemuta says.',
    ].join('\n'),
  );

  it('reads "beating X into second" as X\'s place, and a win on a day of a year as a win', () => {
    expect(races[0] && resultRows(races[0])).toEqual([
      ['Esther Nakira Chemuta', 1, 534.67],
      ['Beatrice Jepkoech', 2, null],
    ]);
  });

  it("takes a headline's short form of a name for the full name the body uses", () => {
    const profile = deriveReport(
      [
        'PROFILE',
        "Over the barriers: Esther Chemuta's long road from Kapchorwa",
        '',
        'She fell at the water jump in front of the world. Our correspondent spent a week with the steeplechaser.',
        '',
        'At 6.10am the mist is still lying in the valley and Esther Nakira Chemuta is already on her third kilometre.',
        '',
        'She is 26, and has been doing this since she was 14, when a PE teacher entered her in a schools 1500m in Kapchorwa and she won it barefoot.',
      ].join('\n'),
    );
    expect(profile.flatMap((r) => r.results.map((x) => x.athlete))).toEqual(['Esther Nakira Chemuta']);
  });
});

describe('a translated report with four-word names', () => {
  it('reads "Behind her, the favourite, the Galician X, was second" as X\'s place, not the winner\'s', () => {
    const races = deriveReport(
      'Nerea Martin-Soto attacked with 300 metres to go to win in 4:08.33. Behind her, the favourite, the Galician María José Outeda Lamas, was second in 4:08.91.',
    );
    expect(races[0] && resultRows(races[0])).toEqual([
      ['Nerea Martin-Soto', 1, 248.33],
      ['María José Outeda Lamas', 2, 248.91],
    ]);
  });

  it('still reads a list after a title as several runners', () => {
    const races = deriveReport(
      "By the bell three men were left: the world record holder, the Kenyan Benson Kipruto and Ethiopia's Berhanu Tsega. Tsega won in 26:49.12. The Kenyan held on for third in 26:55.60.",
    );
    expect(races[0] && resultRows(races[0])).toEqual([
      ['Berhanu Tsega', 1, 1609.12],
      ['Benson Kipruto', 3, 1615.6],
    ]);
  });
});

describe('a day likely to come', () => {
  it('dates no race by a selection "likely to" be named on a weekday', () => {
    const races = deriveReport(
      [
        'Sport | Athletics',
        'Sunday, 30 November 2036 – updated 16:42',
        '',
        "Cian Sullivan won the senior men's title at the National Cross Country Championships in Santry this afternoon.",
        '',
        "In the senior women's race over 8km, Aoife Breen was untouchable. The Dublin City Harriers athlete won in 27:05.",
        '',
        "Earlier, in the U20 men's race, 17-year-old Ruairi Doyle of Tullamore Harriers won by almost half a minute, and is likely to be named in the junior team for Lisbon on Tuesday.",
      ].join('\n'),
    );
    const women = races.find((r) => r.sex?.value === 'women');
    expect(women?.date?.value).toBe('2036-11-30');
  });
});
