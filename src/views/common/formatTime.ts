import { formatSeconds, timeDigits } from '../../data/parseTime';

/**
 * Writes a duration the way results lists do: `ss.hh` under a minute, `m:ss.hh` under an hour,
 * `h:mm:ss` beyond (with hundredths only when there are any). Thousandths appear when the
 * value has them (photo-finish times such as 9.794), never invented otherwise.
 * Non-finite or negative values give an em dash.
 */
export function formatTime(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  return formatSeconds(seconds, timeDigits(seconds), true);
}
