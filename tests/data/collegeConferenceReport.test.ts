/**
 * A college conference report: it opens on last year's race, dates its races by weekday against the
 * report's own date, tells a heat in passing while reporting the final, and uses "the first mile" and
 * a mid-race position. Invented runners, teams and times.
 */
import { describe, expect, it } from 'vitest';
import { findRaceMentions } from '../../src/data/findRaceMentions';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Nolan wins at last; Brandt just misses in 1,500\n\nPublished Sunday, May 10, 2026\n\n' +
  'Twelve months ago, the junior Ella Nolan came into the Summit 10 Outdoor Championships 5,000 meters as an outside hope and left in sixth place. ' +
  'Friday night at Harlow Field, she was the one everybody had to chase.\n\n' +
  "Nolan won the women's 5,000 in 15:40.12, outkicking Rita Kamau over the final 200 meters.\n\n" +
  'The pack dawdled through the first mile in 5:12 before Kamau pushed on. Kamau finished second in 15:42.50.\n\n' +
  'Saturday belonged, almost, to another of the home team.\n\n' +
  "Jonas Brandt came into the men's 1,500 final as the fastest qualifier after winning his heat Thursday in 3:44.90. " +
  'But Pedro Salas, who had sat in fifth for most of the race, caught Brandt a few strides from the line. ' +
  'Salas won in 3:41.10. Brandt was second in 3:41.45.';

const summary = () =>
  deriveReport(text).map((r) => ({
    date: r.date?.value ?? null,
    round: r.round?.value ?? null,
    rows: resultRows(r),
  }));

describe('a college conference report', () => {
  it("keeps last year's place out of this year's race in the same event", () => {
    const race = summary().find((r) => r.rows.some(([, place, time]) => place === 1 && time === 940.12));
    expect(race?.rows).toEqual([
      ['Ella Nolan', 1, 940.12],
      ['Rita Kamau', 2, 942.5],
    ]);
  });

  it('dates a race by the weekday told before it is named, and the next race by its own weekday', () => {
    const races = summary();
    expect(races.find((r) => r.rows[0]?.[0] === 'Ella Nolan' && r.rows[0]?.[1] === 1)?.date).toBe(
      '2026-05-08',
    );
    expect(races.find((r) => r.round === 'final' && r.rows[0]?.[0] === 'Pedro Salas')?.date).toBe(
      '2026-05-09',
    );
  });

  it('puts the heat won "Thursday" in a heat of its own and leaves the mid-race position out of the final', () => {
    const races = summary();
    expect(races.find((r) => r.round === 'heat')).toEqual({
      date: '2026-05-07',
      round: 'heat',
      rows: [['Jonas Brandt', 1, 224.9]],
    });
    expect(races.find((r) => r.round === 'final')?.rows).toEqual([
      ['Pedro Salas', 1, 221.1],
      ['Jonas Brandt', 2, 221.45],
    ]);
  });

  it('reads no mile race in "through the first mile", and reads a numbered conference and an unitless final', () => {
    const kinds = findRaceMentions(text, 0, text.length).map((m) => [
      text.slice(m.start, m.end),
      m.event?.label ?? null,
      m.round,
    ]);
    expect(kinds).not.toContainEqual(expect.arrayContaining(['mile']));
    expect(kinds).toContainEqual(['Summit 10 Outdoor Championships', null, null]);
    expect(kinds).toContainEqual(["men's 1,500 final", '1500m', 'final']);
  });
});
