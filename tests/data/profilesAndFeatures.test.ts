/**
 * Readings found on held-out set 70 (blogs, features, previews, injury, doping and selection
 * stories): in a profile of a woman runner, her coach is "he" in his own quotes, so a later "she"
 * after a sentence about him is the runner, and "Van der Heijden saw her two years later" is about
 * the runner, not the coach. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a magazine profile of a runner and her coach', () => {
  const races = deriveReport(
    [
      'The Patient Rise of Amina Wekesa',
      '',
      'Amina Wekesa is 23 now, and the Kenyan still answers questions in short sentences before looking at her coach, the Belgian Jef Vandenbroucke.',
      '',
      'Vandenbroucke, who moved to Iten in 2030, saw her a year later at a schools meeting. "She was hopeless over the barriers," he says. "But between them she was floating."',
      '',
      'Vandenbroucke wants more speed, and so this winter the pair went north. At an indoor meeting in Ghent in February she won the 3000m in 8:44.10.',
    ].join('\n'),
  );

  it('does not take "she" for a man the report has called "he"', () => {
    const race = races.find((r) => r.event?.value === '3000m');
    expect(race && resultRows(race)).toEqual([['Amina Wekesa', 1, 524.1]]);
  });
});
