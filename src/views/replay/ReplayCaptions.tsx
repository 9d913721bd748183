import { memo } from 'react';
import type { Caption, RaceReplay } from '../../model/replay/types';

/**
 * The captions of the moment: the articles' words about what is happening now, each with the
 * article it comes from. Visual only; the play-by-play list carries them for screen readers.
 */
export function ReplayCaptions({ replay, t }: { replay: RaceReplay; t: number }) {
  const active = replay.captions.filter((c) => c.time <= t && t < c.until);
  return <CaptionList captions={active} ids={active.map((c) => c.id).join(' ')} />;
}

// Keyed by the ids on screen, so the list re-renders when a caption comes or goes, not every frame.
const CaptionList = memo(
  function CaptionList({ captions }: { captions: Caption[]; ids: string }) {
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
  },
  (a, b) => a.ids === b.ids,
);
