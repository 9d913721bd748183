import { memo, useMemo } from 'react';
import { FinishLineChart } from '../../charts/finish-line/FinishLineChart';
import { layoutFinishLine } from '../../charts/finish-line/layoutFinishLine';
import { layoutPhotoFinish } from '../../charts/finish-line/layoutPhotoFinish';
import { PhotoFinishChart } from '../../charts/finish-line/PhotoFinishChart';
import { positionsAt } from '../../model/replay/positionsAt';
import type { RaceReplay } from '../../model/replay/types';
import { useAppStore } from '../../state/useAppStore';
import { ReplayCaptions } from './ReplayCaptions';
import { useElementWidth } from './useElementWidth';

// Re-rendered only when their props change, not on every frame.
const PhotoFinish = memo(PhotoFinishChart);

/**
 * The moving part of the replay: the finish-line chart at the store's race time, the captions
 * of the moment and, once every runner is home, the photo finish. The only part of the page
 * that renders on every frame.
 */
export function ReplayStage({ replay, raceName }: { replay: RaceReplay; raceName: string }) {
  const t = useAppStore((s) => s.t);
  const range = useAppStore((s) => s.range);
  const spoilerFree = useAppStore((s) => s.spoilerFree);
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const chartWidth = Math.max(320, width);
  const layout = layoutFinishLine(replay, positionsAt(replay, t), t, {
    width: chartWidth,
    range,
    spoilerFree,
  });
  const lastHome = replay.trajectories[replay.trajectories.length - 1]?.finishTime ?? replay.winnerTime;
  const photo = useMemo(() => layoutPhotoFinish(replay, chartWidth), [replay, chartWidth]);
  return (
    <div ref={ref} className="replay-stage">
      <FinishLineChart
        layout={layout}
        label={`Finish-line replay of ${raceName}: ${layout.title.toLowerCase()}`}
      />
      <ReplayCaptions replay={replay} t={t} />
      {t >= lastHome && (
        <section className="photo-finish" aria-labelledby="photo-finish-heading">
          <h3 id="photo-finish-heading">Photo finish</h3>
          <p className="replay-note">
            Gaps in metres are the gap in seconds times each runner’s speed at the line in the reconstruction.
          </p>
          <PhotoFinish layout={photo} />
          {photo.more > 0 && <p className="replay-note">And {photo.more} more: see the finish table.</p>}
        </section>
      )}
    </div>
  );
}
