/**
 * "The result turns last year's world championship final on its head. In Beijing, Morrison won
 * gold in 9.83": a sentence that opens on the host city of a past championship told just before
 * tells that race, for its paragraph; the report then goes on with its own race. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a past championship's city opening a sentence", () => {
  it('puts the result told after "In Beijing," in last year\'s championship, and the next paragraph back in the Games', () => {
    const races = deriveReport(
      "Jamal Whitcombe won the men's 100m final at the Los Angeles 2028 Games on Sunday, July 16, in 9.791, with Tavian Morrissey second in 9.794.\n\n" +
        "The result turns last year's world championship final on its head. In Beijing, Morrissey won gold in 9.83.\n\n" +
        "Britain's Daniel Osei was fifth in 9.93.",
    );
    const rowsOf = (part: string): unknown => {
      const race = races.find((r) => r.name.includes(part));
      return race && resultRows(race);
    };
    expect(races).toHaveLength(2);
    expect(rowsOf('Los Angeles 2028')).toEqual([
      ['Jamal Whitcombe', 1, 9.791],
      ['Tavian Morrissey', 2, 9.794],
      ['Daniel Osei', 5, 9.93],
    ]);
    expect(rowsOf('Beijing')).toEqual([['Tavian Morrissey', 1, 9.83]]);
  });
});
