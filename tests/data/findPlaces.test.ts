import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/data/findPlaces';
import { prepareArticle } from '../../src/data/prepareArticle';
import { collectPeople } from '../../src/data/collectPeople';
import { extractArticle } from '../../src/data/extractArticle';
import { mentionsOf } from '../helpers/mentionsOf';

/** Places read from one sentence, as [athleteId, place, medal] with duplicates folded. */
const places = (text: string, names: string[], medalContext = true): [string, number, boolean][] => {
  const { clause, mentions } = mentionsOf(text, names);
  const out = findPlaces(text, clause, mentions, medalContext).map((p): [string, number, boolean] => [
    p.athleteId,
    p.place,
    p.medal,
  ]);
  return out.filter((p, i) => out.findIndex((q) => q.join() === p.join()) === i);
};

describe('findPlaces', () => {
  it('findPlaces(text, clause, mentions, medalContext) reads an ordinal after a finishing verb ("finished second")', () => {
    expect(places('Kerr finished second.', ['Kerr'])).toEqual([['kerr', 2, false]]);
    expect(places('Kerr came home in fourth place.', ['Kerr'])).toEqual([['kerr', 4, false]]);
    expect(places('Gourley was 10th.', ['Gourley'])).toEqual([['gourley', 10, false]]);
  });

  it('findPlaces reads an ordinal right after a name ("Kerr, second, …")', () => {
    expect(places('Kerr, second, was happy.', ['Kerr'])).toEqual([['kerr', 2, false]]);
  });

  it('findPlaces gives "pushing X to fourth" to X, not to the subject', () => {
    expect(
      places('Hocker surged past Kerr, pushing Ingebrigtsen to fourth.', ['Hocker', 'Kerr', 'Ingebrigtsen']),
    ).toEqual([['ingebrigtsen', 4, false]]);
  });

  it('findPlaces reads "third place went to Nuguse" and "completed the podium" as third', () => {
    expect(places('Third place went to Nuguse.', ['Nuguse'])).toEqual([['nuguse', 3, false]]);
    expect(places('Nuguse completed the podium.', ['Nuguse'])).toEqual([['nuguse', 3, false]]);
  });

  it('findPlaces reads "finished last of the 12" as 12th', () => {
    expect(places('Kerr finished last of the 12.', ['Kerr'])).toEqual([['kerr', 12, false]]);
  });

  it('findPlaces reads a medal as a place only at a championship (medalContext)', () => {
    expect(places('Nuguse claimed bronze.', ['Nuguse'])).toEqual([['nuguse', 3, true]]);
    expect(places('Nuguse claimed bronze.', ['Nuguse'], false)).toEqual([]);
  });

  it('findPlaces reads a win as first place, for the subject', () => {
    expect(places('Hocker won the final.', ['Hocker'])).toEqual([['hocker', 1, false]]);
    expect(places("Hocker's victory stunned Kerr.", ['Hocker', 'Kerr'])).toEqual([['hocker', 1, false]]);
  });

  it('findPlaces does not read a hoped-for or past win as a place in this race', () => {
    expect(places('Kerr hopes to win the title.', ['Kerr'])).toEqual([]);
    expect(places('Kerr had won the title in 2023.', ['Kerr'])).toEqual([]);
  });

  it('findPlaces does not read a place held during the race ("second with 200m to go") as a finishing place', () => {
    expect(places('Kerr was second with 200m to go.', ['Kerr'])).toEqual([]);
  });

  it('findPlaces does not read a name that starts with "Victor" as a victory', () => {
    expect(places('Victor Chebet ran well.', ['Victor Chebet'])).toEqual([]);
  });

  it('findPlaces returns nothing for a clause without place words (the cheap gate)', () => {
    expect(places('Kerr ran a brave race in the rain.', ['Kerr'])).toEqual([]);
  });
});

describe('findPlaces through extractArticle', () => {
  it('extractArticle reads places from a report: the winner, a medal and an ordinal', () => {
    const prepared = prepareArticle({
      name: 'a.txt',
      text: "Hocker takes gold\nCole Hocker won the men's 1500m final at the Paris 2024 Olympics in 3:27.65. Josh Kerr was second in 3:27.79 and Yared Nuguse claimed bronze in 3:27.80.",
    });
    const facts = extractArticle(prepared, collectPeople([prepared]));
    const placeFacts = facts.results.filter((r) => r.field === 'place').map((r) => [r.athleteId, r.value]);
    expect(new Set(placeFacts.map((p) => p.join(':')))).toEqual(
      new Set(['cole-hocker:1', 'josh-kerr:2', 'yared-nuguse:3']),
    );
  });

  /** Result facts of a one-article text as [athleteId, field, value]. */
  const resultFacts = (text: string) => {
    const prepared = prepareArticle({ name: 'a.txt', text });
    return extractArticle(prepared, collectPeople([prepared])).results.map((r) => [
      r.athleteId,
      r.field,
      r.value,
    ]);
  };

  it('extractArticle gives a clause that starts "but finished" the subject of its sentence', () => {
    expect(
      resultFacts(
        "The men's 1500m at the Monaco Diamond League on July 12, 2024 was fast. Josh Kerr kicked hard, but finished second in 3:30.10.",
      ),
    ).toEqual(
      expect.arrayContaining([
        ['josh-kerr', 'place', 2],
        ['josh-kerr', 'time', 210.1],
      ]),
    );
  });

  it('extractArticle does not give a coach named before the athlete the epithet that follows ("the Lakeview junior")', () => {
    const facts = resultFacts(
      'Pruitt rolls at district meet\n\nThere\'s a reason Lakeview coach Ron Tibbs calls Jordan Pruitt "the metronome." The Lakeview junior ran four even laps Saturday to win the girls 1600m at the district championships, crossing in 5:02.18.',
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        ['jordan-pruitt', 'place', 1],
        ['jordan-pruitt', 'time', 302.18],
      ]),
    );
    expect(facts.some(([id]) => id === 'ron-tibbs')).toBe(false);
  });
});
