/**
 * Readings found in held-out sets 101 to 103: a television commentary transcript, a magazine
 * profile of a marathoner, a championship preview, wire reports and an agency story with a results
 * summary. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { athletesOf, deriveReport, resultRows, rowsOf } from '../helpers/reportRaces';

describe('a television commentary transcript', () => {
  const races = deriveReport(
    [
      'TRANSCRIPT: Nordvision live coverage, Bislett Games, Oslo',
      'Thursday 12 June 2031. Men’s 5000m segment',
      '',
      'ANDERS LIE (lead commentator): Before the main event, the best thing tonight: Chloé Marchetti-Diop, the Frenchwoman, took the 100m hurdles in 12.41, a meeting record.',
      '',
      'LIE: Sixteen men on the line for the 5000 metres, and the one they have come to see is Sindre Aas Holmen.',
      '',
      'LIE: The bell! Holmen goes, Rono goes with him, Dawit Gebre third, the Moroccan Ouali hanging on in fourth.',
      '',
      'LIE: Into the home straight… HOLMEN WINS IT! Sindre Aas Holmen wins at Bislett!',
      '',
      'LIE: The official result is up. Holmen, 12:51.47, a meeting record. Gideon Kibet Rono of Kenya, second. Dawit Gebre, the Ethiopian, third in 12:53.08. And look at fourth: Karim Ouali, 12:58.90.',
      '',
      'KARI DAHL: And fifth, the young American Tyler Brockway, 13:01.77.',
      '',
      'SINDRE AAS HOLMEN (interview, trackside): "I told myself nobody beats me at Bislett."',
    ].join('\n'),
  );

  it('takes a hurdles race told in passing as won, and moves on to the race the men are on the line for', () => {
    expect(rowsOf(races, /hurdles/i)).toEqual([['Chloé Marchetti-Diop', 1, 12.41]]);
    expect(rowsOf(races, /5000m/)).toEqual([
      ['Sindre Aas Holmen', 1, 771.47],
      ['Gideon Kibet Rono', 2, null],
      ['Dawit Gebre', 3, 773.08],
      ['Karim Ouali', 4, 778.9],
      ['Tyler Brockway', 5, 781.77],
    ]);
  });

  it('keeps a runner whose words carry a speaker’s label with a role in brackets', () => {
    expect(athletesOf(races)).toContain('Sindre Aas Holmen');
  });
});

describe('a magazine profile of a marathoner', () => {
  const races = deriveReport(
    [
      'THE LONG ROAD',
      '',
      'By Helena Brandt | Distance Quarterly, April 2037 issue',
      '',
      'The first thing you notice about Ana Beatriz dos Reis Moura is that she never sits still, not even at 6.15 on a cold Tuesday morning, when she is already on her twelfth repeat.',
      '',
      'Her first serious race came in 2029: the Rio de Janeiro Half Marathon. She finished 11th in 1:14:30.',
      '',
      'It took three years for the marathon to make sense. Her debut, in Valencia in December 2032, brought fourth place in 2:24:51.',
      '',
      'At the Olympic Games in 2036 dos Reis Moura was fifth in 2:29:10. London, on April 26, is the next test.',
    ].join('\n'),
  );

  it('reads no time from the clock of a morning', () => {
    expect(races.flatMap(resultRows).map((r) => r[2])).not.toContain(6.15);
  });

  it('names the half marathon in full, with its particle', () => {
    expect(races.map((r) => r.name).join(' | ')).toContain('Rio de Janeiro Half Marathon');
  });

  it('reads the place a debut brought', () => {
    expect(races.flatMap(resultRows)).toContainEqual(['Ana Beatriz dos Reis Moura', 4, 8691]);
  });

  it('takes the surnames after the particle, written alone, for the same runner', () => {
    expect(new Set(athletesOf(races))).toEqual(new Set(['Ana Beatriz dos Reis Moura']));
  });

  it('dates no race by the day of a race still to come', () => {
    expect(races.map((r) => r.date?.value ?? null)).not.toContain('2036-04-26');
  });
});

describe('a championship preview', () => {
  const races = deriveReport(
    [
      'PREVIEW: Idrissi v Kiprono, the steeplechase rivalry',
      '',
      'Posted 18 August 2039',
      '',
      'Yassir Idrissi goes to the World Championships as defending champion. Two years ago in Belgrade, the Moroccan produced a last water jump of contemptuous ease to win the 2037 world title in 8:04.62. Kenya’s Amos Kiprono took silver that night and France’s Théo Laval bronze in 8:06.11.',
      '',
      'At the Golden Gala in Rome on June 4, Kiprono ran 8:01.37 to win a race in which Idrissi was a stride back in second.',
      '',
      'So is Japan’s Ryo Kanemoto, whose best of 8:07.90 came at the Seiko Golden Grand Prix in Tokyo in May.',
    ].join('\n'),
  );

  it('gives the places told of "that night" to the past final the sentence before told', () => {
    expect(rowsOf(races, /2037/)).toEqual([
      ['Yassir Idrissi', 1, 484.62],
      ['Amos Kiprono', 2, null],
      ['Théo Laval', 3, 486.11],
    ]);
  });

  it('gives "in which X was second" to X, not to the winner', () => {
    expect(rowsOf(races, /Rome/)).toEqual([
      ['Amos Kiprono', 1, 481.37],
      ['Yassir Idrissi', 2, null],
    ]);
  });

  it('takes the Seiko Golden Grand Prix for a meeting, not a runner', () => {
    expect(athletesOf(races)).not.toContain('Seiko Golden');
  });
});

describe('wire reports on championships', () => {
  it('reads "at the African championships" in lower case as the continental championships', () => {
    const races = deriveReport(
      "KAMPALA, June 24 (Reuters) - Uganda's Brian Kiplagat Otim won the men's 10,000 metres final at the African championships on Friday in 27:41.09, with Haile second in 27:41.55.",
    );
    expect(races.map((r) => r.name)).toEqual([expect.stringMatching(/African Championships/)]);
  });

  it('takes "the Olympic steeplechase champion" for a title, and the heat he fell in for this meeting’s', () => {
    const races = deriveReport(
      [
        "Kenya's Olympic steeplechase champion falls, out in heats at home worlds",
        '',
        'Aug. 24, 2039',
        '',
        'NAIROBI, Kenya (AP) — The roar that greeted Moses Kiptoo Langat at Kasarani Stadium on Wednesday was the loudest of the world championships so far.',
        '',
        'The 2036 Olympic steeplechase champion clipped the barrier at the water jump in the second heat and did not finish. Ethiopia’s Getu Alemu won that heat in 8:19.88.',
      ].join('\n'),
    );
    expect(races.map((r) => [r.name, r.date?.value ?? null])).toEqual([
      [expect.stringMatching(/^2039 World Championships/), '2039-08-24'],
    ]);
    expect(races.flatMap(resultRows)).toContainEqual(['Getu Alemu', 1, 499.88]);
  });
});
