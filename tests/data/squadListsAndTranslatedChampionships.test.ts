/**
 * Readings found in a federation's squad release, a national championships report translated from the
 * Spanish, a magazine feature on a cross-country runner, a college fan blog, podcast show notes and a
 * marathon live blog of the held-out sets: a squad's line of names ("Women: A, B"), "to place eighth",
 * "von Gunten" opening a clause in lower case, "where he ran …" (the runner of the clause it hangs on),
 * a team's place ("Switzerland's women finished fourth"), a region before a name ("the Madrilenian
 * …"), a first surname with its particle written alone ("El Haddadi"), "the feminine test", "the
 * athlete of the Club …", "conquered … his second title", a split over "the final two kilometres",
 * "the CrossCup race in Hannut", a best lowered "at the Nacht van de Atletiek", "the steeple", "Okay,
 * women's 5000." (the race a host moves on to), a show's name, "once again", and a day something was
 * said. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { athletesOf, deriveReport, resultRows, rowsOf } from '../helpers/reportRaces';

describe('a federation’s release naming a marathon squad', () => {
  const races = deriveReport(
    [
      'Marathon squad named for the European Championships',
      '',
      'Swiss Athletics | Media release | Bern, 2 June 2036',
      '',
      'Swiss Athletics has named four athletes for the marathon at the European Championships in August.',
      '',
      'Women: Lena Brunner-Aebi, Sara Kälin',
      'Men: Jonas Wyss, Lukas von Gunten',
      '',
      'Brunner-Aebi earned her place by winning the Geneva Marathon on 13 April this year in 2:26:10.',
      '',
      'Wyss was third at the Berlin Half Marathon on 6 April, and von Gunten was the leading Swiss finisher at the Hamburg Marathon, where he ran 2:11:05 to place eighth.',
      '',
      'Head coach Marta Frei said the squad had "a real chance" in the team competition, in which Switzerland’s women finished fourth in 2034.',
    ].join('\n'),
  );

  it('knows the runners of a squad’s line by their surnames', () => {
    expect(rowsOf(races, /Geneva/)).toEqual([['Lena Brunner-Aebi', 1, 8770]]);
  });

  it('gives "where he ran …" to the runner who opens the clause it hangs on', () => {
    expect(rowsOf(races, /Berlin/)).toEqual([['Jonas Wyss', 3, null]]);
    expect(rowsOf(races, /Hamburg/)).toEqual([['Lukas von Gunten', 8, 7865]]);
  });

  it('gives a team’s place to no runner', () => {
    expect(athletesOf(races)).not.toContain('Marta Frei');
  });
});

describe('a national 10,000m championships report translated from the Spanish', () => {
  const races = deriveReport(
    [
      'El Haddadi and Beltrán, champions of Spain of 10,000 metres in Zaragoza',
      '',
      '[Translated from the Spanish.]',
      '',
      'Zaragoza, 14 May 2033',
      '',
      'Youssef El Haddadi Benali conquered on Saturday night his second title of champion of Spain of 10,000 metres.',
      '',
      'The athlete of the Club Atletismo Ebro, Moroccan of birth and Spanish since 2027, stopped the chronometer in 28:20,15, ahead of the Madrilenian Pablo de la Fuente Ruiz (28:24,60).',
      '',
      'Last year in Barcelona El Haddadi was only fourth.',
      '',
      'In the feminine test, Ana Beltrán Soto won with 32:05,40, ahead of Irene Lago Vidal (32:10,02).',
    ].join('\n'),
  );

  it('reads the men’s race: the title conquered, the time of "the athlete of the Club …", the runner-up by name', () => {
    expect(rowsOf(races, /Men's/)).toEqual([
      ['Youssef El Haddadi Benali', 1, 1700.15],
      ['Pablo de la Fuente Ruiz', null, 1704.6],
    ]);
  });

  it('reads "the feminine test" as the women’s race', () => {
    expect(rowsOf(races, /Women's/)).toEqual([
      ['Ana Beltrán Soto', 1, 1925.4],
      ['Irene Lago Vidal', null, 1930.02],
    ]);
  });

  it('takes "El Haddadi" for the runner named in full, not for another', () => {
    expect(athletesOf(races)).not.toContain('El Haddadi');
    expect(races.filter((r) => r.date === null).flatMap(resultRows)).toEqual([
      ['Youssef El Haddadi Benali', 4, null],
    ]);
  });
});

describe('a magazine feature on a cross-country runner', () => {
  const races = deriveReport(
    [
      'The cold day in December',
      '',
      'Feature | Spring 2040 issue',
      '',
      'The turning point was the 2038 European Cross Country Championships, held on 12 December 2038. On the last lap Marieke De Smet ran the final two kilometres in 6:05 and won in 27:10.',
      '',
      'She spent last summer on the track, lowering her 10,000m personal best to 31:20.50 at the Nacht van de Atletiek in Heusden.',
      '',
      'In January she won the CrossCup race in Hannut in 29:40, leaving the Dutchwoman Ilse van Dijk 9 seconds behind in second.',
    ].join('\n'),
  );

  it('reads a time over "the final two kilometres" as a split, not the result', () => {
    expect(rowsOf(races, /European Cross Country/)).toEqual([['Marieke De Smet', 1, 1630]]);
  });

  it('reads a best lowered at a named meeting as a race of that event', () => {
    expect(rowsOf(races, /10000m/)).toEqual([['Marieke De Smet', null, 1880.5]]);
  });

  it('reads "the CrossCup race in Hannut" as a race of its own', () => {
    expect(rowsOf(races, /CrossCup/)).toEqual([
      ['Marieke De Smet', 1, 1780],
      ['Ilse van Dijk', 2, null],
    ]);
  });
});

describe('a college fan blog', () => {
  const races = deriveReport(
    [
      'NCAA Outdoors 2035: she did it',
      '',
      'The 2035 NCAA Division I Outdoor Championships are in the books and an Oregon woman is the national champion in the steeple.',
      '',
      'Saturday’s final went out slow. Kaylee Drummond wins in 9:35.10. Gladys Cheruto second in 9:36.00.',
      '',
      'MEN’S 800',
      '',
      'Our guy Tom Lund, the Norwegian, had looked unbeatable all week.',
      '',
      'In Friday night’s final, though, Texas A&M’s Kwesi Mensah had other ideas. The Ghanaian sat on Lund’s shoulder and came by at the top of the home straight, winning in 1:45.10. Lund ran 1:45.60 for second.',
    ].join('\n'),
  );

  it('reads "the steeple" as the steeplechase', () => {
    expect(rowsOf(races, /steeplechase/)).toEqual([
      ['Kaylee Drummond', 1, 575.1],
      ['Gladys Cheruto', 2, 576],
    ]);
  });

  it('does not bind "The Ghanaian" to the runner named after "sat on"', () => {
    expect(rowsOf(races, /800m/)).toEqual([
      ['Kwesi Mensah', 1, 105.1],
      ['Tom Lund', 2, 105.6],
    ]);
  });
});

describe('podcast show notes', () => {
  it('moves on to the race a host names alone ("Okay, women’s 5000.")', () => {
    const races = deriveReport(
      [
        'NO: Rome. Golden Gala, Thursday the 3rd of June, 2032, and Luis, you wanted to start with the steeplechase.',
        '',
        'LA: Elias Kibet, the Kenyan, 8:06.10, second.',
        '',
        'NO: Okay, women’s 5000.',
        '',
        'NO: Faith Jeptoo was second in 14:19.05.',
      ].join('\n'),
    );
    expect(rowsOf(races, /5000m/)).toEqual([['Faith Jeptoo', 2, 859.05]]);
    expect(athletesOf(races.filter((r) => /steeplechase/.test(r.name)))).toEqual(['Elias Kibet']);
  });

  it('takes neither a show’s name for a meeting nor "once again" for history', () => {
    const races = deriveReport(
      [
        'TRACK CHAT — Episode 88: "Valencia, you beauty"',
        'Show notes | published Tuesday',
        '',
        'This week we go through Sunday 3 December 2034 at the Valencia Marathon, the race that once again turned into the fastest course of the autumn.',
        '',
        'Ethiopia’s Abebe Tola won in 2:04:10. Kenya’s Paul Keter came home second in 2:04:40.',
      ].join('\n'),
    );
    expect(races.map((r) => [r.name, r.date?.value])).toEqual([
      ['Valencia Marathon 2034 – marathon', '2034-12-03'],
    ]);
    expect(races.flatMap(resultRows)).toEqual([
      ['Abebe Tola', 1, 7450],
      ['Paul Keter', 2, 7480],
    ]);
  });
});

describe('a marathon live blog', () => {
  it('takes the day a runner "told us" something for no race’s day', () => {
    const races = deriveReport(
      [
        'Valencia Marathon 2038 – live',
        '',
        'Sunday 5 December 2038. Follow the elite race with our live coverage.',
        '',
        '07:58',
        'The man everyone is talking about: Ethiopia’s Yomif Bekele. Bekele told us on Friday he came back for the thing he left on the road.',
        '',
        '10:20',
        'Bekele wins in 2:03:40!',
      ].join('\n'),
    );
    expect(races.map((r) => r.date?.value)).toEqual(['2038-12-05']);
    expect(races.flatMap(resultRows)).toEqual([['Yomif Bekele', 1, 7420]]);
  });
});
