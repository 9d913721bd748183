import { describe, expect, it } from 'vitest';
import { disagreementLead } from '../../src/model/disagreement';
import { deriveDataset } from '../../src/model/deriveDataset';

const span = (article: string, start: number) => ({ article, start, end: start + 4, quote: 'x' });

describe('disagreementLead', () => {
  it('says articles disagree when the values come from several articles', () => {
    expect(disagreementLead("Kerr's time", [span('a.txt', 0), span('b.txt', 10)])).toBe(
      "Articles disagree on Kerr's time",
    );
  });

  it('names the one article that states every value', () => {
    expect(disagreementLead("Kerr's time", [span('a.txt', 0), span('a.txt', 40)])).toBe(
      "a.txt gives more than one value for Kerr's time",
    );
  });
});

describe('conflict messages from derive', () => {
  it('a report that gives one runner two times is a conflict of that report, not between articles', () => {
    const text =
      "Men's 1500m final report\n\nAran Brevik won the 1500m in 3:31.20 ahead of Elio Farrow in 3:31.90. " +
      'Later in the report, Brevik was said to have won in 3:31.40.';
    const { conflicts } = deriveDataset([{ name: 'one.txt', text }]);
    const timeConflict = conflicts.find((c) => c.field === 'time');
    expect(timeConflict?.message).toMatch(/^one\.txt gives more than one value for Aran Brevik's time/);
  });
});
