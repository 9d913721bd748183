import { describe, expect, it } from 'vitest';
import { groupFrames } from '../../src/model/groupFrames';
import { newFrame } from '../../src/data/raceFrames';
import { deriveDataset } from '../../src/model/deriveDataset';
import type { ArticleFacts, RaceFrame, ResultFact } from '../../src/data/articleFacts';
import type { Round, Sex, SourceSpan } from '../../src/data/types';

const span = (article: string): SourceSpan => ({ article, start: 0, end: 4, quote: 'text' });

interface FrameSpec {
  kind?: RaceFrame['kind'];
  city?: string;
  year?: number;
  meetName?: string;
  event?: string;
  round?: Round;
  sex?: Sex;
  heat?: number;
  /** Athletes with a place in this frame; a frame with none is not used by any fact. */
  finishers?: string[];
}

/** One article's facts: a frame per spec, and a place fact for each finisher. */
function article(name: string, specs: FrameSpec[]): ArticleFacts {
  const facts: ArticleFacts = {
    article: name,
    frames: [],
    people: [],
    results: [],
    narrative: [],
    orderings: [],
    absences: [],
    remarks: [],
    issues: [],
    editions: [],
  };
  specs.forEach((spec, index) => {
    const f = newFrame(index);
    f.kind = spec.kind ?? null;
    f.city = spec.city ?? null;
    f.year = spec.year ?? null;
    f.meetName = spec.meetName ?? null;
    f.event = spec.event ? { value: spec.event, sources: [span(name)] } : null;
    f.round = spec.round ? { value: spec.round, sources: [span(name)] } : null;
    f.sex = spec.sex ? { value: spec.sex, sources: [span(name)] } : null;
    f.heat = spec.heat ?? null;
    facts.frames.push(f);
    (spec.finishers ?? []).forEach((athleteId, i) => {
      const r: ResultFact = { frame: index, athleteId, field: 'place', value: i + 1, source: span(name) };
      facts.results.push(r);
    });
  });
  return facts;
}

/** Groups as lists of "article#frame", each list sorted, the groups sorted. */
const grouped = (all: ArticleFacts[]): string[][] =>
  groupFrames(all)
    .map((g) => g.map((ref) => `${ref.facts.article}#${ref.frame.index}`).sort())
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));

const parisFinal: FrameSpec = {
  kind: 'olympics',
  city: 'Paris',
  year: 2024,
  event: '1500m',
  round: 'final',
  sex: 'men',
  finishers: ['hocker', 'kerr'],
};

describe('groupFrames', () => {
  it('groupFrames(all) merges frames of different articles that describe the same race', () => {
    expect(grouped([article('a.txt', [parisFinal]), article('b.txt', [parisFinal])])).toEqual([
      ['a.txt#0', 'b.txt#0'],
    ]);
  });

  it('groupFrames merges a vaguer frame (no year, no round) into the fully described race', () => {
    const vague: FrameSpec = { kind: 'olympics', city: 'Paris', event: '1500m', finishers: ['kerr'] };
    expect(grouped([article('a.txt', [parisFinal]), article('b.txt', [vague])])).toEqual([
      ['a.txt#0', 'b.txt#0'],
    ]);
  });

  it('groupFrames keeps different editions of a championship apart (Paris 2024 vs Tokyo 2021)', () => {
    const tokyo: FrameSpec = { ...parisFinal, city: 'Tokyo', year: 2021 };
    expect(grouped([article('a.txt', [parisFinal]), article('b.txt', [tokyo])])).toEqual([
      ['a.txt#0'],
      ['b.txt#0'],
    ]);
  });

  it('groupFrames keeps apart the same edition in different years even without a city', () => {
    const a: FrameSpec = { kind: 'world-championships', year: 2023, event: '1500m', finishers: ['kerr'] };
    const b: FrameSpec = { kind: 'world-championships', year: 2025, event: '1500m', finishers: ['kerr'] };
    expect(grouped([article('a.txt', [a]), article('b.txt', [b])])).toEqual([['a.txt#0'], ['b.txt#0']]);
  });

  it('groupFrames keeps apart different events, rounds, sexes and meetings of one competition', () => {
    const other = (spec: Partial<FrameSpec>): ArticleFacts => article('b.txt', [{ ...parisFinal, ...spec }]);
    for (const change of [{ event: '5000m' }, { round: 'semi-final' as Round }, { sex: 'women' as Sex }]) {
      expect(grouped([article('a.txt', [parisFinal]), other(change)])).toEqual([['a.txt#0'], ['b.txt#0']]);
    }
    const pre = (name: string, meetName: string): ArticleFacts =>
      article(name, [{ kind: 'meet', meetName, year: 2024, event: 'mile', finishers: ['kerr'] }]);
    expect(grouped([pre('a.txt', 'Bowerman Mile'), pre('b.txt', 'Millrose Games')])).toEqual([
      ['a.txt#0'],
      ['b.txt#0'],
    ]);
  });

  it('groupFrames keeps frames without a competition within their own article', () => {
    const bare: FrameSpec = { event: '1500m', finishers: ['kerr'] };
    expect(grouped([article('a.txt', [bare]), article('b.txt', [bare])])).toEqual([['a.txt#0'], ['b.txt#0']]);
  });

  it('groupFrames keeps two races of one article apart unless they share finishers and nothing disagrees', () => {
    const heat1: FrameSpec = { ...parisFinal, round: 'heat', heat: 1, finishers: ['kerr', 'hocker'] };
    const heat2: FrameSpec = { ...parisFinal, round: 'heat', heat: 2, finishers: ['nuguse', 'ingebrigtsen'] };
    expect(grouped([article('a.txt', [heat1, heat2])])).toEqual([['a.txt#0'], ['a.txt#1']]);
    const repeated: FrameSpec = { kind: 'olympics', sex: 'men', finishers: ['hocker', 'kerr'] };
    expect(grouped([article('a.txt', [parisFinal, repeated])])).toEqual([['a.txt#0', 'a.txt#1']]);
  });

  it('groupFrames leaves out frames that no fact uses', () => {
    const unused: FrameSpec = { kind: 'olympics', city: 'Tokyo', year: 2021 };
    expect(grouped([article('a.txt', [parisFinal, unused])])).toEqual([['a.txt#0']]);
  });

  it('groupFrames returns no groups for no articles', () => {
    expect(groupFrames([])).toEqual([]);
  });
});

describe('groupFrames through deriveDataset', () => {
  it('deriveDataset merges two reports of one Olympic final and keeps a different edition apart', () => {
    const dataset = deriveDataset([
      {
        name: 'a.txt',
        text: "Hocker wins gold\nCole Hocker of the USA won the men's 1500m final at the Paris 2024 Olympics in 3:27.65. Josh Kerr was second in 3:27.79.",
      },
      {
        name: 'b.txt',
        text: 'Kerr settles for silver\nAt the Paris Olympics, Cole Hocker won the 1500m in 3:27.65, with Josh Kerr second in 3:27.79.',
      },
      {
        name: 'c.txt',
        text: "Tokyo final\nAt the Tokyo Olympics, Josh Kerr was third in the men's 1500m final in 3:29.05.",
      },
    ]);
    expect(dataset.races.map((r) => [r.name, r.articles])).toEqual([
      ["Tokyo 2020 Olympics – Men's 1500m final", ['c.txt']],
      ["Paris 2024 Olympics – Men's 1500m final", ['a.txt', 'b.txt']],
    ]);
  });
});
