import { describe, expect, it } from 'vitest';
import { describePairMeeting, describeTally } from '../../../src/model/rivalry/describePairMeeting';
import { headToHead } from '../../../src/model/rivalry/headToHead';
import { shortNames } from '../../../src/model/rivalry/shortNames';
import { race, result, rivalryDataset } from './rivalryFixture';

const d = rivalryDataset();
const name = shortNames(d.athletes);

describe('describePairMeeting', () => {
  it('describePairMeeting(pm) names the race, the date, places and times, the one ahead first', () => {
    const h = headToHead(d.races, 'josh-kerr', 'cole-hocker');
    expect(h.meetings.map((m) => describePairMeeting(m, name))).toEqual([
      "Tokyo 2020 Olympics men's 1500m semi-final, between 1 Jan and 31 Dec 2021: Hocker finished ahead of Kerr (reported in text, no results)",
      "Grand Slam Track men's 1500m final, between 27 May and 25 Jul 2024: Kerr 1st 3:30.67, Hocker 2nd 3:31.12",
      "Paris 2024 Olympics men's 1500m final, 6 Aug 2024: Hocker 1st 3:27.65, Kerr 2nd 3:27.79",
      "Lausanne Diamond League men's 1500m, 22 Aug 2024: Hocker; Kerr did not run: no win counted",
    ]);
    expect(describeTally(h.meetings[2]!, 'josh-kerr', 'cole-hocker', name)).toBe(
      'head-to-head Kerr 1, Hocker 2',
    );
  });

  it('describePairMeeting(pm) says when who finished ahead is not reported', () => {
    const r = race('Some race', {
      results: [result('josh-kerr', null, null), result('cole-hocker', null, null)],
    });
    const [pm] = headToHead([r], 'josh-kerr', 'cole-hocker').meetings;
    expect(describePairMeeting(pm!, name)).toBe(
      'Some race, date unknown: Kerr, Hocker; who finished ahead is not reported: no win counted (reported in text, no results)',
    );
  });
});
