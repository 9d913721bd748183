import { describe, expect, it } from 'vitest';
import { listedRunnersUp } from '../../src/data/listedRunnersUp';
import type { PlaceFact } from '../../src/data/findPlaces';
import { mentionsOf } from '../helpers/mentionsOf';

/** Places read for the runners listed after "Nowak won" in a one-sentence text. */
const runnersUp = (text: string, names: string[], placed: PlaceFact[] = []): [string, number][] => {
  const { clause, mentions } = mentionsOf(text, ['Nowak', ...names]);
  const win: PlaceFact = { at: text.indexOf('won'), athleteId: 'nowak', place: 1, medal: false };
  return listedRunnersUp(text, clause, text.length, mentions, win, placed).map((p): [string, number] => [
    p.athleteId,
    p.place,
  ]);
};

describe('listedRunnersUp', () => {
  it('places two runners listed after a win second and third, in the order they are told', () => {
    expect(
      runnersUp(
        "Nowak won in 7.08, ahead of Jamaica's Kerian Whyte (7.12) and Switzerland's Selina Graf (7.14).",
        ['Kerian Whyte', 'Selina Graf'],
      ),
    ).toEqual([
      ['whyte', 2],
      ['graf', 3],
    ]);
    expect(
      runnersUp('Nowak won from the Kenyan Otieno, Lindgren and Perez.', ['Otieno', 'Lindgren', 'Perez']),
    ).toEqual([
      ['otieno', 2],
      ['lindgren', 3],
      ['perez', 4],
    ]);
  });

  it('reads nothing from one runner alone ("won ahead of the world champion" tells no place)', () => {
    expect(runnersUp('Nowak won in 7.08, ahead of Whyte.', ['Whyte'])).toEqual([]);
  });

  it('reads nothing when the times given with the list are out of order', () => {
    expect(runnersUp('Nowak won in 7.08, ahead of Whyte (7.14) and Graf (7.12).', ['Whyte', 'Graf'])).toEqual(
      [],
    );
  });

  it('reads nothing when the list runs on into more words, or one of them already has a place', () => {
    expect(runnersUp('Nowak won ahead of Whyte and Graf, who was only fifth.', ['Whyte', 'Graf'])).toEqual(
      [],
    );
    const graf: PlaceFact = { at: 0, athleteId: 'graf', place: 5, medal: false };
    expect(runnersUp('Nowak won ahead of Whyte and Graf.', ['Whyte', 'Graf'], [graf])).toEqual([]);
  });
});
