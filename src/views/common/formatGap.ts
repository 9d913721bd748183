import { formatTime } from './formatTime';

/** Writes a gap to the winner as results lists do: `+0.14`, `+1:02.31`; zero for the winner. */
export function formatGap(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  return seconds === 0 ? '0.00' : `+${formatTime(seconds)}`;
}
