import { describe, expect, it } from 'vitest';
import { findNameRuns } from '../../src/data/findNameRuns';

const runs = (text: string) =>
  findNameRuns(text, 0, text.length).map((r) => ({
    words: r.words.join(' '),
    quote: text.slice(r.start, r.end),
    possessive: r.possessive,
    country: r.countryBefore?.code ?? null,
  }));

describe('findNameRuns', () => {
  it('findNameRuns(text, from, to) finds runs of capitalised name words with their spans', () => {
    expect(runs('Cole Hocker won, beating Josh Kerr.')).toEqual([
      { words: 'Cole Hocker', quote: 'Cole Hocker', possessive: false, country: null },
      { words: 'Josh Kerr', quote: 'Josh Kerr', possessive: false, country: null },
    ]);
  });

  it('findNameRuns splits two full names joined by a dash ("the Josh Kerr–Jakob Ingebrigtsen rivalry")', () => {
    expect(runs('the Josh Kerr-Jakob Ingebrigtsen rivalry').map((r) => [r.words, r.quote])).toEqual([
      ['Josh Kerr', 'Josh Kerr'],
      ['Jakob Ingebrigtsen', 'Jakob Ingebrigtsen'],
    ]);
    expect(runs('Sydney McLaughlin-Levrone won.').map((r) => r.words)).toEqual(['Sydney McLaughlin-Levrone']);
    expect(runs('Jean-Baptiste Alaize ran.').map((r) => r.words)).toEqual(['Jean-Baptiste Alaize']);
  });

  it('findNameRuns keeps a common word that is also a surname after a first name ("Shamier Little"), not alone', () => {
    expect(runs('Shamier Little was third, a little behind.').map((r) => r.words)).toEqual([
      'Shamier Little',
    ]);
    expect(runs('Little else mattered to Josh Kerr.').map((r) => r.words)).toEqual(['Josh Kerr']);
  });

  it('findNameRuns finds no runner in a meeting named by words a meeting\'s word ends ("the Holyrood Cross Challenge")', () => {
    expect(
      runs('At the Holyrood Cross Challenge in Edinburgh, Isla MacAulay won.').map((r) => r.words),
    ).toEqual(['Isla MacAulay']);
    expect(runs('He won the Emil Zatopek Memorial.').map((r) => r.words)).toEqual([]);
  });

  it('findNameRuns strips a possessive and marks it ("Hocker\'s", "Marco Arop\'s")', () => {
    expect(runs("Hocker's kick was decisive.")).toEqual([
      { words: 'Hocker', quote: 'Hocker', possessive: true, country: null },
    ]);
    expect(runs("Marco Arop's run")).toEqual([
      { words: 'Marco Arop', quote: 'Marco Arop', possessive: true, country: null },
    ]);
  });

  it('findNameRuns keeps name particles inside a name ("Sander van der Merwe")', () => {
    expect(runs('Femke Bol and Sander van der Merwe ran.').map((r) => r.words)).toEqual([
      'Femke Bol',
      'Sander van der Merwe',
    ]);
  });

  it('findNameRuns keeps hyphens and apostrophes inside a word ("Jean-Marie O\'Neill")', () => {
    expect(runs("Jean-Marie O'Neill won").map((r) => r.words)).toEqual(["Jean-Marie O'Neill"]);
  });

  it('findNameRuns keeps a country written before the name ("Norway\'s", "American", "Team GB\'s", "Great Britain\'s")', () => {
    expect(runs("Norway's Jakob Ingebrigtsen faded.")[0]).toMatchObject({
      words: 'Jakob Ingebrigtsen',
      country: 'NOR',
    });
    expect(runs('American Cole Hocker won.')[0]).toMatchObject({ words: 'Cole Hocker', country: 'USA' });
    expect(runs("Team GB's Josh Kerr took silver.")[0]).toMatchObject({ words: 'Josh Kerr', country: 'GBR' });
    expect(runs("Great Britain's Josh Kerr took silver.")[0]).toMatchObject({
      words: 'Josh Kerr',
      country: 'GBR',
    });
    expect(runs("USA's Yared Nuguse was third.")[0]).toMatchObject({ words: 'Yared Nuguse', country: 'USA' });
  });

  it('findNameRuns keeps the country across a describing word ("Kenyan star Faith Kipyegon")', () => {
    expect(runs('Kenyan star Faith Kipyegon won.')[0]).toMatchObject({
      words: 'Faith Kipyegon',
      country: 'KEN',
    });
  });

  it('findNameRuns gives the country only to the name right after it', () => {
    expect(runs('Kenyan Faith Kipyegon and Jessica Hull.').map((r) => r.country)).toEqual(['KEN', null]);
  });

  it('findNameRuns writes ALL-CAPS surnames in title case and keeps the original span', () => {
    expect(runs('KIPYEGON won, with Jessica HULL second.')).toEqual([
      { words: 'Kipyegon', quote: 'KIPYEGON', possessive: false, country: null },
      { words: 'Jessica Hull', quote: 'Jessica HULL', possessive: false, country: null },
    ]);
  });

  it('findNameRuns leaves out codes in capitals, months, places and competition words', () => {
    expect(runs('Faith KIPYEGON (KEN) won.').map((r) => r.words)).toEqual(['Faith Kipyegon']);
    expect(runs('In August Kerr won.').map((r) => r.words)).toEqual(['Kerr']);
    expect(runs('The Diamond League in Paris saw Jakob Ingebrigtsen win.').map((r) => r.words)).toEqual([
      'Jakob Ingebrigtsen',
    ]);
  });

  it('findNameRuns ends a run at a line break, a comma or a lower-case word', () => {
    expect(runs('Josh Kerr\nHocker').map((r) => r.words)).toEqual(['Josh Kerr', 'Hocker']);
    expect(runs('Neil Gourley, Jake Wightman and Cole').map((r) => r.words)).toEqual([
      'Neil Gourley',
      'Jake Wightman',
      'Cole',
    ]);
  });

  it('findNameRuns searches only between from and to', () => {
    const text = 'Cole Hocker won. Josh Kerr was second.';
    const from = text.indexOf('Josh');
    expect(findNameRuns(text, from, text.length).map((r) => [r.words.join(' '), r.start])).toEqual([
      ['Josh Kerr', from],
    ]);
  });
});
