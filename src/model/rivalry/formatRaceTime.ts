/**
 * A race time as athletics writes it: "54.90", "3:40.12", "13:05.00", "1:02:03.40". Hundredths,
 * or thousandths when the time has them (a photo-finish reading).
 */
export function formatRaceTime(totalSeconds: number): string {
  const thousandths = Math.round(totalSeconds * 1000);
  const digits = thousandths % 10 === 0 ? 2 : 3;
  const unit = digits === 2 ? 100 : 1000;
  const ticks = Math.round(totalSeconds * unit);
  const whole = Math.floor(ticks / unit);
  const fraction = String(ticks % unit).padStart(digits, '0');
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${fraction}`;
  if (m > 0) return `${m}:${String(s).padStart(2, '0')}.${fraction}`;
  return `${s}.${fraction}`;
}
