/**
 * Readings found on held-out set 43: a wire on a sprint final decided by a photo finish ("it took
 * the judges several minutes to rule that the Briton had taken silver"), its semi-finals told in the
 * plural and then by number ("winning the first in 9.98"), a semi-final "in which" another runner
 * pulled up, and "Monday's heats" after the semi-finals; and a runner "followed by" another named
 * with his country. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a photo-finish sprint final and its rounds', () => {
  const races = deriveReport(
    [
      "MUNICH, Germany, Aug 15, 2034 (AFP) - Italy's Tommaso Rinaldi-Greco won the European Championships 100 metres title on Tuesday, clocking 9.94 seconds.",
      '',
      "Britain's Kwame Asante-Reid and France's Hugo Marchetti-Lenoir were both shown on the stadium screen, and it took the photo-finish judges several minutes to rule that the Briton had taken silver in 10.008 with Marchetti-Lenoir third in 10.012.",
      '',
      'Home hope Felix Obermayr finished fourth in 10.07.',
      '',
      'Rinaldi-Greco had already been the quickest man through the semi-finals earlier in the evening, winning the first in 9.98.',
      '',
      'Obermayr only squeezed into the final after finishing fourth in the second semi-final in 10.14, a race in which the defending champion, Dutchman Joris van Hoekstra, pulled up clutching his hamstring.',
      '',
      "Asante-Reid had posted the fastest time of Monday's heats, 10.03.",
    ].join('\n'),
  );
  const named = (suffix: string) => races.find((r) => r.name.endsWith(suffix));

  it("gives the silver ruled by the judges to the runner the epithet names, not the clause's first runner", () => {
    const final = named('final');
    expect(final && resultRows(final).slice(0, 3)).toEqual([
      ['Tommaso Rinaldi-Greco', 1, 9.94],
      ['Kwame Asante-Reid', 2, 10.008],
      ['Hugo Marchetti-Lenoir', 3, 10.012],
    ]);
  });

  it('reads "winning the first" after "the semi-finals" as the first semi-final', () => {
    const first = named('semi-final 1');
    expect(first && resultRows(first)).toEqual([['Tommaso Rinaldi-Greco', 1, 9.98]]);
  });

  it('gives a runner who pulled up in "a race in which" that status, not the runner placed before it', () => {
    const second = named('semi-final 2');
    expect(
      second?.results.map((r) => [r.athlete, r.place?.value ?? null, r.time?.value ?? null, r.status]),
    ).toEqual([
      ['Felix Obermayr', 4, 10.14, 'finished'],
      ['Joris van Hoekstra', null, null, 'dnf'],
    ]);
  });

  it('keeps "Monday\'s heats" told after the semi-finals a race of their own, dated by the weekday', () => {
    const heat = races.find((r) => r.round?.value === 'heat');
    expect(heat && resultRows(heat)).toEqual([['Kwame Asante-Reid', null, 10.03]]);
    expect(heat?.date?.value).toBe('2034-08-14');
  });
});

describe('a runner followed by another named with his country', () => {
  it('gives the time after "of the United States" to that runner', () => {
    const [race] = deriveReport(
      "Liu Haoran won the men's 110m hurdles at the Xiamen meeting in 13.08 seconds. He was followed by Marcus Whitford of the United States in 13.12 seconds, while Japan's Kenta Moriyama took the bronze in 13.19.",
    );
    expect(race && resultRows(race)).toEqual([
      ['Liu Haoran', 1, 13.08],
      ['Marcus Whitford', 2, 13.12],
      ['Kenta Moriyama', 3, 13.19],
    ]);
    expect(race?.results[1]?.time?.basis).toBe('stated');
  });
});

describe("a championship's rounds told by the days of the week", () => {
  const races = deriveReport(
    [
      'By Tom Ashby in Melbourne',
      'Tuesday 25 August 2037',
      '',
      "Last night Imogen Hartwell won silver in the women's 800 metres at the World Championships in 1:55.88, behind Mercy Wambui, who took gold in 1:55.41.",
      '',
      "In Friday morning's heats Hartwell had to settle for second in heat four in 2:00.45, behind Marie Tremaine, who won it in 2:00.31. Her team-mate Ellie Brannock finished fifth in heat two in 2:01.77.",
      '',
      'By Saturday evening Hartwell looked a different athlete. She won the second semi-final in 1:57.12.',
    ].join('\n'),
  );
  const named = (suffix: string) => races.find((r) => r.name.endsWith(suffix));

  it('dates a heat told after "Friday morning\'s heats" on that Friday, not on the day told next', () => {
    expect(named('heat 2')?.date?.value).toBe('2037-08-21');
    expect(named('heat 4')?.date?.value).toBe('2037-08-21');
  });

  it('dates the round told after "By Saturday evening" on that Saturday', () => {
    const semi = named('semi-final 2');
    expect(semi && resultRows(semi)).toEqual([['Imogen Hartwell', 1, 117.12]]);
    expect(semi?.date?.value).toBe('2037-08-22');
  });
});
