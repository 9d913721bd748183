/**
 * A federation press release: "set a new national record … at the Paavo Nurmi Games, a World
 * Athletics Continental Tour Gold meeting" states no gold medal; the runner's place is the one the
 * next sentence gives. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Oeiras, 17 June 2036',
  '',
  "The Federation is delighted to announce that Duarte Mendes set a new national record in the men's 400 metres on Monday, 16 June, at the Paavo Nurmi Games in Turku, a World Athletics Continental Tour Gold meeting.",
  '',
  'Mendes finished second in a time of 44.71 seconds, behind the American Cory Danford, who won in 44.52.',
].join('\n');

describe("a meeting's level named in a press release", () => {
  it('gives no place from "Continental Tour Gold"', () => {
    const { conflicts } = deriveDataset([{ name: 'report.txt', text: REPORT }]);
    expect(conflicts.filter((c) => c.field === 'place')).toEqual([]);
    expect(deriveReport(REPORT).map(resultRows)).toEqual([
      [
        ['Cory Danford', 1, 44.52],
        ['Duarte Mendes', 2, 44.71],
      ],
    ]);
  });
});
