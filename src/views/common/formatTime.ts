/**
 * Writes a duration the way results lists do: `ss.hh` under a minute, `m:ss.hh` under an hour,
 * `h:mm:ss` beyond (with hundredths only when there are any). Thousandths appear when the
 * value has them (photo-finish times such as 9.794), never invented otherwise.
 * Non-finite or negative values give an em dash.
 */
export function formatTime(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  // Work in integer milliseconds: 211.42 * 1000 is 207649.99999999997 in floating point.
  const ms = Math.round(seconds * 1000);
  const digits = ms % 10 === 0 ? 2 : 3;
  const scale = digits === 2 ? 100 : 1000;
  const units = digits === 2 ? ms / 10 : ms;
  const whole = Math.floor(units / scale);
  const fraction = String(units % scale).padStart(digits, '0');
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  if (h > 0) {
    const clock = `${h}:${String(m).padStart(2, '0')}:${ss}`;
    return Number(fraction) === 0 ? clock : `${clock}.${fraction}`;
  }
  if (m > 0) return `${m}:${ss}.${fraction}`;
  return `${s}.${fraction}`;
}
