import { formatSeconds, timeDigits } from '../../data/parseTime';

/**
 * A race time as athletics writes it: "54.90", "3:40.12", "13:05.00", "1:02:03.40". Hundredths,
 * or thousandths when the time has them (a photo-finish reading).
 */
export function formatRaceTime(totalSeconds: number): string {
  return formatSeconds(totalSeconds, timeDigits(totalSeconds));
}
