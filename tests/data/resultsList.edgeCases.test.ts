import { describe, expect, it } from 'vitest';
import { readResultsLine } from '../../src/data/resultsList';

const read = (line: string) => readResultsLine(line, 0, line.length);

describe('readResultsLine (unplaced DNF/DNS rows without a digit are gated out)', () => {
  it('readResultsLine reads an unplaced DNF row of a space-aligned table ("Bartosz Lis POL DNF")', () => {
    expect(read('     Bartosz Lis          POL  DNF')).toEqual([
      expect.objectContaining({
        place: null,
        name: ['Bartosz', 'Lis'],
        country: 'POL',
        time: null,
        status: 'dnf',
      }),
    ]);
  });

  it('readResultsLine reads a DNF row with the status first ("DNF Biniam Mehary ETH", "DNF Álvaro Ferrer (ESP)")', () => {
    expect(read('DNF Biniam Mehary ETH')).toEqual([
      expect.objectContaining({ place: null, name: ['Biniam', 'Mehary'], country: 'ETH', status: 'dnf' }),
    ]);
    expect(read('DNF Álvaro Ferrer (ESP)')).toEqual([
      expect.objectContaining({ place: null, name: ['Álvaro', 'Ferrer'], country: 'ESP', status: 'dnf' }),
    ]);
  });
});
