/**
 * A long championship report in a feature style: a fronted phrase that names a stadium before the
 * subject, a past final whose scene a paragraph sets, an earlier round told in the past perfect,
 * relative clauses between a runner and her verb ("X, whose move … , paid for it and finished
 * fourth"), and a possessive after a verb. Invented runners, venues and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Marsh takes European 800m gold\n\nAna Kovac at the Riverside Stadium\nFriday 14 August 2026\n\n' +
  "Lena Marsh won the women's 800m final at the European Championships. " +
  'With 80 metres left, and with the crowd making the noise normally kept for Elm Park, Marsh found a gap. ' +
  'She crossed the line in 1:57.20, with Petra Voss second in 1:57.61. ' +
  "Poland's Ewa Nowak, who had spent the last lap looking spent but somehow kept her arms pumping, took bronze in 1:58.02.\n\n" +
  "At last year's World Championships the pair were a podium apart. " +
  'Voss won that final in 1:56.90, with Marsh third in 1:57.45. ' +
  'Voss, coached by her mother and immune to the nonsense of so many 800m finals, had beaten Marsh in each of their four meetings since.\n\n' +
  "Marsh had scraped into the final as a fastest loser from Wednesday's semis. " +
  'Mia Berg, whose brave move at 300m briefly hauled her into second, paid for it and finished fourth in 1:58.40. ' +
  "Uganda's Rose Akot, who had gone out too fast in her heat, paid for it here and faded to seventh in 1:59.90.";

const races = () => deriveReport(text);

describe('a championship feature report', () => {
  it('gives "She crossed the line" to the subject after a fronted phrase that names a stadium', () => {
    const final = races().find((r) => r.date?.value === '2026-08-14');
    expect(final && resultRows(final)).toEqual([
      ['Lena Marsh', 1, 117.2],
      ['Petra Voss', 2, 117.61],
      ['Ewa Nowak', 3, 118.02],
      ['Mia Berg', 4, 118.4],
      ['Rose Akot', 7, 119.9],
    ]);
  });

  it('reads a past final in the paragraph that sets its scene, and returns to the race reported after it', () => {
    const past = races().find((r) => /World Championships/.test(r.name));
    expect(past && resultRows(past)).toEqual([
      ['Petra Voss', 1, 116.9],
      ['Lena Marsh', 3, 117.45],
    ]);
  });

  it('keeps an earlier round told in the past perfect from becoming the race in hand', () => {
    expect(
      races()
        .filter((r) => r.round?.value === 'semi-final')
        .flatMap((r) => r.results),
    ).toEqual([]);
  });
});
