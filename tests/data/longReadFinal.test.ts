/**
 * A magazine long read that follows one runner through a championship final: the race named as "One
 * World Championships final.", her semi-final two nights earlier, and her places during the race
 * ("settles on the rail in seventh", "by the bell she is fifth", "for maybe thirty metres she was in
 * third place") before the finish. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const FEATURE =
  'Twelve women. One World Championships final. The Irishwoman Orla Kiely is 27 years old.\n\n' +
  "Two nights earlier, in the second semi-final, she came home third in 4:01.88 behind Kenya's Ruth Chebet, who won it in 4:01.50.\n\n" +
  'The gun. Kiely settles on the rail in seventh, which is where she wants to be. By the bell she is fifth. ' +
  'For maybe thirty metres she was in third place.\n\n' +
  "Ethiopia's Tigist Alemu won in 3:55.41. Chebet took silver in 3:55.90. Kiely crossed the line fourth in 3:56.52.";

describe('a long read that follows one runner through a final', () => {
  const races = deriveReport(FEATURE);
  const round = (name: string) => races.find((r) => r.round?.value === name);

  it('keeps the final apart from the semi-final told before it', () => {
    const semi = round('semi-final');
    expect(semi?.results.map((r) => [r.athlete, r.place?.value ?? null])).toEqual([
      ['Ruth Chebet', 1],
      ['Orla Kiely', 3],
    ]);
  });

  it('takes her place at the finish, not her places during the race', () => {
    const final = round('final');
    expect(final && resultRows(final)).toEqual([
      ['Tigist Alemu', 1, 235.41],
      ['Ruth Chebet', 2, 235.9],
      ['Orla Kiely', 4, 236.52],
    ]);
  });
});
