import { describe, expect, it } from 'vitest';
import { findRaceMentions, type RaceMention } from '../../src/data/findRaceMentions';

const find = (text: string, quote: string): RaceMention | undefined =>
  findRaceMentions(text, 0, text.length).find((m) => text.slice(m.start, m.end) === quote);

describe('findRaceMentions (a bare "Games"/"Olympic" hides the competition it belongs to)', () => {
  it('findRaceMentions reads the Commonwealth Games as the Commonwealth Games, not the Olympics', () => {
    expect(find('She won at the 2022 Commonwealth Games.', '2022 Commonwealth Games')).toMatchObject({
      kind: 'commonwealth',
      year: 2022,
    });
    const text = 'She won at the Commonwealth Games in Birmingham.';
    expect(findRaceMentions(text, 0, text.length).some((m) => m.kind === 'olympics')).toBe(false);
  });

  it('findRaceMentions reads "the Bislett Games" as the Oslo Diamond League meeting', () => {
    expect(find('He won at the Bislett Games.', 'Bislett Games')).toMatchObject({
      kind: 'diamond-league',
      city: 'Oslo',
    });
  });

  it('findRaceMentions reads "the Millrose Games" as a meeting', () => {
    expect(find('He won the mile at the Millrose Games.', 'Millrose Games')).toMatchObject({
      kind: 'meet',
      meetName: 'Millrose Games',
    });
  });

  it('findRaceMentions reads a continental championships of a kind as a meeting of its own name', () => {
    const text = 'She won at the European Athletics Team Championships in 2025.';
    expect(find(text, 'European Athletics Team Championships')).toMatchObject({
      kind: 'meet',
      meetName: 'European Athletics Team Championships',
    });
    expect(findRaceMentions(text, 0, text.length).some((m) => m.kind === 'continental')).toBe(false);
    expect(
      find('He won the 2024 Asian Indoor Championships.', '2024 Asian Indoor Championships'),
    ).toMatchObject({ kind: 'meet', year: 2024, meetName: 'Asian Indoor Championships' });
  });

  it('findRaceMentions reads no mile in "Milers\' Club" or "milestone"', () => {
    const text = "He won at the British Milers' Club Grand Prix, a milestone for him.";
    expect(findRaceMentions(text, 0, text.length).some((m) => m.event?.label === 'mile')).toBe(false);
    const mile = 'He won the mile.';
    expect(findRaceMentions(mile, 0, mile.length).some((m) => m.event?.label === 'mile')).toBe(true);
  });

  it('findRaceMentions reads "the US Olympic Trials" as national trials', () => {
    expect(find('He won the US Olympic Trials.', 'US Olympic Trials')).toMatchObject({ kind: 'national' });
  });
});

describe('findRaceMentions (heat as weather)', () => {
  const rounds = (text: string): (string | null)[] =>
    findRaceMentions(text, 0, text.length).map((m) => m.round);

  it('findRaceMentions takes "the heat" of the weather for no round', () => {
    expect(rounds('The race started early to avoid the worst of the heat.')).toEqual([]);
    expect(rounds('She coped best with the heat and humidity.')).toEqual([]);
    expect(rounds('Under a baking sun, the heat took its toll on the field.')).toEqual([]);
    expect(rounds('Gebre admitted the heat had hurt him.')).toEqual([]);
    expect(rounds('The heat sapped her strength over the last lap.')).toEqual([]);
  });

  it('findRaceMentions still reads "the heat" and "the second heat" as rounds', () => {
    expect(rounds('He won the heat in 3:35.10.')).toEqual(['heat']);
    expect(rounds('She took the second heat on a hot afternoon.')).toEqual(['heat']);
  });
});

describe('findRaceMentions (continental titles)', () => {
  const kinds = (text: string): (string | null)[] =>
    findRaceMentions(text, 0, text.length).map((m) => m.kind);

  it('findRaceMentions reads "the Pan American champion" as a title, not a race', () => {
    expect(kinds('Ana Lima, the Pan American champion, won the opening semi-final.')).toEqual([null]);
  });

  it('findRaceMentions still reads the continental championships and their title', () => {
    expect(kinds('She won at the European Championships.')).toEqual(['continental']);
    expect(kinds('He took the European title in Rome.')).toContain('continental');
  });
});

describe('findRaceMentions (distances of one digit in kilometres)', () => {
  const events = (text: string): (string | undefined)[] =>
    findRaceMentions(text, 0, text.length).map((m) => m.event?.label);

  it('findRaceMentions reads "the 5K" and "a 5km" as a 5km race and "the 3K" as the 3000m', () => {
    expect(events('He won the 3K on Friday and the 5K on Sunday.')).toEqual(['3000m', '5km']);
    expect(events('She ran a 5km road race, then the 8km cross-country.')).toEqual(['5km', '8km']);
  });

  it('findRaceMentions reads no race in a line of splits or a stretch of the course', () => {
    expect(events('25K: 1:20:58 — last pacer steps off. The lead is down to two.')).toEqual([]);
    expect(events('That 35K-to-40K segment, covered in 15:42, was the fastest of the day.')).toEqual([]);
    expect(events('10K: Hale 29:12, Ruiz 29:30')).toEqual(['10km']);
  });

  it('findRaceMentions leaves "with 2km to go" and a time\'s digits alone', () => {
    expect(events('He broke clear with 2km to go.')).toEqual([]);
    expect(events('She ran 2:05:3 km splits.')).toEqual([]);
  });
});

describe('findRaceMentions (Olympic venues)', () => {
  it('findRaceMentions takes "Sydney Olympic Park" for a venue, not the Sydney Olympics', () => {
    const text = 'He won at Sydney Olympic Park on Saturday, beside the London Olympic Stadium.';
    expect(findRaceMentions(text, 0, text.length).map((m) => m.kind)).not.toContain('olympics');
    const games = 'He won at the Sydney Olympics.';
    expect(findRaceMentions(games, 0, games.length).map((m) => m.kind)).toContain('olympics');
  });
});
