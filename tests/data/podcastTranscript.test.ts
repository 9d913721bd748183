/**
 * A podcast transcript: time stamps ("[00:02:21]") are no times, speaker labels ("MAYA:") and a
 * host's "I'm Maya Castell" name no runner, and "a minute forty-three flat" is a time said aloud.
 * Invented runners, hosts and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'THE KICK PODCAST',
  '',
  "[00:00:04] MAYA: Hey everybody, welcome back, I'm Maya Castell.",
  '',
  "[00:00:07] DEV: And I'm Dev Ramani. What a weekend at the 2033 Prefontaine Classic.",
  '',
  "[00:00:19] DEV: We have to start with the men's 800. Jalen Whitford wins in 1:42.88.",
  '',
  '[00:01:01] MAYA: Same. Kagiso Motsumi ends up running a minute forty-three flat for second, which is a great run.',
  '',
  '[00:02:21] MAYA: Do not quote us, check the results.',
].join('\n');

describe('a podcast transcript', () => {
  const races = deriveReport(REPORT);

  it('reads the race the hosts talk about, with the time said aloud', () => {
    expect(races.map(resultRows)).toEqual([
      [
        ['Jalen Whitford', 1, 102.88],
        ['Kagiso Motsumi', 2, 103],
      ],
    ]);
  });

  it('gives the hosts no results and reads no time stamp as a time', () => {
    const athletes = races.flatMap((r) => r.results.map((x) => x.athlete));
    expect(athletes.filter((a) => /Maya|Dev|Ramani|Castell/.test(a))).toEqual([]);
  });
});
