import { useDeferredValue, useState } from 'react';
import type { RaceReplay, Trajectory } from '../../model/replay/types';
import { useAppStore } from '../../state/useAppStore';
import { formatTime } from '../common/formatTime';

const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

function crossing(t: Trajectory): string {
  const place = t.place === null ? '' : `, ${ordinal(t.place)}`;
  const time = t.timeReported ? ` in ${formatTime(t.finishTime)}` : ', time not reported';
  return `${t.athlete} crosses the line${place}${time}.`;
}

/** How many runners have crossed the line at `t` (trajectories are in finishing-time order). */
export function runnersHome(replay: RaceReplay, t: number): number {
  const runners = replay.trajectories;
  let lo = 0;
  let hi = runners.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runners[mid]!.finishTime <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Tells screen readers, politely, each time a runner crosses the line while the replay plays
 * or is stepped forward; a jump over several crossings is announced as one message.
 */
export function CrossingAnnouncer({ replay }: { replay: RaceReplay }) {
  // The number of runners home: changes a few times per race, not on every frame. Deferred:
  // the announcement renders after the frame that drew the crossing, not in it.
  const home = useDeferredValue(useAppStore((s) => runnersHome(replay, s.t)));
  const [seen, setSeen] = useState({ replay, home, message: '' });
  // Derived while rendering (React re-renders at once, before committing), not in an effect
  // that would commit the page a second time.
  if (seen.replay !== replay) setSeen({ replay, home, message: '' });
  else if (seen.home !== home) {
    const crossed = replay.trajectories.slice(seen.home, home);
    setSeen({ replay, home, message: home > seen.home ? crossed.map(crossing).join(' ') : seen.message });
  }
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {seen.message}
    </p>
  );
}
