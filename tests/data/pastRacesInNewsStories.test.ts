/**
 * Races told in passing in news stories and reports: a doping story's "most recent appearance … at
 * the meeting in <a town the lexicon does not know>", with "a time that will now be examined" after
 * it and the year of the story's dateline; a national championships report whose headline names the
 * women's 1500 before the championships are named, whose 5000m has a silver told before "the 5000 m
 * heat on Friday"; "finished fourth, the same position she occupied two years ago"; "got third";
 * and "…, and the home crowd's favourite, 19-year-old X, was tenth". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a doping story', () => {
  const races = deriveReport(
    [
      "MONACO, 14 July 2039 – The Athletics Integrity Unit has provisionally suspended Hungary's Ilona Varga-Szenes.",
      '',
      'Varga-Szenes had raced since the test. Her most recent appearance came on 2 July at the meeting in Székesfehérvár, where she clocked 4:03.50 over 1500m, a time that will now be examined as part of the case.',
      '',
      "She is best known for her run at the 2038 European Championships in Rome, where she finished fourth in the 1500m final in 4:00.87, in a race won by Britain's Holly Cartwright.",
    ].join('\n'),
  );

  it('reads a meeting in a town the lexicon does not know as a race of its own, dated in the year of the dateline', () => {
    const meeting = races.find((r) => r.name.includes('Székesfehérvár'));
    expect(meeting && resultRows(meeting)).toEqual([['Ilona Varga-Szenes', null, 243.5]]);
    expect(meeting?.date?.value).toBe('2039-07-02');
  });

  it('keeps the championship final of the year before apart', () => {
    const final = races.find((r) => r.round?.value === 'final');
    expect(final && resultRows(final)).toEqual([
      ['Holly Cartwright', 1, null],
      ['Ilona Varga-Szenes', 4, 240.87],
    ]);
  });
});

describe('a national championships report', () => {
  const races = deriveReport(
    [
      'Etxeberri reigns again in Getafe; Martín-Soto surprises in the 1500',
      '',
      'GETAFE (Madrid), Saturday 29 July 2034. — Iker Etxeberri knows the Getafe track well. He won the 5000 m at the Spanish Championships this evening in 13:24.57.',
      '',
      'De la Fuente had to settle for silver in 13:26.10, and the bronze went to the Catalan Jaime Ruiz Alda in 13:27.84.',
      '',
      "The great surprise of the day came in the women's 1500 m. Nerea Martín-Soto attacked with 300 metres to go and held on to win in 4:08.33.",
      '',
      'The Moroccan-born Youssef Amrani, who had won the 5000 m heat on Friday, did not finish the final.',
    ].join('\n'),
  );

  it("puts a race the headline names before the championships in the championships, on the dateline's day", () => {
    const women = races.find((r) => r.event?.value === '1500m');
    expect(women?.name).toContain('Spanish Championships');
    expect(women?.date?.value).toBe('2034-07-29');
  });

  it('reads a 5000m with a medal told as the final, so "the 5000 m heat" is another race', () => {
    const final = races.find((r) => r.event?.value === '5000m' && r.round?.value === 'final');
    expect(final && resultRows(final).slice(0, 2)).toEqual([
      ['Iker Etxeberri', 1, 804.57],
      ['De la Fuente', 2, 806.1],
    ]);
    const heat = races.find((r) => r.event?.value === '5000m' && r.round?.value === 'heat');
    expect(heat && resultRows(heat)).toEqual([['Youssef Amrani', 1, null]]);
  });
});

describe('places told beside asides', () => {
  it('reads "finished fourth, the same position she occupied two years ago" as this race\'s place', () => {
    const races = deriveReport(
      [
        "ROME (AFP) - Ana Ruiz won the women's 400m hurdles final in 53.10 on Thursday.",
        '',
        "France's Clémence Diallo finished fourth, the same position she occupied two years ago, after fading badly in the home straight.",
      ].join('\n'),
    );
    expect(races).toHaveLength(1);
    expect(races[0] && resultRows(races[0])).toEqual([
      ['Ana Ruiz', 1, 53.1],
      ['Clémence Diallo', 4, null],
    ]);
  });

  it('reads "got third" and "the home crowd\'s favourite, 19-year-old X, was tenth"', () => {
    const races = deriveReport(
      [
        "Berihu Tsega won the men's 3000m at the Nordhalle Indoor Meeting in 7:29.84.",
        '',
        "Kenya's Brian Kipchumba got third. Further back, Canada's Marc-Antoine Tremblay ran 7:41.60, and the home crowd's favourite, 19-year-old Viktor Sandberg, was tenth.",
      ].join('\n'),
    );
    expect(races[0] && resultRows(races[0])).toEqual([
      ['Berihu Tsega', 1, 449.84],
      ['Brian Kipchumba', 3, null],
      ['Viktor Sandberg', 10, null],
      ['Marc-Antoine Tremblay', null, 461.6],
    ]);
  });
});
