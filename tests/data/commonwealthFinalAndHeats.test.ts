/**
 * Readings found on held-out set 43: a New Zealand paper's Commonwealth 1500m final ("Kiwi snatches
 * Commonwealth 1500m crown"), with its splits told by distance ("800m came up in 2:02.5"), the
 * favourite set off in an apposition on the heats ("the pre-race favourite after the fastest time of
 * the heats, … faded to ninth"), and the winner's heat told after an idiom ("he had looked anything
 * but a champion, finishing fourth in heat two"). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a paper's Commonwealth Games final and its heats", () => {
  const races = deriveReport(
    [
      'Kiwi snatches Commonwealth 1500m crown two days after scraping through heats',
      '',
      'By Sarah Penrose',
      'Sunday, July 30, 2034',
      '',
      "Last night Hamish Te Rangi won the men's 1500 metres in 3min 33.71s, edging Kenya's Emmanuel Kiprop Tanui (3:33.80) on the line.",
      '',
      "Australia's Callum Fitzroy-Reid, the pre-race favourite after the fastest time of the heats, paid for leading the middle laps and faded to ninth.",
      '',
      'The first lap was a dawdling 61.2s and 800m came up in 2:02.5 before Fitzroy-Reid went to the front.',
      '',
      'On Thursday Te Rangi had looked anything but a champion, finishing fourth in heat two in 3:38.92.',
    ].join('\n'),
  );

  it('names the race after the Commonwealth crown of its headline', () => {
    expect(races.map((r) => r.competition?.value.kind)).toEqual(['commonwealth', 'commonwealth']);
  });

  it('keeps the favourite told beside the heats in the final, and takes no race from a split', () => {
    const final = races.find((r) => r.round?.value === 'final');
    expect(final && resultRows(final)).toEqual([
      ['Hamish Te Rangi', 1, 213.71],
      ['Callum Fitzroy-Reid', 9, null],
      ['Emmanuel Kiprop Tanui', null, 213.8],
    ]);
    expect(races.some((r) => r.event?.value === '800m')).toBe(false);
  });

  it('reads the heat told after "anything but a champion", on its Thursday', () => {
    const heat = races.find((r) => r.round?.value === 'heat');
    expect(heat && resultRows(heat)).toEqual([['Hamish Te Rangi', 4, 218.92]]);
    expect(heat?.date?.value).toBe('2034-07-27');
  });
});
