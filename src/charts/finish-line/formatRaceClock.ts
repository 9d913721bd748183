/**
 * Race time as a results board shows it, to the hundredth: `9.79`, `3:31.42`, `2:05:12.30`.
 * Rounds down while running (a clock never shows a hundredth that has not yet passed).
 */
export function formatRaceClock(seconds: number, rounding: 'down' | 'nearest' = 'down'): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '0.00';
  // Integer hundredths; the epsilon keeps 1.15 (1.1499…) from showing as 1.14.
  const raw = seconds * 100;
  const hundredths = rounding === 'down' ? Math.floor(raw + 1e-6) : Math.round(raw);
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100).padStart(2, '0');
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${fraction}`;
  if (m > 0) return `${m}:${String(s).padStart(2, '0')}.${fraction}`;
  return `${s}.${fraction}`;
}

/** A gap behind the winner: `+0.14`, `+1:02.31`; the winner's is `0.00`. */
export function formatGapClock(seconds: number): string {
  if (!(seconds > 0.0005)) return '0.00';
  return `+${formatRaceClock(seconds, 'nearest')}`;
}
