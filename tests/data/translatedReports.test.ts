/**
 * Wordings of wire copy translated from other languages and of short news briefs: "imposed
 * herself", "second with 27:19", "27 minutes and 58 seconds", "the female race", "race of
 * 10 kilometres", regional epithets before a name. Invented runners and times throughout.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const racesOf = (text: string) =>
  deriveReport(text).map((r) => ({
    event: r.event?.value ?? null,
    sex: r.sex?.value ?? null,
    results: resultRows(r),
  }));

describe('translated wire copy', () => {
  it('reads "with a time of", a place set after a name with its time, and "X minutes and Y seconds"', () => {
    const text =
      'Lomu wins the Night Race\n\nValdemoro, 31 Dec (EFE).- The Ugandan athlete Peter Lomu won this Sunday, ' +
      '31 December 2023, the traditional race of 10 kilometres, with a time of 27:14.\n\n' +
      'Lomu imposed himself in a sprint to the Ethiopian Abel Wondimu, second with 27:19, and to the Kenyan ' +
      'Simon Kiprotich Rono, third with 27:25.\n\n' +
      'The Spaniard Carlos Ibarra was fourth and crossed the finish line in 27 minutes and 58 seconds.';
    expect(racesOf(text)).toEqual([
      {
        event: '10km',
        sex: null,
        results: [
          ['Peter Lomu', 1, 1634],
          ['Abel Wondimu', 2, 1639],
          ['Simon Kiprotich Rono', 3, 1645],
          ['Carlos Ibarra', 4, 1678],
        ],
      },
    ]);
  });

  it('reads "In the female race" as the women\'s race and "imposed herself" as her win', () => {
    const text =
      'Night Race 10km\n\nValdemoro, 31 Dec (EFE).- Peter Lomu won the 10 kilometres race on 31 December 2023 ' +
      'in 27:14.\n\nIn the female race, the Ethiopian Hana Desta imposed herself with a time of 30:02. ' +
      'The Spaniard Lucía Moreno was fifth with 31:18.';
    const women = racesOf(text).find((r) => r.sex === 'women');
    expect(women?.results).toEqual([
      ['Hana Desta', 1, 1802],
      ['Lucía Moreno', 5, 1878],
    ]);
  });

  it('keeps a race record "held since 2021" out of the race\'s results', () => {
    const text =
      'Night Race 10km\n\nValdemoro, 31 Dec (EFE).- Peter Lomu won the 10 kilometres race on 31 December 2023 ' +
      'in 27:14, outside the record of the race, which remains in possession of the Norwegian Ole Brekke ' +
      'with 26:41 since the year 2021.';
    expect(racesOf(text)[0]?.results).toEqual([['Peter Lomu', 1, 1634]]);
  });

  it('reads "the Catalan X Y Z" as X Y Z, not a four-word name', () => {
    const text =
      'Night Race 10km\n\nPeter Lomu won the 10 kilometres race on 31 December 2023 in 27:14. ' +
      'The second best Spaniard was the Catalan Adrià Pujol Serra, ninth with 28:40.';
    expect(racesOf(text)[0]?.results).toEqual([
      ['Peter Lomu', 1, 1634],
      ['Adrià Pujol Serra', 9, 1720],
    ]);
  });
});

describe('news briefs', () => {
  it('"stayed unbeaten over 3000m … to clock 8:34.06" is the race in hand, won in that time', () => {
    const text =
      'ATHLETICS IN BRIEF\n\nOn Sunday 16 February 2025 at the indoor meeting in Toruń:\n\n' +
      "Kenya's Paul Mutai won the men's 800m in 1:45.92.\n\n" +
      "Ethiopia's Almaz Gebre stayed unbeaten this winter over 3000m, kicking away over the final 200 metres " +
      'to clock 8:34.06, a world lead. Her compatriot Sara Haile was second in 8:35.40.';
    const races = racesOf(text);
    expect(races.map((r) => r.event)).toEqual(['3000m', '800m']);
    expect(races[0]?.results).toEqual([
      ['Almaz Gebre', 1, 514.06],
      ['Sara Haile', 2, 515.4],
    ]);
  });

  it('"won …, ahead of A (t) and B (t)" places A second and B third', () => {
    const text =
      "Indoor meeting\n\nOn Sunday 16 February 2025, home favourite Ewa Zielinska won the women's 60m in 7.08, " +
      "ahead of Jamaica's Kadian Brown (7.12) and Switzerland's Nina Vogel (7.14).";
    expect(racesOf(text)[0]?.results).toEqual([
      ['Ewa Zielinska', 1, 7.08],
      ['Kadian Brown', 2, 7.12],
      ['Nina Vogel', 3, 7.14],
    ]);
  });
});

describe('local reports', () => {
  it('a club named with its club word is no person, here or later ("the Box Hill Athletic Club product")', () => {
    const text =
      "Vale wins at the Classic\n\nOn Saturday 8 February 2025, Harrison Vale, the Box Hill Athletic Club product, won the men's 800m " +
      'in 1:45.92. Tom Ridge was second in 1:46.18.\n\nHis coach at Box Hill said little.';
    const people = deriveDataset([{ name: 'report.txt', text }]).athletes.map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Harrison Vale', 'Tom Ridge']));
    expect(people).not.toContain('Box Hill');
  });

  it('a "WOMEN\'S 800m" section heading after the men\'s 800m starts another race', () => {
    const text =
      "Meeting report\n\nOn Saturday 8 February 2025, Harrison Vale won the men's 800m in 1:45.92. " +
      "Tom Ridge was second in 1:46.18.\n\nWOMEN'S 800m\n\nSienna Okoro ran away over the last 200m to win " +
      'in 2:01.44, well clear of Ella Crow, who impressed again to take second in 2:02.10, with Mia Tran ' +
      '(Glenhuntly) third in 2:02.85.';
    const women = racesOf(text).find((r) => r.sex === 'women');
    expect(women?.results).toEqual([
      ['Sienna Okoro', 1, 121.44],
      ['Ella Crow', 2, 122.1],
      ['Mia Tran', 3, 122.85],
    ]);
    expect(racesOf(text).find((r) => r.sex === 'men')?.results).toHaveLength(2);
  });

  it('"El Ouardi" and "Van der Berghe" at a sentence start are the known runner with that surname', () => {
    const text =
      "Steeplechase final\n\nOn 22 August 2025, Morocco's Yassine El Ouardi was second in the men's 3000m steeplechase " +
      'in 8:11.89, behind Abel Tola. El Ouardi had led at the bell.';
    const people = deriveDataset([{ name: 'report.txt', text }]).athletes.map((a) => a.name);
    expect(people).toContain('Yassine El Ouardi');
    expect(people).not.toContain('El Ouardi');
  });
});

describe('road reports', () => {
  it('"second in 59:55 with X, another Kenyan, third in 1:00:21" gives X third and that time', () => {
    const text =
      "City Half Marathon\n\nOn Sunday 5 October 2025, Evans Rono won the men's half marathon in 59:48. " +
      'The Ethiopian Abebe Tola was second in 59:55 with Nick Kirui, another Kenyan, third in 1:00:21.';
    expect(racesOf(text)[0]?.results).toEqual([
      ['Evans Rono', 1, 3588],
      ['Abebe Tola', 2, 3595],
      ['Nick Kirui', 3, 3621],
    ]);
  });
});
