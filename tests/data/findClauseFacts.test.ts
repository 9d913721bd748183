import { describe, expect, it } from 'vitest';
import {
  findAbsences,
  findGaps,
  findOrderings,
  findRecords,
  findStatus,
} from '../../src/data/findClauseFacts';
import { findTimes } from '../../src/data/findTimes';
import { timeRole } from '../../src/data/timeRole';
import { mentionsOf } from '../helpers/mentionsOf';

/** The role of each time in a one-clause sentence. */
const roles = (text: string): [string, string][] => {
  const clause = { start: 0, end: text.length };
  return findTimes(text, 0, text.length).map((t) => [t.raw, timeRole(text, clause, t)]);
};

describe('timeRole', () => {
  it('timeRole(text, clause, token) reads a time after a finishing verb as the result', () => {
    expect(roles('Kerr won in 3:27.65.')).toEqual([['3:27.65', 'result']]);
  });

  it('timeRole reads a medal or runner-up time after a split cue ("at the bell", "the last 200 metres") as the result', () => {
    expect(roles('Achieng broke away at the bell and held on to take gold in 8:48.77.')).toEqual([
      ['8:48.77', 'result'],
    ]);
    expect(roles('Jepkorir, fighting back over the last 200 metres, was runner-up in 8:49.02.')).toEqual([
      ['8:49.02', 'result'],
    ]);
    expect(roles('She went through the last 200 metres in 29.10.')).toEqual([['29.10', 'split']]);
  });

  it('timeRole reads a record someone hopes to attack, or one set by someone else long ago, as no result', () => {
    expect(
      roles('Ingebrigtsen would like to attack the world record of 3:43.13, set by El Guerrouj in 1999.'),
    ).toEqual([['3:43.13', 'other']]);
    expect(roles('The mark of 3:43.13, set in 1999, still stands.')).toEqual([['3:43.13', 'other']]);
  });

  it('timeRole reads a time told in the perfect tense ("he has run 3:26.73") as a career mark, not a result', () => {
    expect(roles('He has run 3:26.73.')).toEqual([['3:26.73', 'other']]);
    expect(roles('She has never clocked under 4:00.00.')).toEqual([['4:00.00', 'other']]);
    expect(roles('He ran 3:26.73 and has won twice.')).toEqual([['3:26.73', 'result']]);
  });

  it('timeRole reads "0.14 seconds behind" and "by 0.14 seconds" as gaps', () => {
    expect(roles('Kerr finished 0.14 seconds behind.')).toEqual([['0.14', 'gap']]);
    expect(roles('Kerr won by 0.14 seconds.')).toEqual([['0.14', 'gap']]);
  });

  it('timeRole reads lap and intermediate times as splits, and the time after "and won in" as the result', () => {
    expect(roles('He went through 800m in 1:52.3.')).toEqual([['1:52.3', 'split']]);
    expect(roles('Kerr ran the last lap in 52.8 and won in 3:27.65.')).toEqual([
      ['52.8', 'split'],
      ['3:27.65', 'result'],
    ]);
  });

  it('timeRole reads old records, personal bests, standards and training times as other', () => {
    expect(roles('Kerr broke the previous record of 3:28.32.')).toEqual([['3:28.32', 'other']]);
    expect(roles('Kerr, with a personal best of 3:26.98, won in 3:27.79.')).toEqual([
      ['3:26.98', 'other'],
      ['3:27.79', 'result'],
    ]);
    expect(roles('The qualifying standard of 3:33.50 was met.')).toEqual([['3:33.50', 'other']]);
    expect(roles('He ran 10 reps of 62.5 each.')).toEqual([['62.5', 'other']]);
  });

  it('timeRole reads a time told after "the surprise of the session" as a result, not a training time', () => {
    expect(roles('Nandakumar produced the surprise of the session by winning heat three in 11.04.')).toEqual([
      ['11.04', 'result'],
    ]);
    expect(roles('Her last session was 6 x 400m in 58.5.')).toEqual([['58.5', 'other']]);
  });

  it('timeRole reads a record held as other, unless it was set in the race told', () => {
    expect(roles('Saether holds the national under-20 record for 3000m at 8:41.09.')).toEqual([
      ['8:41.09', 'other'],
    ]);
    expect(
      roles('Sletten, the national record holder at 1500m with 3:28.75, will train with the group.'),
    ).toEqual([['3:28.75', 'other']]);
    expect(roles('Kemboi still holds the course record of 1:00:31 from that race.')).toEqual([
      ['1:00:31', 'result'],
    ]);
  });

  it('timeRole reads a time told as the season\'s fastest "with" as other, not the race\'s', () => {
    expect(roles('Mutai, the fastest man in the field this season with 26:51.12, was disqualified.')).toEqual(
      [['26:51.12', 'other']],
    );
  });
});

describe('findRecords', () => {
  const records = (text: string, names: string[], hasTime = true) => {
    const { clause, mentions } = mentionsOf(text, names);
    return findRecords(text, clause, mentions, hasTime).map((r) => [r.athleteId, r.record]);
  };

  it('findRecords(text, clause, mentions, hasTime) gives a record set with a time to the clause subject', () => {
    expect(records('Hocker won in an Olympic record of 3:27.65.', ['Hocker'])).toEqual([['hocker', 'OR']]);
    expect(records('Kerr ran 3:27.79 NR.', ['Kerr'])).toEqual([['kerr', 'NR']]);
  });

  it('findRecords reads "set a British record" without a time as a national record', () => {
    expect(records('Kerr set a British record.', ['Kerr'], false)).toEqual([['kerr', 'NR']]);
  });

  it('findRecords gives a broken record to the one who broke it, not to its old holder ("Mo Farah\'s British record")', () => {
    expect(records("Kerr broke Mo Farah's British record.", ['Kerr', 'Farah'])).toEqual([['kerr', 'NR']]);
  });

  it('findRecords does not read a missed record or a "record holder" as a record set', () => {
    expect(records('Kerr missed the world record.', ['Kerr'], false)).toEqual([]);
    expect(records('Kerr is the world record holder.', ['Kerr'], false)).toEqual([]);
  });
});

describe('findGaps', () => {
  const gaps = (text: string, names: string[]) => {
    const { clause, mentions } = mentionsOf(text, names);
    return findGaps(text, clause, mentions).map((g) => [g.athleteId, g.seconds, g.relativeTo]);
  };

  it('findGaps(text, clause, mentions) reads "0.14 seconds behind Hocker" as a gap to Hocker', () => {
    expect(gaps('Kerr finished 0.14 seconds behind Hocker.', ['Kerr', 'Hocker'])).toEqual([
      ['kerr', 0.14, 'hocker'],
    ]);
  });

  it('findGaps reads gaps in words ("three hundredths of a second behind") as a gap to the winner', () => {
    expect(gaps('Kerr was three hundredths of a second behind.', ['Kerr'])).toEqual([['kerr', 0.03, null]]);
  });

  it('findGaps reads "beat Kerr by two tenths of a second" as Kerr 0.2 s behind the winner', () => {
    expect(gaps('Hocker beat Kerr by two tenths of a second.', ['Hocker', 'Kerr'])).toEqual([
      ['kerr', 0.2, 'hocker'],
    ]);
  });

  it('findGaps finds nothing in a clause without a unit of seconds', () => {
    expect(gaps('Kerr was well behind Hocker.', ['Kerr', 'Hocker'])).toEqual([]);
  });
});

describe('findStatus', () => {
  const status = (text: string, names: string[]) => {
    const { clause, mentions } = mentionsOf(text, names);
    return findStatus(text, clause, mentions).map((s) => [s.athleteId, s.status]);
  };

  it('findStatus(text, clause, mentions) reads did not finish, pulled up, disqualified and withdrew', () => {
    expect(status('Cheruiyot did not finish.', ['Cheruiyot'])).toEqual([['cheruiyot', 'dnf']]);
    expect(status('Cheruiyot pulled up.', ['Cheruiyot'])).toEqual([['cheruiyot', 'dnf']]);
    expect(status('Cheruiyot was disqualified.', ['Cheruiyot'])).toEqual([['cheruiyot', 'dq']]);
    expect(status('Kerr withdrew before the final.', ['Kerr'])).toEqual([['kerr', 'dns']]);
  });

  it("findStatus does not give the pacemaker's status to anyone", () => {
    expect(status('Kerr watched as the pacemaker dropped out.', ['Kerr'])).toEqual([]);
  });
});

describe('findAbsences', () => {
  const absent = (text: string, names: string[]) => {
    const { clause, mentions } = mentionsOf(text, names);
    return findAbsences(text, clause, mentions).map((a) => a.athleteId);
  };

  it('findAbsences(text, clause, mentions) reads "wasn\'t present", "skipped" and "withdrew from" as not running', () => {
    expect(absent("Kerr wasn't present in Monaco.", ['Kerr'])).toEqual(['kerr']);
    expect(absent('Kerr skipped the meeting.', ['Kerr'])).toEqual(['kerr']);
    expect(absent('Kerr withdrew from the race.', ['Kerr'])).toEqual(['kerr']);
  });

  it('findAbsences does not read "missed out on a medal" as an absence', () => {
    expect(absent('Kerr missed out on a medal.', ['Kerr'])).toEqual([]);
  });
});

describe('findOrderings', () => {
  const order = (text: string, names: string[]) => {
    const { clause, mentions } = mentionsOf(text, names);
    return findOrderings(text, clause, mentions).map((o) => `${o.ahead}>${o.behind}`);
  };

  it('findOrderings(text, clause, mentions) reads "beat Kerr and Nuguse" as ahead of both', () => {
    expect(order('Hocker beat Kerr and Nuguse.', ['Hocker', 'Kerr', 'Nuguse'])).toEqual([
      'hocker>kerr',
      'hocker>nuguse',
    ]);
  });

  it('findOrderings reads the passive and "behind" forms the other way round', () => {
    expect(order('Kerr was beaten by Hocker.', ['Kerr', 'Hocker'])).toEqual(['hocker>kerr']);
    expect(order('Kerr finished behind Hocker.', ['Kerr', 'Hocker'])).toEqual(['hocker>kerr']);
    expect(order('Kerr lost to Hocker.', ['Kerr', 'Hocker'])).toEqual(['hocker>kerr']);
  });

  it('findOrderings finds nothing when only one person is named', () => {
    expect(order('Hocker beat the field.', ['Hocker'])).toEqual([]);
  });
});

describe('timeRole (bests told around a time)', () => {
  it('timeRole reads "a 3:49.88 best" and "his personal best remains 1:45.11" as no result', () => {
    expect(roles('He owns a 3:49.88 best for the mile.')).toEqual([['3:49.88', 'other']]);
    expect(roles("Vale's personal best remains 1:45.11.")).toEqual([['1:45.11', 'other']]);
    expect(roles('He won in 3:49.88, a personal best.')).toEqual([['3:49.88', 'result']]);
  });

  it('timeRole reads a time after "over the final 200 metres to clock" as the result', () => {
    expect(roles('She kicked over the final 200 metres to clock 8:34.06.')).toEqual([['8:34.06', 'result']]);
  });
});

describe('timeRole (the kind of runner)', () => {
  it('timeRole reads "a 2:21:30 marathoner" and "brought a lifetime best of 59:20" as no result', () => {
    expect(roles('Girma, a 2:21:30 marathoner, broke clear.')).toEqual([['2:21:30', 'other']]);
    expect(roles('Alemu, who brought a lifetime best of 59:20 to Wales, clung on.')).toEqual([
      ['59:20', 'other'],
    ]);
    expect(roles('She ran 1:09:30 for her previous best two years ago.')).toEqual([['1:09:30', 'other']]);
  });
});
