/**
 * Readings found on held-out set 68 (wire and newspaper reports on championship rounds): full names
 * with lower-case particles ("María José Echeverri de Ávila", "João Victor dos Santos Oliveira"), an
 * opening "In the 110 metres hurdles, the Brazilian X confirmed his favouritism" after a past race was
 * told, "the first of the two 1,500m semi-finals", a winner's time told "with a French indoor record
 * of 1 minute 59.12 seconds, silencing a crowd that had come to cheer" the runner-up, and "the national
 * trials for the 2027 World Championships … on Saturday, June 26". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a translated wire report on a continental championships', () => {
  const races = deriveReport(
    [
      '[Translated from Spanish]',
      '',
      'Lima, June 20 (EFE).- The Peruvian Ana Lucía Paredes de Souza won the 400 metres hurdles this Sunday at the 2034 South American Athletics Championships with a championship record of 55.31 seconds.',
      '',
      '"This is for my mother," declared the Peruvian, who had been fifth in the final of the previous edition in Quito.',
      '',
      'In the 110 metres hurdles, the Brazilian Tiago Henrique Lopes confirmed his favouritism.',
      '',
      'In the afternoon final, with a favourable wind of 1.6 metres per second, Lopes stopped the clock at 13.44, ahead of the Chilean Felipe Andrés Rojas (13.52).',
      '',
      'On Saturday, the Brazilian Paulo Sérgio dos Reis Almeida had won the 5,000 metres in 13:30.07, with the Colombian Juan Pablo de la Torre Gómez second in 13:30.90.',
    ].join('\n'),
  );

  it('knows runners by full names that hold lower-case particles', () => {
    const long = races.find((r) => r.event?.value === '5000m');
    expect(long && resultRows(long)).toEqual([
      ['Paulo Sérgio dos Reis Almeida', 1, 810.07],
      ['Juan Pablo de la Torre Gómez', 2, 810.9],
    ]);
    const hurdles = races.find((r) => r.event?.value === '400m hurdles' && /2034/.test(r.name));
    expect(hurdles && resultRows(hurdles)).toEqual([['Ana Lucía Paredes de Souza', 1, 55.31]]);
  });

  it('reads an event that opens a sentence on a named runner as a race of the day, whose final comes next', () => {
    const sprint = races.find((r) => r.event?.value === '110m hurdles');
    expect(sprint?.name).toBe('South American Championships 2034 – 110m hurdles final');
    expect(sprint && resultRows(sprint)).toEqual([
      ['Tiago Henrique Lopes', null, 13.44],
      ['Felipe Andrés Rojas', null, 13.52],
    ]);
  });
});

describe('a wire report on a final and its semi-finals', () => {
  const races = deriveReport(
    [
      "MELBOURNE, Aug 22 (Reuters) - Norway's Sindre Vatne won the men's 1,500 metres final at the 2037 World Championships on Saturday in 3:29.84.",
      '',
      "Earlier in the evening Kenya's Winnie Chepkoech eased through the first of the two women's 1,500m semi-finals, winning in 4:01.22 with France's Elise Morel second in 4:01.40.",
      '',
      "The second semi-final was quicker. Ethiopia's Tsion Ayele won in 4:00.87.",
    ].join('\n'),
  );

  it('reads "the first of the two semi-finals" as the first semi-final', () => {
    const first = races.find((r) => r.round?.value === 'semi-final' && /semi-final 1/.test(r.name));
    const second = races.find((r) => r.round?.value === 'semi-final' && /semi-final 2/.test(r.name));
    expect(first && resultRows(first)).toEqual([
      ['Winnie Chepkoech', 1, 241.22],
      ['Elise Morel', 2, 241.4],
    ]);
    expect(second && resultRows(second)).toEqual([['Tsion Ayele', 1, 240.87]]);
  });
});

describe('an agency report of an indoor final', () => {
  const races = deriveReport(
    [
      "Torun (Poland) (AFP) - France's Maëlys Ouattara won the women's 800 metres at the 2033 European Indoor Championships on Sunday, March 6, with a French indoor record of 1 minute 59.12 seconds, silencing a home crowd that had come to cheer Zuzanna Nowicka.",
      '',
      'The Pole took the lead at the bell but was passed on the final bend and finished second in 1:59.48.',
    ].join('\n'),
  );

  it("gives the winner's record time to the winner, not to the runner the crowd came to cheer", () => {
    const final = races.find((r) => r.event?.value === '800m');
    expect(final && resultRows(final)).toEqual([
      ['Maëlys Ouattara', 1, 119.12],
      ['Zuzanna Nowicka', 2, 119.48],
    ]);
  });
});

describe("a daily's report on national trials", () => {
  const races = deriveReport(
    [
      'Kibor tames Otieno as trials end',
      '',
      "Daniel Kibor underlined his status as the country's top two-lap runner when he won the men's 800m final at the national trials for the 2027 World Championships at Nyayo National Stadium on Saturday, June 26.",
      '',
      'Kibor waited behind Samuel Otieno before striking off the final bend to win in 1:43.05. Otieno hung on for second in 1:43.40.',
    ].join('\n'),
  ).filter((r) => r.results.length > 0);

  it('names the trials by the year of the championships they pick for, and dates the final', () => {
    expect(races.map((r) => [r.name, r.date?.value])).toEqual([
      ["National Trials 2027 – Men's 800m final", '2027-06-26'],
    ]);
  });
});
