import type { Caption, RaceReplay } from '../../model/replay/types';
import { useAppStore } from '../../state/useAppStore';
import { formatTime } from '../common/formatTime';
import { SourceQuotes } from '../common/SourceQuotes';

const KIND_LABELS: Record<Caption['kind'], string> = {
  lead: 'Lead',
  split: 'Split',
  pass: 'Pass',
  surge: 'Surge',
  kick: 'Kick',
  fade: 'Fade',
  bell: 'Bell',
};

/**
 * The play-by-play: the narrative events in race order, each at its moment with the article's
 * words and sources, and a button to jump there. The events of the moment are marked current.
 * Spoiler-free, events the replay has not reached are held back.
 */
export function PlayByPlay({ replay }: { replay: RaceReplay }) {
  // Re-renders only when the set of reached or current events changes, not on every frame.
  const key = useAppStore(
    (s) =>
      replay.captions.map((c) => (s.t >= c.until ? 'p' : s.t >= c.time ? 'c' : 'f')).join('') +
      (s.spoilerFree ? 's' : ''),
  );
  const seek = useAppStore((s) => s.seek);
  const spoilerFree = key.endsWith('s');
  if (replay.captions.length === 0)
    return <p className="replay-note">The articles describe no moments of this race.</p>;
  return (
    <ol className="play-by-play">
      {replay.captions.map((caption, i) => {
        const state = key[i];
        if (spoilerFree && state === 'f') {
          return (
            <li key={caption.id} className="play-by-play-hidden">
              Hidden until the replay reaches it.
            </li>
          );
        }
        return (
          <li key={caption.id} aria-current={state === 'c' ? 'true' : undefined}>
            <button type="button" className="link-button" onClick={() => seek(caption.time)}>
              {formatTime(Math.round(caption.time * 100) / 100)}
            </button>{' '}
            <strong>{KIND_LABELS[caption.kind]}</strong>
            {caption.at !== null && <span className="replay-note"> at {Math.round(caption.at)} m</span>}
            {caption.placement === 'placed' && (
              <span className="replay-note"> (moment placed by the app)</span>
            )}
            <SourceQuotes sources={caption.sources} limit={2} />
          </li>
        );
      })}
    </ol>
  );
}
