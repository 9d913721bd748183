/**
 * A news agency's world indoor final filed without a year in its dateline, a statistics column under
 * headings in capitals, and runners-up told as "runner-up". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { findRaceMentions } from '../../src/data/findRaceMentions';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('an agency wire on a world indoor final, with its heats two days earlier', () => {
  const races = deriveReport(
    'Athletics: Wolde wins world indoor 3,000m gold\n\n' +
      "GLASGOW, March 9 (AFP) - Ethiopia's Abel Wolde won the men's 3,000m final at the world indoor " +
      'championships on Sunday, holding off Callum Breheny.\n\n' +
      'Wolde stopped the clock at 7:41.07 before exploding over the last three laps of the 200-metre oval. ' +
      'Breheny took silver in 7:41.19.\n\n' +
      "The final had been shaped two days earlier in Friday's heats, when Wolde won the first of two " +
      'qualifying races in 7:45.83.\n\n' +
      'It was the last day of the 2031 edition of the championships. ' +
      'The next world indoor championships will be held in 2033.',
  );

  it('dates the final by the edition the report tells, not the one it looks forward to', () => {
    const final = races.find((r) => r.results.some((x) => x.time?.value === 461.07));
    expect(final && resultRows(final)).toEqual([
      ['Abel Wolde', 1, 461.07],
      ['Callum Breheny', 2, 461.19],
    ]);
    expect(final?.date?.value).toBe('2031-03-09');
  });

  it('reads "the first of two qualifying races" as the first heat', () => {
    const heat = races.find((r) => r.results.some((x) => x.time?.value === 465.83));
    expect(heat?.round?.value).toBe('heat');
    expect(heat?.date?.value).toBe('2031-03-07');
  });

  it('takes a "200-metre oval" or "400m track" for the track, not a race', () => {
    expect(races.map((r) => r.event?.value)).not.toContain('200m');
    const text = 'Crowds packed the 200-metre oval, a faster 400m track than most.';
    expect(findRaceMentions(text, 0, text.length)).toEqual([]);
  });
});

describe('runners-up', () => {
  it('reads "was runner-up in" as second place, and "Runner-up" before a name as no part of it', () => {
    const [race] = deriveReport(
      "Ana Kerr won the women's mile in 4:17.10. Jo Hocker was runner-up in 4:17.50. Runner-up Jo Hocker " +
        'said she was pleased.',
    );
    expect(race && resultRows(race)).toEqual([
      ['Ana Kerr', 1, 257.1],
      ['Jo Hocker', 2, 257.5],
    ]);
  });
});

describe('a statistics column under headings in capitals', () => {
  it('reads the meeting and its day from "OSLO, BISLETT GAMES - 9 June"', () => {
    const races = deriveReport(
      'By Erik Dahl | 28 June 2033\n\n' +
        'OSLO, BISLETT GAMES - 9 June\n\n' +
        "Sindre Haugland won the men's 1500m in 3:30.41, holding off Kenya's Elijah Rotich, who was " +
        'runner-up in 3:30.77.',
    );
    const race = races.find((r) => r.results.some((x) => x.athlete === 'Sindre Haugland'));
    expect(race?.name).toMatch(/Oslo/);
    expect(race?.date?.value).toBe('2033-06-09');
    expect(race && resultRows(race)).toEqual([
      ['Sindre Haugland', 1, 210.41],
      ['Elijah Rotich', 2, 210.77],
    ]);
  });
});

describe('a standfirst whose winner is told by an epithet', () => {
  it('gives no win to the runner beaten "with" whom the final was decided', () => {
    const races = deriveReport(
      'Mendi rules Europe by two hundredths\n\n' +
        "The Bilbao runner wins 800m gold after a photo finish with France's Theo Lacombe.\n\n" +
        "Alvaro Mendi won the men's 800m at the European Championships in 1:44.37, with Theo Lacombe " +
        'second in 1:44.39.',
    );
    const race = races.find((r) => r.results.some((x) => x.athlete === 'Alvaro Mendi'));
    expect(race && resultRows(race)).toEqual([
      ['Alvaro Mendi', 1, 104.37],
      ['Theo Lacombe', 2, 104.39],
    ]);
  });
});

describe('a podium told after a relative clause', () => {
  it('gives the bronze to "Bahrain\'s Ethiopia-born Birhanu Tadesse", not to the runner the relative clause was about', () => {
    const [race] = deriveReport(
      "Rohit Yadav won the men's 5000m in 13:24.61. He held off Japan's Kenta Morishita, who finished " +
        "second in 13:25.08, while Bahrain's Ethiopia-born Birhanu Tadesse took the bronze in 13:26.40.",
    );
    expect(race && resultRows(race)).toEqual([
      ['Rohit Yadav', 1, 804.61],
      ['Kenta Morishita', 2, 805.08],
      ['Birhanu Tadesse', 3, 806.4],
    ]);
  });
});

describe('a statistics column of meetings under capital headings, each with a "Winner:" line', () => {
  const races = deriveReport(
    'By Erik Dahl | 28 June 2033\n\n' +
      'OSLO, BISLETT GAMES - 9 June\n' +
      'Winner: Sindre Haugland (NOR), 3:30.41\n\n' +
      "The home favourite held off Kenya's Elijah Rotich, who was runner-up in 3:30.77.\n\n" +
      'STOCKHOLM, BAUHAUS-GALAN - 19 June\n' +
      'Winner: Elijah Rotich (KEN), 3:29.95\n\n' +
      'Ten days later Rotich turned the tables. Haugland was second in 3:30.12.\n\n' +
      'PARIS, MEETING DE PARIS - 26 June\n' +
      'Winner: Getnet Alemu (ETH), 3:28.64\n',
  );

  it('reads each meeting, its day and its winner from the heading and the "Winner:" line', () => {
    expect(races.map((r) => [r.name.replace(/ – .*/, ''), r.date?.value, ...resultRows(r)])).toEqual([
      [
        'Oslo Diamond League 2033',
        '2033-06-09',
        ['Sindre Haugland', 1, 210.41],
        ['Elijah Rotich', 2, 210.77],
      ],
      [
        'Stockholm Diamond League 2033',
        '2033-06-19',
        ['Elijah Rotich', 1, 209.95],
        ['Sindre Haugland', 2, 210.12],
      ],
      ['Paris Diamond League 2033', '2033-06-26', ['Getnet Alemu', 1, 208.64]],
    ]);
  });
});

describe('a win told after "before" and an apposition', () => {
  it('gives the win to the runner named after "before", not to the leader she passed', () => {
    const races = deriveReport(
      "At the 2031 World Championships, Winnie Achieng led the women's 3000m steeplechase final into the " +
        'last water jump before Brenda Jepkorir, the more experienced of the two, came past her on the ' +
        'run-in to win in 8:51.20. The Ugandan was second in 8:51.64.',
    );
    const race = races.find((r) => r.results.some((x) => x.time?.value === 531.2));
    expect(race && resultRows(race)).toEqual([
      ['Brenda Jepkorir', 1, 531.2],
      ['Winnie Achieng', 2, 531.64],
    ]);
  });
});

describe('a win missed', () => {
  it('reads "came within a stride of a famous home victory" as no win', () => {
    const [race] = deriveReport(
      "Sindre Aasheim came within a stride of a famous home victory in the men's 5000m. Aasheim was " +
        'runner-up in 12:52.10.',
    );
    expect(race && resultRows(race)).toEqual([['Sindre Aasheim', 2, 772.1]]);
  });
});

describe('two times set against each other in a clause after another runner was named', () => {
  it('gives the first time to the clause\'s subject ("the Briton edged her out in 1:57.03 to 1:57.40")', () => {
    const [race] = deriveReport(
      "Britain's Eloise Ferncombe won the women's 800m. Kenya's Mary Kariuki fought back down the home " +
        'straight, but the Briton edged her out in 1:57.03 to 1:57.40.',
    );
    expect(race && resultRows(race)).toEqual([
      ['Eloise Ferncombe', 1, 117.03],
      ['Mary Kariuki', null, 117.4],
    ]);
  });
});
