import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/data/types';
import { issuesForRace } from '../../../src/views/races/issuesForRace';
import { lausanneStory, parisFinal, span } from '../common/datasetFixture';

describe('issuesForRace', () => {
  const paris = parisFinal();
  const lausanne = lausanneStory();
  const races = [paris, lausanne];
  const issue = (sources: Issue['sources']): Issue => ({ kind: 'typo-time', message: 'm', sources });

  it('issuesForRace puts an issue with the race whose value its quote overlaps', () => {
    const onParisTime = issue([span('002_paris.txt', '3:27.79')]);
    expect(issuesForRace([onParisTime], paris, races)).toEqual([onParisTime]);
    expect(issuesForRace([onParisTime], lausanne, races)).toEqual([]);
  });

  it('an issue touching no race value goes with every race drawn from its article', () => {
    const loose = issue([span('004_lausanne.txt', 'Ingebrigtsen')]);
    expect(issuesForRace([loose], lausanne, races)).toEqual([loose]);
    expect(issuesForRace([loose], paris, races)).toEqual([]);
  });

  it('an issue without quotes belongs to no race', () => {
    expect(issuesForRace([issue([])], paris, races)).toEqual([]);
  });
});
