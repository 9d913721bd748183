import { memo, useCallback, useMemo } from 'react';
import { applyFinishLineMotion } from '../../charts/finish-line/applyFinishLineMotion';
import { FinishLineChart } from '../../charts/finish-line/FinishLineChart';
import { isMotionOnly } from '../../charts/finish-line/isMotionOnly';
import { layoutFinishLine } from '../../charts/finish-line/layoutFinishLine';
import { layoutPhotoFinish } from '../../charts/finish-line/layoutPhotoFinish';
import { PhotoFinishChart } from '../../charts/finish-line/PhotoFinishChart';
import { positionsAt } from '../../model/replay/positionsAt';
import type { RaceReplay } from '../../model/replay/types';
import { useAppStore, useAppStoreApi } from '../../state/useAppStore';
import { ReplayCaptions } from './ReplayCaptions';
import { useElementWidth } from './useElementWidth';
import { useMovingLayout } from './useMovingLayout';

// Re-rendered only when their props change, not on every frame.
const PhotoFinish = memo(PhotoFinishChart);

/**
 * The moving part of the replay: the finish-line chart at the store's race time, the captions
 * of the moment and, once every runner is home, the photo finish. While the replay plays, the
 * chart re-renders only when its drawing changes (a runner crosses the line, a lane stretch
 * begins); in between, its marks, labels and clock are moved in place (useMovingLayout).
 */
export function ReplayStage({ replay, raceName }: { replay: RaceReplay; raceName: string }) {
  const store = useAppStoreApi();
  const range = useAppStore((s) => s.range);
  const spoilerFree = useAppStore((s) => s.spoilerFree);
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const chartWidth = Math.max(320, width);
  const layoutAt = useCallback(
    (t: number) =>
      layoutFinishLine(replay, positionsAt(replay, t), t, { width: chartWidth, range, spoilerFree }),
    [replay, chartWidth, range, spoilerFree],
  );
  const layout = useMovingLayout(store, layoutAt, isMotionOnly, (next) => {
    const svg = ref.current?.querySelector<SVGSVGElement>('.finish-line-chart > svg');
    if (svg != null) applyFinishLineMotion(svg, next);
  });
  const lastHome = replay.trajectories[replay.trajectories.length - 1]?.finishTime ?? replay.winnerTime;
  const allHome = useAppStore((s) => s.t >= lastHome);
  const photo = useMemo(() => layoutPhotoFinish(replay, chartWidth), [replay, chartWidth]);
  return (
    <div ref={ref} className="replay-stage">
      <FinishLineChart
        layout={layout}
        label={`Finish-line replay of ${raceName}: ${layout.title.toLowerCase()}`}
      />
      <ReplayCaptions replay={replay} />
      {/* Drawn from the start and shown once every runner is home: its many texts would
          otherwise be laid out in the frame the last runner crosses, a long frame on a slow
          device. Hidden, it is out of sight and of the accessibility tree (replay.css). */}
      <section
        className="photo-finish"
        aria-labelledby="photo-finish-heading"
        data-shown={allHome}
        aria-hidden={!allHome}
        inert={!allHome}
      >
        <h3 id="photo-finish-heading">Photo finish</h3>
        <p className="replay-note">
          Gaps in metres are the gap in seconds times each runner’s speed at the line in the reconstruction.
        </p>
        <PhotoFinish layout={photo} />
        {photo.more > 0 && <p className="replay-note">And {photo.more} more: see the finish table.</p>}
      </section>
    </div>
  );
}
