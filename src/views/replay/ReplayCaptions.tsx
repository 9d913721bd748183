import { memo } from 'react';
import type { Caption, RaceReplay } from '../../model/replay/types';
import { useAppStore } from '../../state/useAppStore';

// Which captions are on screen at `t`, one character each: a selector on this string
// re-renders the captions when one comes or goes, not on every frame.
const activeKey = (replay: RaceReplay, t: number): string =>
  replay.captions.map((c) => (c.time <= t && t < c.until ? '1' : '0')).join('');

/**
 * The captions of the moment: the articles' words about what is happening now, each with the
 * article it comes from. Visual only; the play-by-play list carries them for screen readers.
 */
export function ReplayCaptions({ replay }: { replay: RaceReplay }) {
  const active = useAppStore((s) => activeKey(replay, s.t));
  return <CaptionList replay={replay} active={active} />;
}

const CaptionList = memo(function CaptionList({ replay, active }: { replay: RaceReplay; active: string }) {
  const captions: Caption[] = replay.captions.filter((_, i) => active[i] === '1');
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
