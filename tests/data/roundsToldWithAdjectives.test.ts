/**
 * A championship round-up numbers its heats in words with adjectives between ("a slow, physical
 * second heat", "the third and final heat"), and a runner's "first-round heat" told after a semi-final
 * is the heat, not another name for that semi-final. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const HEATS = [
  'World Championships 2037, day two',
  '',
  'Nairobi, Saturday 15 August 2037',
  '',
  "In heat one of the men's 1500m, Norway's Sindre Aas won in 3:34.87.",
  '',
  "Britain's Callum Ferrie won a slow, physical second heat in 3:36.12. Australia's Jesse Whitby was fourth in that race in 3:36.40.",
  '',
  "The third and final heat was the fastest of the three, as Ethiopia's Samuel Girmay pushed the pace over the last 700 metres and won in 3:33.61.",
].join('\n');

const SEMI = [
  'Los Angeles 2028: Deschamps misses 800m final',
  '',
  "Canada's Maya Deschamps finished third in the first semi-final of the women's 800m at the Los Angeles 2028 Olympics in 1:58.94, behind Kenya's Lilian Koech, who won in 1:57.81.",
  '',
  'When the third and last semi-final was run 15 minutes later, her time proved 0.12 seconds too slow.',
  '',
  "Two days earlier she had won her first-round heat in 1:59.60, beating Ethiopia's Hirut Tesema.",
].join('\n');

describe('heats numbered in words with adjectives between', () => {
  const races = deriveReport(HEATS);
  const heat = (n: number) => races.find((r) => r.name.endsWith(`heat ${n}`));

  it('reads each heat by its number', () => {
    expect(heat(1) && resultRows(heat(1)!)).toEqual([['Sindre Aas', 1, 214.87]]);
    expect(heat(2) && resultRows(heat(2)!)).toEqual([
      ['Callum Ferrie', 1, 216.12],
      ['Jesse Whitby', 4, 216.4],
    ]);
    expect(heat(3) && resultRows(heat(3)!)).toEqual([['Samuel Girmay', 1, 213.61]]);
  });
});

describe("a runner's first-round heat told after a semi-final", () => {
  const races = deriveReport(SEMI);

  it('is a heat of its own, and a gap told as "too slow" is no time', () => {
    const heats = races.filter((r) => r.name.includes('heat'));
    expect(heats.map(resultRows)).toEqual([[['Maya Deschamps', 1, 119.6]]]);
    const semis = races.filter((r) => r.name.includes('semi-final'));
    expect(semis.flatMap((r) => r.results.map((x) => x.time?.value))).not.toContain(0.12);
  });
});
