import { describe, expect, it } from 'vitest';
import { findHighlight } from '../../../src/views/common/findHighlight';
import { highlightOf } from '../../../src/views/common/highlightOf';

const marked = (quote: string, highlight: Parameters<typeof findHighlight>[1]) => {
  const hit = findHighlight(quote, highlight);
  return hit === null ? null : quote.slice(hit[0], hit[1]);
};

describe('highlightOf', () => {
  it('highlightOf.time(s) finds the time as written, with a typo colon or a dropped zero', () => {
    expect(marked('Kerr ran 3:27.79, a British record', highlightOf.time(207.79))).toBe('3:27.79');
    expect(marked('The Brit trailed behind him in 3:27:79', highlightOf.time(207.79))).toBe('3:27:79');
    expect(marked('bronze in 3:27.8 flat', highlightOf.time(207.8))).toBe('3:27.8');
    expect(marked('3:27.65 then 3:27.79', highlightOf.time(207.79))).toBe('3:27.79');
    expect(marked('13:27.79', highlightOf.time(207.79))).toBeNull();
  });

  it('highlightOf.place(n) finds medals, ordinals in words and digits', () => {
    expect(marked('Kerr claimed Olympic silver', highlightOf.place(2))).toBe('silver');
    expect(marked('pushing Ingebrigtsen to fourth', highlightOf.place(4))).toBe('fourth');
    expect(marked('Gourley finished 10th with', highlightOf.place(10))).toBe('10th');
    expect(marked('Kerr finished fourth', highlightOf.place(2))).toBeNull();
  });

  it('highlightOf.country(code) finds names, demonyms and team names', () => {
    expect(marked('Team GB’s Josh Kerr', highlightOf.country('GBR'))).toBe('Team GB');
    expect(marked('Norway’s Jakob Ingebrigtsen', highlightOf.country('NOR'))).toBe('Norway');
    expect(marked('another American', highlightOf.country('USA'))).toBe('American');
  });

  it('highlightOf.record(kind) finds the record in words', () => {
    expect(marked('with a British record of 3:27.79', highlightOf.record('NR'))).toBe('British record');
    expect(marked('in an Olympic record time', highlightOf.record('OR'))).toBe('Olympic record');
    expect(marked('a personal best of 3:27.80', highlightOf.record('PB'))).toBe('personal best');
  });

  it('highlightOf.event(label) finds the distance however it is written', () => {
    expect(marked('the men’s 1500m final', highlightOf.event('1500m'))).toBe('1500m');
    expect(marked('the 5,000m event', highlightOf.event('5000m'))).toBe('5,000m');
  });

  it('highlightOf.date finds a written date or weekday', () => {
    expect(marked('On August 6, Cole Hocker', highlightOf.date)).toBe('August 6');
    expect(marked('Tuesday night’s race', highlightOf.date)).toBe('Tuesday');
  });

  it('highlightOf.name(full) finds the full name, else the surname', () => {
    expect(marked('Great Britain’s Josh Kerr claimed', highlightOf.name('Josh Kerr'))).toBe('Josh Kerr');
    expect(marked('For Kerr, the silver', highlightOf.name('Josh Kerr'))).toBe('Kerr');
  });
});
