import { describe, expect, it } from 'vitest';
import { addDays, findDates, isoOf, weekdayOf } from '../../src/data/findDates';

const dates = (text: string) => findDates(text, 0, text.length);

describe('findDates', () => {
  it('findDates(text, from, to) reads "August 10, 2024" as an absolute date with its span', () => {
    const text = 'The final was held on August 10, 2024 in Paris.';
    const [d] = dates(text);
    expect(d).toMatchObject({ type: 'absolute', year: 2024, month: 8, day: 10 });
    expect(text.slice(d?.at, d?.end)).toBe('August 10, 2024');
  });

  it('findDates reads day-month forms ("10 August 2024", "6th August 2024", "on 6 August.")', () => {
    expect(dates('On 10 August 2024 the final was run.')[0]).toMatchObject({
      type: 'absolute',
      year: 2024,
      month: 8,
      day: 10,
    });
    expect(dates('Hocker won on 6th August 2024.')[0]).toMatchObject({
      type: 'absolute',
      year: 2024,
      month: 8,
      day: 6,
    });
    expect(dates('Hocker won on 6 August.')[0]).toMatchObject({
      type: 'absolute',
      year: null,
      month: 8,
      day: 6,
    });
  });

  it('findDates reads ISO dates and abbreviated months ("2024-08-06", "Aug. 6")', () => {
    expect(dates('It was 2024-08-06.')[0]).toMatchObject({ type: 'absolute', year: 2024, month: 8, day: 6 });
    expect(dates('Aug. 6 was the day.')[0]).toMatchObject({ type: 'absolute', year: null, month: 8, day: 6 });
  });

  it('findDates does not take "May" the word or a name for the month', () => {
    expect(dates('He may 12 times have tried.')).toEqual([]);
    expect(dates('May Smith ran in May 12.')).toEqual([expect.objectContaining({ month: 5, day: 12 })]);
  });

  it('findDates does not read a place and a first name that is also a month as a date ("4 Jan Novák")', () => {
    expect(dates('4 Jan Novák CZE 3:38.02')).toEqual([]);
  });

  it('findDates skips dates about something else (a birthday, a future race, a deadline)', () => {
    expect(dates('He was born on May 5 1990.')).toEqual([]);
    expect(dates('Kerr will race on June 12.')).toEqual([]);
    expect(dates('Entries are open until July 1.')).toEqual([]);
  });

  it('findDates reads weekdays, with "night" and possessive forms, as 0 = Sunday … 6 = Saturday', () => {
    expect(dates('On Tuesday night Hocker won.')).toEqual([{ at: 3, end: 16, type: 'weekday', weekday: 2 }]);
    expect(dates("Saturday's race was quick.")).toEqual([{ at: 0, end: 10, type: 'weekday', weekday: 6 }]);
  });

  it('findDates reads a weekday and a date in the same sentence separately', () => {
    expect(dates('The race on Sunday, August 4, was fast.').map((d) => d.type)).toEqual([
      'weekday',
      'absolute',
    ]);
  });

  it('findDates reads relative days later and earlier ("two days later", "the day before", "a week later")', () => {
    expect(dates('Two days later he won again.')).toEqual([
      expect.objectContaining({ type: 'relative', days: 2 }),
    ]);
    expect(dates('Three days earlier he ran 1:45.')).toEqual([
      expect.objectContaining({ type: 'relative', days: -3 }),
    ]);
    expect(dates('The day before, he had lost.')).toEqual([
      expect.objectContaining({ type: 'relative', days: -1 }),
    ]);
    expect(dates('A week later he won in Oslo.')).toEqual([
      expect.objectContaining({ type: 'relative', days: 7 }),
    ]);
    expect(dates('The following day Kerr won.')).toEqual([
      expect.objectContaining({ type: 'relative', days: 1 }),
    ]);
  });

  it('findDates reads the same day ("later that day", "earlier in the day", "an hour later") as 0 days', () => {
    expect(dates('She won the 200m later that day.')).toEqual([
      expect.objectContaining({ type: 'relative', days: 0 }),
    ]);
    expect(dates('Kerr won his heat earlier in the day.')).toEqual([
      expect.objectContaining({ type: 'relative', days: 0 }),
    ]);
    expect(dates('Two hours later, Bol won.')).toEqual([
      expect.objectContaining({ type: 'relative', days: 0 }),
    ]);
    expect(dates('Later, she won the 200m.')).toEqual([
      expect.objectContaining({ type: 'relative', days: 0 }),
    ]);
  });

  it('findDates reads "N days after <doing>" as the race named next having been run N days before', () => {
    const text = 'Four days after winning the 5,000m, he took the 10,000m.';
    expect(dates(text)).toEqual([{ at: 0, end: 16, type: 'since', days: 4 }]);
  });

  it("findDates reads 'within' phrases as a window before or after a competition", () => {
    expect(dates('Less than two months before the Games, he ran in Oslo.')).toEqual([
      { at: 0, end: 27, type: 'within', days: 62, direction: 'before' },
    ]);
    expect(dates('Just three weeks before the Olympics he ran.')).toEqual([
      expect.objectContaining({ type: 'within', days: 21, direction: 'before' }),
    ]);
    expect(dates('It came less than two weeks after the Olympics.')).toEqual([
      expect.objectContaining({ type: 'within', days: 14, direction: 'after' }),
    ]);
  });

  it('findDates reads "ten days after the trials" as the trials run ten days before', () => {
    expect(dates('It came only ten days after the trials.')).toEqual([
      expect.objectContaining({ type: 'since', days: 10 }),
    ]);
  });

  it('findDates does not read "four days before the Games" as a relative date of the race', () => {
    expect(dates('He ran four days before the Games.')).toEqual([]);
  });

  it('findDates returns findings in text order with offsets into the whole text', () => {
    const text = 'Ignore this. On Monday, and two days later on August 8, 2024.';
    const from = text.indexOf('On');
    const found = findDates(text, from, text.length);
    expect(found.map((d) => d.type)).toEqual(['weekday', 'relative', 'absolute']);
    expect(found.every((d, i) => i === 0 || (found[i - 1]?.at ?? 0) <= d.at)).toBe(true);
    expect(text.slice(found[2]?.at, found[2]?.end)).toBe('August 8, 2024');
  });

  it('findDates finds nothing in a sentence without a date', () => {
    expect(dates('Hocker won the final in 3:27.65.')).toEqual([]);
  });
});

describe('isoOf, addDays, weekdayOf', () => {
  it('isoOf(year, month, day) writes a valid date as yyyy-mm-dd and refuses an impossible one', () => {
    expect(isoOf(2024, 8, 6)).toBe('2024-08-06');
    expect(isoOf(2024, 2, 29)).toBe('2024-02-29');
    expect(isoOf(2023, 2, 29)).toBeNull();
    expect(isoOf(2024, 6, 31)).toBeNull();
  });

  it('addDays(iso, days) crosses month and year ends both ways', () => {
    expect(addDays('2024-08-06', -7)).toBe('2024-07-30');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('weekdayOf(iso) is 0 for Sunday … 6 for Saturday', () => {
    expect(weekdayOf('2024-08-06')).toBe(2);
    expect(weekdayOf('2024-08-04')).toBe(0);
  });

  it('findDates reads "on the 4th" as a day of the report\'s month, or of the month before when it is still to come', () => {
    const text = 'The final was held on the 4th at the city stadium.';
    const [d] = findDates(text, 0, text.length, '2036-05-05');
    expect(d).toMatchObject({ type: 'absolute', year: 2036, month: 5, day: 4 });
    expect(text.slice(d?.at, d?.end)).toBe('on the 4th');
    expect(findDates('It was run on the 28th, in the rain.', 0, 36, '2036-01-03')[0]).toMatchObject({
      year: 2035,
      month: 12,
      day: 28,
    });
  });

  it('findDates takes no day of the month from "on the 4th lap" or without the report\'s date', () => {
    expect(findDates('She fell on the 4th lap.', 0, 24, '2036-05-05')).toEqual([]);
    expect(findDates('The final was held on the 4th at the stadium.', 0, 45)).toEqual([]);
  });
});
