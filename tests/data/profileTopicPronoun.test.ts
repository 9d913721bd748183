/**
 * A magazine profile of one runner: a paragraph that opens on "she" after a rival closed the one
 * before is about the runner profiled, and her coach, named "Her coach, former steeplechaser …", is
 * no one "she" can mean. A "she" that opens a paragraph is never a runner of the men's races. Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const rowsOf = (text: string, part: string) =>
  deriveReport(text)
    .filter((r) => r.name.includes(part))
    .flatMap(resultRows);

describe('a paragraph that opens on a pronoun, in a profile of one runner', () => {
  const profile =
    'THE LONG GAME\n\n' +
    'Maire Kinsella is running faster at 57 than women half her age.\n\n' +
    'Maire Kinsella has already done 14 kilometres this morning. Kinsella will do four more before breakfast.\n\n' +
    'In her twenties Kinsella was a good, not great, international. Kinsella came back at 46.\n\n' +
    'The breakthrough came at the 2034 World Masters Athletics Championships, where Kinsella won the W55 5000m in 17:02.31. ' +
    "Germany's Ute Brandt, the defending champion, was second.\n\n" +
    'Fourteen months later she ran the Dublin Marathon in 2:48:10.\n\n' +
    'Her coach, former steeplechaser Declan Moran, keeps the volume low. "The recovery is the whole job," he says.\n\n' +
    'Last month she ran 29:44 at the Raheny 5 Mile.';

  it('gives the paragraph the runner profiled, not the rival who closed the paragraph before', () => {
    expect(rowsOf(profile, 'Dublin Marathon')).toEqual([['Maire Kinsella', null, 10090]]);
  });

  it('gives a "she" after a paragraph on her coach the runner profiled', () => {
    expect(rowsOf(profile, 'Raheny')).toEqual([['Maire Kinsella', null, 1784]]);
  });

  it('keeps a paragraph\'s "she" off a runner of the men\'s races', () => {
    const report =
      'Cardiff Half Marathon\n\n' +
      "Evans Rono won the men's race at the Cardiff Half Marathon in 1:01:10. Rono broke clear at 15 kilometres. " +
      'Rono was never headed after that. Rono said he was delighted.\n\n' +
      "Hana Girma took the women's race. She won in 1:06:34.\n\n" +
      'She had been second here a year ago.';
    expect(rowsOf(report, "Women's")).toEqual([['Hana Girma', 1, 3994]]);
  });
});
