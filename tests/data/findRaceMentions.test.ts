import { describe, expect, it } from 'vitest';
import { findRaceMentions, roundOf, type RaceMention } from '../../src/data/findRaceMentions';

const mentions = (text: string): (RaceMention & { quote: string })[] =>
  findRaceMentions(text, 0, text.length).map((m) => ({ ...m, quote: text.slice(m.start, m.end) }));
const find = (text: string, quote: string): RaceMention | undefined =>
  mentions(text).find((m) => m.quote === quote);

describe('findRaceMentions: competitions', () => {
  it('findRaceMentions(text, from, to) reads "the Paris 2024 Olympics" as the Olympics with city and year', () => {
    expect(find('Kerr won at the Paris 2024 Olympics.', 'Paris 2024 Olympics')).toMatchObject({
      kind: 'olympics',
      city: 'Paris',
      year: 2024,
      temporal: null,
    });
  });

  it('findRaceMentions reads "the Tokyo Olympics" and "the Paris Games" with their city only', () => {
    expect(find('at the Tokyo Olympics', 'Tokyo Olympics')).toMatchObject({
      kind: 'olympics',
      city: 'Tokyo',
      year: null,
    });
    expect(find('at the Paris Games', 'Paris Games')).toMatchObject({
      kind: 'olympics',
      city: 'Paris',
      year: null,
    });
  });

  it('findRaceMentions reads editions written as city and year ("Tokyo 2020", "Budapest 2023") without a kind yet', () => {
    expect(find('He won gold at Tokyo 2020.', 'Tokyo 2020')).toMatchObject({
      kind: null,
      city: 'Tokyo',
      year: 2020,
    });
    expect(find('She won in Budapest 2023.', 'Budapest 2023')).toMatchObject({
      kind: null,
      city: 'Budapest',
      year: 2023,
    });
  });

  it('findRaceMentions reads "the 2023 World Championships in Budapest" with year and city', () => {
    expect(
      find('at the 2023 World Championships in Budapest.', '2023 World Championships in Budapest'),
    ).toMatchObject({ kind: 'world-championships', city: 'Budapest', year: 2023 });
  });

  it('findRaceMentions reads Diamond League meetings by city or by name ("Prefontaine Classic", "Athletissima")', () => {
    expect(find('At the Lausanne Diamond League he won.', 'Lausanne Diamond League')).toMatchObject({
      kind: 'diamond-league',
      city: 'Lausanne',
    });
    expect(find('At the Prefontaine Classic he won.', 'Prefontaine Classic')).toMatchObject({
      kind: 'diamond-league',
      city: 'Eugene',
    });
    expect(find('At Athletissima he won.', 'Athletissima')).toMatchObject({
      kind: 'diamond-league',
      city: 'Lausanne',
    });
    expect(find('He won the Memorial Van Damme.', 'Memorial Van Damme')).toMatchObject({
      kind: 'diamond-league',
      city: 'Brussels',
    });
  });

  it('findRaceMentions reads other meetings by their own name ("Penn Relays", "US Trials")', () => {
    expect(find('at the Penn Relays', 'Penn Relays')).toMatchObject({
      kind: 'meet',
      meetName: 'Penn Relays',
    });
    expect(find('He won the US Trials.', 'US Trials')).toMatchObject({
      kind: 'national',
      meetName: 'US Trials',
    });
  });

  it('findRaceMentions reads the European Championships as a continental championship', () => {
    expect(find('He won the European Championships in Rome.', 'European Championships')).toMatchObject({
      kind: 'continental',
      meetName: 'European Championships',
    });
  });

  it('findRaceMentions does not read "Olympic champion" or "Olympic record" as a race', () => {
    expect(mentions('He is the Olympic champion.')).toEqual([]);
    expect(mentions('He set an Olympic record.')).toEqual([]);
  });

  it('findRaceMentions does not read season standings of a series as a race', () => {
    expect(mentions('He leads the Diamond League standings.')).toEqual([]);
  });
});

describe('findRaceMentions: events and rounds', () => {
  it('findRaceMentions reads "the men\'s 1500m final" as event, sex and round', () => {
    expect(find("Kerr won the men's 1500m final.", "men's 1500m final")).toMatchObject({
      event: { label: '1500m', distance: 1500 },
      sex: 'men',
      round: 'final',
    });
  });

  it('findRaceMentions reads distances written in words and with commas ("5,000 metres", "mile", "marathon")', () => {
    expect(find('He ran the 5,000 metres in Oslo.', '5,000 metres')?.event).toEqual({
      label: '5000m',
      distance: 5000,
    });
    expect(find("the women's marathon", "women's marathon")).toMatchObject({
      event: { label: 'marathon', distance: 42195 },
      sex: 'women',
    });
  });

  it('findRaceMentions reads steeplechase and hurdles events with their rounds', () => {
    expect(find('the 3000m steeplechase final', '3000m steeplechase final')).toMatchObject({
      event: { label: '3000m steeplechase' },
      round: 'final',
    });
    expect(find('the 110m hurdles heats', '110m hurdles heats')).toMatchObject({
      event: { label: '110m hurdles' },
      round: 'heat',
    });
  });

  it('findRaceMentions does not read narrative distances as events ("with 200 metres to go", "through 800m", "the last 100m")', () => {
    expect(mentions('with 200 metres to go he kicked')).toEqual([]);
    expect(mentions('He led through 800m in 1:52.')).toEqual([]);
    expect(mentions('over the last 100m he faded')).toEqual([]);
    expect(mentions('He is one of the 1500m specialists.')).toEqual([]);
  });

  it('findRaceMentions numbers semi-finals and heats ("the second semi-final", "heat 3", "the first of three semi-finals", "the opening semi-final")', () => {
    expect(find('She won the second semi-final.', 'the second semi-final')).toMatchObject({
      round: 'semi-final',
      heat: 2,
    });
    expect(find('He won heat 3.', 'heat 3')).toMatchObject({ round: 'heat', heat: 3 });
    expect(find('He won the first of three semi-finals.', 'first of three semi-finals')).toMatchObject({
      round: 'semi-final',
      heat: 1,
    });
    expect(find('She controlled the opening semi-final.', 'the opening semi-final')).toMatchObject({
      round: 'semi-final',
      heat: 1,
    });
  });

  it('findRaceMentions takes an ordinal before an event as the number of its round ("second 1,500-meter semifinal")', () => {
    expect(find("Wednesday's second 1,500-meter semifinal", '1,500-meter semifinal')).toMatchObject({
      event: { label: '1500m' },
      round: 'semi-final',
      heat: 2,
    });
  });

  it('findRaceMentions reads "the women\'s race" and a heading "Men:" as naming only the sex of the field', () => {
    expect(find("the women's race was won by Bol", "the women's race")).toMatchObject({
      sex: 'women',
      sexOnly: true,
    });
    expect(find('Men: 1 Davis Keane 3:50.1', 'Men')).toMatchObject({ sex: 'men', sexOnly: true });
  });
});

describe('findRaceMentions: places and time', () => {
  it('findRaceMentions reads "in Oslo", "in Switzerland" and a venue as naming only a place', () => {
    expect(find('He ran the 5,000 metres in Oslo.', 'in Oslo')).toMatchObject({
      city: 'Oslo',
      placeOnly: true,
      kind: null,
    });
    expect(find('He was absent in Switzerland.', 'in Switzerland')).toMatchObject({
      city: 'Lausanne',
      placeOnly: true,
    });
    expect(find('He won at the Stade de France.', 'at the Stade de France')).toMatchObject({
      city: 'Paris',
      placeOnly: true,
    });
  });

  it('findRaceMentions marks a competition named as a moment in time ("ahead of the Paris Olympics") as temporal', () => {
    expect(find('Ahead of the Paris Olympics, Kerr raced in Oslo.', 'Paris Olympics')?.temporal).toBe(
      'before',
    );
    expect(find('In the build-up to the Games he ran well.', 'Games')?.temporal).toBe('before');
    expect(find('After the Olympics he rested.', 'Olympics')?.temporal).toBe('after');
  });

  it('findRaceMentions marks a future championship ("next year\'s World Championships") as before', () => {
    expect(find("Next year's World Championships in Tokyo", 'World Championships in Tokyo')).toMatchObject({
      kind: 'world-championships',
      city: 'Tokyo',
      temporal: 'before',
    });
  });

  it('findRaceMentions returns mentions in text order with offsets into the whole text', () => {
    const text = "Ignore. Kerr won the men's 1500m final at the Paris 2024 Olympics.";
    const found = findRaceMentions(text, text.indexOf('Kerr'), text.length);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([
      "men's 1500m final",
      'Paris 2024 Olympics',
    ]);
  });
});

describe('roundOf', () => {
  it('roundOf(word) names the round of "semifinals", "semi-final", "heats" and "final"', () => {
    expect(roundOf('semifinals')).toBe('semi-final');
    expect(roundOf('semi-final')).toBe('semi-final');
    expect(roundOf('heats')).toBe('heat');
    expect(roundOf('Final')).toBe('final');
    expect(roundOf('lap')).toBeNull();
    expect(roundOf(undefined)).toBeNull();
  });
});
