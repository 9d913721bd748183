import { describe, expect, it } from 'vitest';
import { beatenBeforeThird, listedRunnersUp, winnerAhead } from '../../src/data/listedRunnersUp';
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

describe('beatenBeforeThird', () => {
  const beaten = (text: string, names: string[]): [string, number][] => {
    const { clause, mentions } = mentionsOf(text, names);
    return beatenBeforeThird(text, clause, text.length, mentions, []).map((p): [string, number] => [
      p.athleteId,
      p.place,
    ]);
  };

  it('places the runner beaten before "with X third" second, past an aside on their time', () => {
    expect(
      beaten('Threlfall edged Tobias Ainsworth-Reid, who clocked 3:36.58, with Jamal Haddad third.', [
        'Threlfall',
        'Tobias Ainsworth-Reid',
        'Jamal Haddad',
      ]),
    ).toEqual([['ainsworth-reid', 2]]);
    expect(
      beaten('Engstrom won, holding off Ait Lahcen by three seconds, with Vermeulen third.', [
        'Engstrom',
        'Ait Lahcen',
        'Vermeulen',
      ]),
    ).toEqual([['lahcen', 2]]);
  });

  it('places no one when no third follows the beaten runner', () => {
    expect(
      beaten('Threlfall edged Haddad, with Ainsworth-Reid fourth.', [
        'Threlfall',
        'Haddad',
        'Ainsworth-Reid',
      ]),
    ).toEqual([]);
    expect(beaten('Threlfall beat Haddad for the third time this year.', ['Threlfall', 'Haddad'])).toEqual(
      [],
    );
  });
});

describe('winnerAhead', () => {
  const ahead = (text: string, names: string[]): [string, number][] => {
    const { clause, mentions } = mentionsOf(text, names);
    const second = mentions.find((m) => m.id === 'okafor');
    const placed: PlaceFact[] = [{ at: second?.start ?? 0, athleteId: 'okafor', place: 2, medal: false }];
    return winnerAhead(text, clause, text.length, mentions, placed).map((p): [string, number] => [
      p.athleteId,
      p.place,
    ]);
  };

  it('gives the win to the one runner the runner-up finished behind', () => {
    expect(
      ahead("Okafor added a runner-up finish, clocking 13.38, behind St. Anselm's Tiana Roberts.", [
        'Okafor',
        'Tiana Roberts',
      ]),
    ).toEqual([['roberts', 1]]);
    expect(
      ahead('Okafor was second in 13.38, 0.12 behind the winner Roberts.', ['Okafor', 'Roberts']),
    ).toEqual([['roberts', 1]]);
  });

  it('gives no win when two runners are named ahead, or when the sentence tells the win itself', () => {
    expect(ahead('Okafor was second, behind Roberts and Lee.', ['Okafor', 'Roberts', 'Lee'])).toEqual([]);
    expect(ahead('Okafor was second behind Roberts, who won in 12.99.', ['Okafor', 'Roberts'])).toEqual([]);
  });
});
