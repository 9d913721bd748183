/**
 * Whether a race phrase naming a meeting fits a race frame already told: "Westgate Road Mile" is the
 * "Westgate Mile" of a headline (its words in order), "the ExxonMobil Bislett Games" the "Bislett
 * Games", but "the London Marathon" is not the "Valencia Marathon".
 */
import { describe, expect, it } from 'vitest';
import { fits, newFrame, type Descriptor } from '../../src/data/raceFrames';

const meeting = (meetName: string): Descriptor => ({
  kind: 'meet',
  city: null,
  year: null,
  meetName,
  event: null,
  sex: null,
  round: null,
  placeOnly: false,
  sexOnly: false,
  heat: null,
  temporal: null,
  start: 0,
  end: 0,
});

const frameOf = (meetName: string): ReturnType<typeof newFrame> => ({
  ...newFrame(0),
  kind: 'meet',
  meetName,
});

describe('fits (meeting names)', () => {
  it('takes a longer name holding the shorter one’s words in order for the same meeting', () => {
    expect(fits(frameOf('Westgate Mile'), meeting('Westgate Road Mile'))).toBe(true);
    expect(fits(frameOf('Bislett Games'), meeting('ExxonMobil Bislett Games'))).toBe(true);
  });

  it('keeps meetings of other names apart', () => {
    expect(fits(frameOf('Valencia Marathon'), meeting('London Marathon'))).toBe(false);
    expect(fits(frameOf('Westgate Mile'), meeting('Mile Westgate Relays'))).toBe(false);
  });
});
