/**
 * A season feature names the runner's coach in an apposition ("her coach, Sébastien Morel, has
 * spreadsheets"): he is no runner, so "the 26-year-old from Gatineau" in the next sentence is the
 * runner the feature is about. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const FEATURE = [
  'THE YEAR NADIA OKEKE STOPPED WAITING',
  '',
  'Nadia Okeke keeps a notebook. Not a training diary – her coach, Sébastien Morel, has spreadsheets for that – but an exercise book.',
  '',
  'At the Millrose Games in New York on February 11, 2034, the 26-year-old from Gatineau finished sixth in the Wanamaker Mile in 4:28.10.',
].join('\n');

describe('a coach named in an apposition', () => {
  it('is not the runner an age epithet after him refers to', () => {
    const races = deriveReport(FEATURE);
    expect(races.map(resultRows)).toEqual([[['Nadia Okeke', 6, 268.1]]]);
  });
});
