import type { Race } from '../types';
import { finishedAhead } from './finishedAhead';
import type { FinishOrder } from './finishedAhead';
import { meetingsOf } from './meetingsOf';
import type { Meeting } from './meetingsOf';

/** Wins of the two athletes of a pair, `a` first. */
export interface Tally {
  a: number;
  b: number;
}

/** One meeting of a pair: who finished ahead (null: absence, or not known) and the tally after it. */
export interface PairMeeting {
  meeting: Meeting;
  order: FinishOrder | null;
  /** Wins counted up to and including this meeting. */
  tally: Tally;
}

/**
 * The head-to-head record of `a` against `b`. A win is finishing ahead of the other athlete in the
 * same race, whatever the places; meetings where the order is unknown, and absences, count no win.
 */
export interface HeadToHead {
  a: string;
  b: string;
  wins: Tally;
  /** Races both ran where the articles do not say who finished ahead. */
  undecided: number;
  /** Races one ran while the other was reported absent. */
  absences: number;
  /** In time order, each with the running tally. */
  meetings: PairMeeting[];
}

/** The head-to-head record of athletes `a` and `b` over `races`, with a running tally. */
export function headToHead(races: readonly Race[], a: string, b: string): HeadToHead {
  const wins: Tally = { a: 0, b: 0 };
  let undecided = 0;
  let absences = 0;
  const meetings: PairMeeting[] = [];
  for (const meeting of meetingsOf(races, [a, b])) {
    let order: FinishOrder | null = null;
    if (meeting.kind === 'absence') {
      absences += 1;
    } else {
      order = finishedAhead(meeting.race, a, b);
      if (order === null) undecided += 1;
      else if (order.ahead === a) wins.a += 1;
      else wins.b += 1;
    }
    // A race with results can still hold this pair only in its story ("Lind beat Okafor"):
    // for the pair, that meeting is known from the narrative.
    const kind = order?.basis === 'ordering' ? 'narrative' : meeting.kind;
    meetings.push({
      meeting: kind === meeting.kind ? meeting : { ...meeting, kind },
      order,
      tally: { ...wins },
    });
  }
  return { a, b, wins: { ...wins }, undecided, absences, meetings };
}

/** Every pair of `ids` in order: [a, b] with a before b in the list. */
export function pairsOf(ids: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) pairs.push([a, b]);
  });
  return pairs;
}
