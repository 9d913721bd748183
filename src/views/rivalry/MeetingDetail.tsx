import type { HeadToHead, PairMeeting } from '../../model/rivalry/headToHead';
import { describePairMeeting, describeOutcome, describeTally } from '../../model/rivalry/describePairMeeting';
import type { Race } from '../../model/types';
import { SourceQuotes } from '../common/SourceQuotes';
import { hasTimes } from './useOpenRace';

/** Props of the detail card of the meeting in focus on the timeline. */
export interface MeetingDetailProps {
  pair: { headToHead: HeadToHead; meeting: PairMeeting } | null;
  nameOf: (athleteId: string) => string;
  onOpenRace: (race: Race) => void;
}

/** What the timeline's focused meeting is, who finished ahead, the tally, and the sources. */
export function MeetingDetail({ pair, nameOf, onOpenRace }: MeetingDetailProps) {
  if (pair === null) {
    return (
      <p className="meeting-detail-hint">
        Point at or tab to a meeting to see it here; click it or press Enter to open its race.
      </p>
    );
  }
  const { headToHead: h, meeting: pm } = pair;
  const { race, when, absent } = pm.meeting;
  const sources = [
    ...(pm.order?.sources ?? []),
    ...absent.flatMap((a) => a.sources),
    ...(when.kind === 'date' || when.kind === 'range' ? when.sources : []),
  ];
  return (
    <div className="meeting-detail">
      <p className="meeting-detail-title">{describePairMeeting(pm, nameOf)}</p>
      <p>
        {describeOutcome(pm, nameOf)}; {describeTally(pm, h.a, h.b, nameOf)}.
        {when.kind === 'range' && <> Date known only approximately: {when.reason}.</>}
      </p>
      <button type="button" onClick={() => onOpenRace(race)}>
        {hasTimes(race) ? 'Replay this race' : 'Open this race'}
      </button>
      <SourceQuotes sources={sources} limit={4} />
    </div>
  );
}
