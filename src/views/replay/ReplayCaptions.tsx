import type { RaceReplay } from '../../model/replay/types';

/**
 * The captions of the moment: the articles' words about what is happening now, each with the
 * article it comes from. Visual only; the play-by-play list carries them for screen readers.
 */
export function ReplayCaptions({ replay, t }: { replay: RaceReplay; t: number }) {
  const active = replay.captions.filter((c) => c.time <= t && t < c.until);
  return (
    <div className="replay-captions" aria-hidden="true">
      {active.map((caption) => (
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
}
