/**
 * A national championships report translated from the Spanish: the winner named as "the athlete from
 * Tolosa", "crowned Spanish 5000 m champion … with a last lap of 55 seconds … and a time of 13
 * minutes, 24 seconds and 57 hundredths", and a heat the day before told as past by a runner who
 * "had won the 5000 m heat on Friday". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Etxeberri reigns again in Getafe',
  '',
  'The Basque runner retains his 5000 m title at the Spanish Championships with an unstoppable finish',
  '',
  'GETAFE (Madrid), Saturday 29 July 2034. — Iker Etxeberri knows the Getafe track like the palm of his hand. For the second year running, the athlete from Tolosa was crowned Spanish 5000 m champion this evening, with a last lap of 55 seconds that left his rivals without answer and a time of 13 minutes, 24 seconds and 57 hundredths.',
  '',
  'Adrián de la Fuente had to settle for silver in 13:26.10.',
  '',
  'The Moroccan-born Youssef Amrani, who had won the 5000 m heat on Friday, did not finish the final.',
].join('\n');

describe('a translated championships report', () => {
  const races = deriveReport(REPORT);

  it('reads "the athlete from Tolosa was crowned … champion" with a time told in words, hundredths and all', () => {
    const final = races.find((r) => r.round?.value === 'final');
    expect(final && resultRows(final)).toEqual([
      ['Iker Etxeberri', 1, 804.57],
      ['Adrián de la Fuente', 2, 806.1],
      ['Youssef Amrani', null, null],
    ]);
    expect(final?.results.find((x) => x.athlete === 'Youssef Amrani')?.status).toBe('dnf');
    expect(final?.date?.value).toBe('2034-07-29');
  });

  it('dates a heat told as past by its weekday, the day before the final', () => {
    const heat = races.find((r) => r.round?.value === 'heat');
    expect(heat && resultRows(heat)).toEqual([['Youssef Amrani', 1, null]]);
    expect(heat?.name).toContain('Spanish Championships');
    expect(heat?.date?.value).toBe('2034-07-28');
  });
});
