import type { Race, Remark } from '../../model/types';
import { formatWhen } from '../../model/rivalry/formatWhen';
import { meetingWhen } from '../../model/rivalry/meetingWhen';
import { SourcePopover } from '../common/SourcePopover';

/** Props of the list of remarks between rivals. */
export interface RemarkListProps {
  remarks: readonly Remark[];
  races: readonly Race[];
  nameOf: (athleteId: string) => string;
  /** The key of the remark shown as focused on the timeline ("remark-0"). */
  focusedKey: string | null;
}

/** Remarks between the chosen athletes, numbered as on the timeline, each with its quote and source. */
export function RemarkList({ remarks, races, nameOf, focusedKey }: RemarkListProps) {
  if (remarks.length === 0)
    return <p className="remark-none">No remarks between these athletes in the articles.</p>;
  return (
    <ol className="remark-list">
      {remarks.map((r, i) => {
        const race = races.find((x) => x.id === r.raceId);
        const about = r.aboutIds.filter((id) => id !== r.speakerId).map(nameOf);
        return (
          <li key={`remark-${i}`} className={focusedKey === `remark-${i}` ? 'remark is-focused' : 'remark'}>
            <p className="remark-head">
              <strong>{nameOf(r.speakerId)}</strong> on {about.join(' and ')}
              {race && (
                <>
                  , {race.name} ({formatWhen(meetingWhen(race))})
                </>
              )}
            </p>
            <blockquote>“{r.text}”</blockquote>
            <SourcePopover title={`Remark ${i + 1}, ${nameOf(r.speakerId)}`} sources={r.sources}>
              Source<span className="visually-hidden"> of remark {i + 1}</span>
            </SourcePopover>
          </li>
        );
      })}
    </ol>
  );
}
