import { describe, expect, it } from 'vitest';
import { distanceIn, findNarrative } from '../../src/data/findNarrative';
import { mentionsOf } from '../helpers/mentionsOf';

/** Narrative moments of a one-clause sentence as [kind, athleteId, others, toGo, from, fraction]. */
const moments = (text: string, names: string[]) => {
  const { clause, mentions } = mentionsOf(text, names);
  return findNarrative(text, clause, clause, mentions).map((n) => [
    n.kind,
    n.athleteId,
    n.others,
    n.toGo,
    n.from,
    n.fraction,
  ]);
};

describe('findNarrative', () => {
  it('findNarrative(text, clause, sentence, mentions) reads a kick with the distance still to run', () => {
    expect(moments('With 200 metres to go, Hocker kicked.', ['Hocker'])).toEqual([
      ['kick', 'hocker', [], 200, null, null],
    ]);
  });

  it('findNarrative reads a pass with everyone passed, in the home straight (100 m to go)', () => {
    expect(
      moments('Hocker passed Kerr and Ingebrigtsen in the home straight.', [
        'Hocker',
        'Kerr',
        'Ingebrigtsen',
      ]),
    ).toEqual([['pass', 'hocker', ['kerr', 'ingebrigtsen'], 100, null, null]]);
  });

  it('findNarrative reads one move per athlete when a clause says both surge and kick: the first word names it', () => {
    expect(moments('With 30 metres to go, Hocker unleashed a burst of speed.', ['Hocker'])).toEqual([
      ['kick', 'hocker', [], 30, null, null],
    ]);
    expect(
      moments('With 400 metres to go, Hocker surged, hoping to repeat the kick that won Tokyo.', ['Hocker']),
    ).toEqual([['surge', 'hocker', [], 400, null, null]]);
  });

  it('findNarrative reads a pass "past him" as past the person named before, never the one passing', () => {
    const text = 'Kerr was left stunned as Hocker surged past him to win.';
    const { mentions } = mentionsOf(text, ['Kerr', 'Hocker']);
    const sentence = { start: 0, end: text.length };
    const clause = { start: text.indexOf('as Hocker'), end: text.length };
    const him = text.indexOf('him');
    // The resolver's guess for "him" (here the one passing) is overruled by the clause.
    const withHim = [
      ...mentions,
      { start: him, end: him + 3, kind: 'pronoun' as const, id: 'hocker', possessive: false },
    ];
    expect(
      findNarrative(text, clause, sentence, withHim).map((n) => [n.kind, n.athleteId, n.others]),
    ).toEqual([
      ['pass', 'hocker', ['kerr']],
      ['surge', 'hocker', []],
    ]);
  });

  it('findNarrative reads a lead from the start as starting at 0 m', () => {
    expect(moments('Ingebrigtsen led from the start.', ['Ingebrigtsen'])).toEqual([
      ['lead', 'ingebrigtsen', [], null, 0, null],
    ]);
  });

  it('findNarrative reads a lead "for most of the race" with fraction 0', () => {
    expect(moments('Ingebrigtsen led for most of the race.', ['Ingebrigtsen'])).toEqual([
      ['lead', 'ingebrigtsen', [], null, null, 0],
    ]);
  });

  it('findNarrative reads a lead "by the 800m mark" at 800 m from the start', () => {
    expect(moments('By the 800m mark, Ingebrigtsen led.', ['Ingebrigtsen'])).toEqual([
      ['lead', 'ingebrigtsen', [], null, 800, null],
    ]);
  });

  it('findNarrative reads surges at the bell and fades in the final metres', () => {
    expect(moments('At the bell Ingebrigtsen surged.', ['Ingebrigtsen'])).toEqual([
      ['surge', 'ingebrigtsen', [], 400, null, null],
    ]);
    expect(moments('Ingebrigtsen faded in the final 100m.', ['Ingebrigtsen'])).toEqual([
      ['fade', 'ingebrigtsen', [], 100, null, null],
    ]);
  });

  it('findNarrative returns nothing for a clause without race-story words (the cheap gate)', () => {
    expect(moments('Kerr smiled at the crowd.', ['Kerr'])).toEqual([]);
  });

  it('findNarrative returns nothing when no person can be the subject', () => {
    expect(moments('The pace was fast from the gun.', [])).toEqual([]);
  });
});

describe('distanceIn', () => {
  it('distanceIn(text) reads distances still to run ("with 200 metres to go", "a lap", "half a lap", "two laps")', () => {
    expect(distanceIn('with 200 metres to go')).toEqual({ toGo: 200, from: null, fraction: null });
    expect(distanceIn('with a lap to go')?.toGo).toBe(400);
    expect(distanceIn('with half a lap to go')?.toGo).toBe(200);
    expect(distanceIn('with two laps remaining')?.toGo).toBe(800);
    expect(distanceIn('with one hundred metres to go')?.toGo).toBe(100);
  });

  it('distanceIn reads "the final 100m", the bell, the final bend and the home straight as distances to go', () => {
    expect(distanceIn('in the final 100m')?.toGo).toBe(100);
    expect(distanceIn('at the bell')?.toGo).toBe(400);
    expect(distanceIn('on the final bend')?.toGo).toBe(200);
    expect(distanceIn('down the home straight')?.toGo).toBe(100);
  });

  it('distanceIn reads marks from the start ("by the 1,200m mark") and the early race as from 0', () => {
    expect(distanceIn('by the 1,200m mark')).toEqual({ toGo: null, from: 1200, fraction: null });
    expect(distanceIn('early on')).toEqual({ toGo: null, from: 0, fraction: null });
  });

  it('distanceIn returns null when the text places nothing on the track', () => {
    expect(distanceIn('in the rain')).toBeNull();
  });
});
