/**
 * Readings found on held-out sets 50 and 52: championship reports that tell a past edition in passing ("won
 * the 2031 final in Accra in 1:43.02, a race in which …", "who had won the title two years earlier in
 * Turin in 11.05", "took silver in the 2004 final"), the earlier rounds after the final ("had come
 * through the slowest of the three semi-finals", "The semifinals, held two hours earlier, gave little
 * hint of how close the final would be. X won the first …, Y took the second …"), a title before a
 * name ("and defending champion X … had to settle for fifth"), a photo finish "at 10.874 for X and
 * 10.877 for Y", a runner held off before the bronze, and "the NCAA Cross Country Championships",
 * which names no runner. Invented runners, meetings and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a world final with its semi-finals and the previous edition told in passing', () => {
  const races = deriveReport(
    [
      'Okwuosa kicks past Barreto for world 800m gold',
      '',
      "HALDEN, Norway, Aug 21 (Reuters) - Daniel Okwuosa of Nigeria won the men's 800 metres at the world championships on Friday, passing Portugal's Tiago Barreto in the final 40 metres to take gold in one minute 43.11 seconds.",
      '',
      'Barreto held on for silver in 1:43.30, a first medal of the 2033 championships for Portugal.',
      '',
      'Okwuosa had come through the slowest of the three semi-finals, winning it in 1:46.02 after a tactical affair.',
      '',
      "Canada's Ethan Marchetti was fourth, and defending champion Yusuf Demirbas of Turkey, boxed in on the back straight, had to settle for fifth in 1:44.05.",
      '',
      'Demirbas won the 2031 final in Accra in 1:43.02, a race in which Okwuosa, then a 20-year-old, finished sixth.',
    ].join('\n'),
  );
  const final = races.find((r) => r.name.startsWith('2033') && r.round?.value === 'final');

  it('keeps the past edition named by its year out of the final, with the relative clause after it', () => {
    expect(final && resultRows(final)).toEqual([
      ['Daniel Okwuosa', 1, 103.11],
      ['Tiago Barreto', 2, 103.3],
      ['Ethan Marchetti', 4, null],
      ['Yusuf Demirbas', 5, 104.05],
    ]);
    const past = races.find((r) => r.name.startsWith('2031'));
    expect(past && resultRows(past)).toEqual([
      ['Yusuf Demirbas', 1, 103.02],
      ['Daniel Okwuosa', 6, null],
    ]);
  });

  it('reads a semi-final told in the past perfect as its own race, and then goes back to the final', () => {
    const semi = races.find((r) => r.round?.value === 'semi-final');
    expect(semi && resultRows(semi)).toEqual([['Daniel Okwuosa', 1, 106.02]]);
    expect(final?.date?.value).toBe('2033-08-21');
  });
});

describe('a sprint final decided by the photo, with its semi-finals told after it', () => {
  const races = deriveReport(
    [
      "MADRID (AP) — Lotte Verbeek of the Netherlands won the women's 100 meters at the European Championships on Wednesday night, beating Chiara Valsecchi by three thousandths of a second.",
      '',
      'The photo finish split them at 10.874 for the 25-year-old Dutch sprinter and 10.877 for the Italian, who had won the title two years earlier in Turin in 11.05.',
      '',
      "France's Inès Roussel took bronze in 10.95 and Britain's Holly Penrose was fourth in 10.99.",
      '',
      'The semifinals, held two hours earlier, gave little hint of how close the final would be. Verbeek won the first in 10.96, Valsecchi took the second in a faster 10.93, and Roussel won the third in 11.02 with Penrose second behind her in 11.06.',
      '',
      'Valsecchi, 28, was applauded by everyone on her lap of honor, even in second place.',
    ].join('\n'),
  );

  it('gives each time to the runner it is given for, and the past title to its own edition', () => {
    const final = races.find((r) => r.round?.value === 'final');
    expect(final && resultRows(final)).toEqual([
      ['Lotte Verbeek', 1, 10.874],
      ['Chiara Valsecchi', 2, 10.877],
      ['Inès Roussel', 3, 10.95],
      ['Holly Penrose', 4, 10.99],
    ]);
    const past = races.find((r) => r.round === null && r.results.some((x) => x.time?.value === 11.05));
    expect(past && resultRows(past)).toEqual([['Chiara Valsecchi', 1, 11.05]]);
  });

  it('reads each numbered semi-final, a semi-final "taken" as won', () => {
    const semis = races.filter((r) => r.round?.value === 'semi-final').map(resultRows);
    expect(semis).toEqual([
      [['Lotte Verbeek', 1, 10.96]],
      [['Chiara Valsecchi', 1, 10.93]],
      [
        ['Inès Roussel', 1, 11.02],
        ['Holly Penrose', 2, 11.06],
      ],
    ]);
  });
});

describe('a games final with its heats and a past medal told in passing', () => {
  const races = deriveReport(
    [
      'Saturday 2 August 2036',
      '',
      "DURBAN — With 200 metres to go in last night's Commonwealth Games 1,500-metre final, Rhys Penhaligon of Wales stopped thinking and started running.",
      '',
      "Penhaligon crossed in 3:35.12, holding off Kenya's Dennis Kiprotich Rono, who finished in 3:35.30, while South Africa's Sipho Ndlovu lifted the home crowd with bronze in 3:35.61.",
      '',
      "It was a different race to the heats earlier in the week, when Penhaligon had qualified second in his heat in 3:39.02 behind Rono (3:38.90) and looked flat. Ndlovu won the second heat in 3:37.40, the fastest time of the round, with Scotland's Callum Baird second in that race.",
      '',
      "Wales's last Commonwealth 1,500-metre medal came when Penhaligon's coach, Gareth Morgan-Price, took silver in the 2004 final.",
    ].join('\n'),
  );

  it('places the runner held off before the bronze second', () => {
    const final = races.find(
      (r) => r.name.startsWith('Commonwealth Games 2036') && r.round?.value === 'final',
    );
    expect(final && resultRows(final)).toEqual([
      ['Rhys Penhaligon', 1, 215.12],
      ['Dennis Kiprotich Rono', 2, 215.3],
      ['Sipho Ndlovu', 3, 215.61],
    ]);
  });

  it('tells a numbered heat won by another runner from the heat already told', () => {
    const heats = races.filter((r) => r.round?.value === 'heat').map(resultRows);
    expect(heats).toEqual([
      [
        ['Dennis Kiprotich Rono', 1, 218.9],
        ['Rhys Penhaligon', 2, 219.02],
      ],
      [
        ['Sipho Ndlovu', 1, 217.4],
        ['Callum Baird', 2, null],
      ],
    ]);
  });

  it('reads a final of a past year, told after the event in hand, as that edition', () => {
    const past = races.find((r) => r.name.includes('2004'));
    expect(past && resultRows(past)).toEqual([['Gareth Morgan-Price', 2, null]]);
  });
});

describe('a games final with its defending champion relegated and a past edition told twice', () => {
  const races = deriveReport(
    [
      "QUITO, Aug 5 (AFP) - Ecuador's Valentina Cárdenas Ruiz won the women's 200 metres at the 2039 Pan American Games on Friday in 22.41sec, relegating American defending champion Kayla Merriweather to silver.",
      '',
      "Merriweather, who had won the title four years ago in Bogotá in 22.55, crossed in 22.49, while Jamaica's Shanice Barrett took bronze in 22.66.",
      '',
      "The final had to be restarted after the Dominican Republic's Yaritza Mejía was disqualified for a false start. Mejía, fourth at the last Games, left the track in tears.",
    ].join('\n'),
  );

  it('reads "relegating X to silver" as her place, and a disqualification as the runner named', () => {
    const final = races.find((r) => r.name.includes('2039'));
    expect(final && resultRows(final)).toEqual([
      ['Valentina Cárdenas Ruiz', 1, 22.41],
      ['Kayla Merriweather', 2, 22.49],
      ['Shanice Barrett', 3, 22.66],
      ['Yaritza Mejía', null, null],
    ]);
    expect(final?.results.find((x) => x.athlete === 'Yaritza Mejía')?.status).toBe('dq');
  });

  it('puts "four years ago" and "the last Games" in the one past edition', () => {
    const past = races.find((r) => r.name.includes('2035'));
    expect(past && resultRows(past)).toEqual([
      ['Kayla Merriweather', 1, 22.55],
      ['Yaritza Mejía', 4, null],
    ]);
  });
});

describe('a world final whose own year is told only at the end', () => {
  const races = deriveReport(
    [
      "PERTH, Sept 10 (Reuters) - Norway's Ingrid Solheim won the women's 1,500 metres at the world championships on Saturday in three minutes 57.02 seconds.",
      '',
      "Kenya's Mercy Chepkoech, who won the 2037 final in Oslo in 3:55.10 and the 2035 title before that, fell on the last lap.",
      '',
      "Solheim ran 4:02.11 to win the second of Thursday's three semi-finals, while Chepkoech took the first semi-final in 4:01.50.",
      '',
      'The 2039 championships conclude on Sunday with the relays.',
    ].join('\n'),
  );

  it('dates the final by the year the championships are told in, not a past edition of a relative clause', () => {
    const final = races.find((r) => r.round?.value === 'final' && r.name.startsWith('2039'));
    expect(final?.date?.value).toBe('2039-09-10');
    expect(final && resultRows(final)).toEqual([['Ingrid Solheim', 1, 237.02]]);
  });

  it("gives the time told with the first of two past years to that year's edition", () => {
    const past = races.find((r) => r.name.startsWith('2037'));
    expect(past && resultRows(past)).toEqual([['Mercy Chepkoech', 1, 235.1]]);
  });

  it('numbers the semi-final told as "the second of Thursday\'s three", on that Thursday', () => {
    const semi = (n: number) =>
      races.find((r) => r.round?.value === 'semi-final' && r.name.endsWith(`semi-final ${n}`));
    expect([1, 2].map((n) => semi(n) && resultRows(semi(n)!))).toEqual([
      [['Mercy Chepkoech', 1, 241.5]],
      [['Ingrid Solheim', 1, 242.11]],
    ]);
    expect(semi(2)?.date?.value).toBe('2039-09-08');
  });
});

describe('a season review that names cross-country championships', () => {
  const races = deriveReport(
    [
      'The Otters opened at the Lakeshore Athletic Conference Cross Country Championships on October 30, 2036, where sophomore Wren Castellano-Hayes won the 6K title in 19:40.1.',
      '',
      'Three weeks later, at the NCAA Cross Country Championships on November 20, Castellano-Hayes produced the run of her life. Sitting outside the top 30 at the 2K mark, she crossed the line fourth in 19:29.6.',
    ].join('\n'),
  );

  it('takes no runner from the words of a cross-country meeting', () => {
    const runners = new Set(races.flatMap((r) => r.results.map((x) => x.athlete)));
    expect([...runners]).toEqual(['Wren Castellano-Hayes']);
    const ncaa = races.find((r) => r.name.startsWith('NCAA'));
    expect(ncaa && resultRows(ncaa)).toEqual([['Wren Castellano-Hayes', 4, 1169.6]]);
  });
});

describe('a continental final whose year is told only in a relative clause on a heat', () => {
  const races = deriveReport(
    [
      "ACCRA, Ghana — Kenya's Purity Wanjiku won the women's steeplechase at the African Athletics Championships here on Wednesday, June 26, in 9:22.40.",
      '',
      'Wanjiku, who had won her heat on the opening day of the 2030 championships on Monday in 9:41.02, is fourth at the last Olympics in Los Angeles.',
    ].join('\n'),
  );

  it("takes the report's year from the championships named there", () => {
    const final = races.find((r) => r.results.some((x) => x.time?.value === 562.4));
    expect(final?.date?.value).toBe('2030-06-26');
  });
});

describe('a world final with a runner fourth at the last Games', () => {
  const races = deriveReport(
    [
      "DOHA, Aug. 19, 2037 (AP) — Brianna Okafor-Lee won the women's 400-meter hurdles at the world championships on Wednesday night in 51.70, relegating Lieke Smits of the Netherlands to silver.",
      '',
      'Smits, who won the title two years ago in 52.31, could not match her. "I attacked it," said Okafor-Lee, fourth at the last Games.',
    ].join('\n'),
  );

  it('keeps an Olympic place out of the world championships told before it', () => {
    const past = races.find((r) => r.name.startsWith('2035'));
    expect(past && resultRows(past)).toEqual([['Lieke Smits', 1, 52.31]]);
  });
});
