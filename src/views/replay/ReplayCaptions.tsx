import { memo } from 'react';
import type { Caption, RaceReplay } from '../../model/replay/types';
import { useAppStore } from '../../state/useAppStore';
import { captionMoment, captionStates } from './captionMoments';

/**
 * The captions of the moment: the articles' words about what is happening now, each with the
 * article it comes from. Visual only; the play-by-play list carries them for screen readers.
 */
export function ReplayCaptions({ replay }: { replay: RaceReplay }) {
  // Re-renders when a caption comes or goes, not on every frame.
  const moment = useAppStore((s) => captionMoment(replay, s.t));
  return <CaptionList replay={replay} moment={moment} />;
}

const CaptionList = memo(function CaptionList({ replay, moment }: { replay: RaceReplay; moment: number }) {
  const states = captionStates(replay, moment);
  const captions: Caption[] = replay.captions.filter((_, i) => states[i] === 'c');
  return (
    <div className="replay-captions" aria-hidden="true">
      {captions.map((caption) => (
        <figure key={caption.id} className="replay-caption">
          <blockquote>“{caption.quote}”</blockquote>
          <figcaption>
            {caption.sources[0]?.article ?? 'article'}
            {caption.placement === 'placed' && ' · moment placed by the app'}
          </figcaption>
        </figure>
      ))}
    </div>
  );
});
