import { describe, expect, it } from 'vitest';
import { findPublicationDate, publicationLines } from '../../src/data/findPublicationDate';

describe('findPublicationDate', () => {
  it('findPublicationDate(text, year) reads a wire dateline, taking the year given when the line has none', () => {
    const text = 'PARIS, Aug 10 (Reuters) - Kerr won the 1500m.\nMore text.';
    expect(findPublicationDate(text, 2024)).toEqual({
      date: '2024-08-10',
      start: 0,
      end: 45,
      headerOnly: false,
    });
  });

  it('findPublicationDate returns null for a dateline without a year when none is given', () => {
    expect(findPublicationDate('PARIS, Aug 10 (Reuters) - Kerr won the 1500m.', null)).toBeNull();
  });

  it('findPublicationDate reads a byline with a date and a reading time as a header line', () => {
    const text = 'Kerr wins gold\nBy Pieter Smeets | 13 April 2025 | 4 min read\nKerr won on Saturday.';
    const found = findPublicationDate(text, null);
    expect(found).toEqual({ date: '2025-04-13', start: 15, end: 60, headerOnly: true });
    expect(text.slice(found?.start, found?.end)).toBe('By Pieter Smeets | 13 April 2025 | 4 min read');
  });

  it('findPublicationDate reads a header with weekday, time and time zone ("Fri 9 Aug 2024 22.05 BST")', () => {
    expect(findPublicationDate('Title\nFri 9 Aug 2024 22.05 BST\nThe race.', null)).toMatchObject({
      date: '2024-08-09',
      headerOnly: true,
    });
  });

  it('findPublicationDate reads "Updated August 7, 2024" and a line that is only a date', () => {
    expect(findPublicationDate('Updated August 7, 2024\nThe race.', null)?.date).toBe('2024-08-07');
    expect(findPublicationDate('Title\n6 August 2024\n', null)?.date).toBe('2024-08-06');
  });

  it('findPublicationDate does not take the date of a race told in the report for the publication date', () => {
    expect(
      findPublicationDate('Title\nKerr won the race on August 6, 2024, beating Hocker.\n', null),
    ).toBeNull();
  });

  it('findPublicationDate looks only at the first twelve lines', () => {
    const text = `${'Line\n'.repeat(12)}6 August 2024\n`;
    expect(findPublicationDate(text, null)).toBeNull();
  });

  it('publicationLines reads the dating lines once; each fallback year then picks its own line', () => {
    const text = 'PARIS, Aug 10 (Reuters) - Kerr won.\nUpdated 11 August 2024\nThe race.';
    const lines = publicationLines(text);
    expect(lines.map((l) => [l.year, l.month, l.day])).toEqual([
      [null, 8, 10],
      [2024, 8, 11],
    ]);
    expect(findPublicationDate(text, null, lines)?.date).toBe('2024-08-11');
    expect(findPublicationDate(text, 2024, lines)?.date).toBe('2024-08-10');
    expect(findPublicationDate(text, 2024)).toEqual(findPublicationDate(text, 2024, lines));
  });
});

describe('findPublicationDate (bars and agency datelines)', () => {
  it('reads a short line of fields set apart by bars as the publication date', () => {
    const text =
      'Gebre wins in Frankfurt\n\nRace report | Frankfurt, Sunday 26 October 2025\n\nGebre won the marathon.';
    expect(findPublicationDate(text, null)?.date).toBe('2025-10-26');
  });

  it('takes the year of an agency dateline from the same day written in full on its line', () => {
    const text =
      'Kiplimo conquers Madrid\n\nMadrid, 31 Dec (EFE).- Joel Kiplimo won this Sunday, 31 December 2023, the 10 km race.';
    expect(findPublicationDate(text, 2024)?.date).toBe('2023-12-31');
  });
});

describe('findPublicationDate (a line of place fields)', () => {
  it('reads "Stadium, Town, Sunday 27 July 2025" as a header line dating the report', () => {
    const text =
      'PRESS RELEASE\n\nRiverside Stadium, Kilbeg, Sunday 27 July 2025\n\nAna Ruiz won the 200m this afternoon.';
    expect(findPublicationDate(text, null)).toMatchObject({ date: '2025-07-27', headerOnly: true });
  });

  it("findPublicationDate reads a translator's note that ends on the date the original was published", () => {
    const text =
      '[Translated from the Japanese. Original published in a national sports daily, 5 May 2036.]\n\nKaito Mori won.';
    expect(findPublicationDate(text, null)).toMatchObject({ date: '2036-05-05', headerOnly: true });
  });

  it("findPublicationDate reads a podcast transcript's note of the day it was recorded", () => {
    const text =
      'THE BACK STRAIGHT – Episode 214\n\n[Transcript lightly edited. Recorded Tuesday 28 August 2035.]\n\nTOM: Welcome back.';
    expect(findPublicationDate(text, null)).toMatchObject({ date: '2035-08-28', headerOnly: true });
  });
});
