/**
 * Athletics events: how reports write them and the distance each is run over.
 * A general domain table.
 */
import { numberValue } from './numbers';

/** A recognised event: its canonical label ("1500m", "marathon") and distance in metres. */
export interface EventInfo {
  label: string;
  distance: number;
}

/** Standard track distances (metres), school and youth ones too, that name an event when written as "1500m" or "5,000 metres". */
export const TRACK_DISTANCES: ReadonlySet<number> = new Set([
  50, 55, 60, 70, 75, 80, 100, 150, 200, 300, 400, 500, 600, 800, 1000, 1200, 1500, 1600, 2000, 3000, 3200,
  5000, 10000,
]);

const MILE = 1609.344;

const NAMED: readonly [RegExp, EventInfo][] = [
  [/^half[- ]marathon$/i, { label: 'half marathon', distance: 21097.5 }],
  [/^marathon$/i, { label: 'marathon', distance: 42195 }],
  [/^mile$/i, { label: 'mile', distance: 1609.344 }],
  // "The metric mile" is what reports call the 1500m.
  [/^metric mile$/i, { label: '1500m', distance: 1500 }],
  [/^(?:two|2)[- ]miles?$/i, { label: '2 miles', distance: 3218.688 }],
  // "The steeplechase" with no distance is the senior championship event.
  [/^steeple(?:chase)?$/i, { label: '3000m steeplechase', distance: 3000 }],
];

/**
 * Reads an event from its written form: "1500m", "1,500 metres", "5,000m", "10000m", "mile",
 * "marathon", "3000m steeplechase", "110m hurdles", "20km walk". Null when it is not an event.
 */
export function eventOf(distanceText: string, unit: string, suffix: string): EventInfo | null {
  for (const [re, info] of NAMED) if (re.test(distanceText)) return info;
  // "the Fosse Ten 10-mile road race", "the Solent Coast 10 Mile": a road race over whole miles.
  const miles = /^(\w+)[- ]mile$/i.exec(distanceText);
  const count = miles?.[1] ? numberValue(miles[1]) : null;
  if (count !== null) return { label: `${count} miles`, distance: count * MILE };
  const n = Number(distanceText.replace(/[,\s]/g, ''));
  if (!Number.isFinite(n) || n <= 0) return null;
  const km = /^k/i.test(unit);
  const metres = km ? Math.round(n * 1000) : n;
  // "Senior women (8.1 km, 6 laps)": a course in kilometres and tenths; "21.1 km" is the half marathon.
  if (km && !Number.isInteger(n)) {
    if (Math.abs(n - 21.1) < 0.01) return { label: 'half marathon', distance: 21097.5 };
    if (Math.abs(n - 42.195) < 0.01 || n === 42.2) return { label: 'marathon', distance: 42195 };
  }
  const kind = suffix.toLowerCase();
  // ("3,000 metres obstacles": the steeplechase, in a translation from the Spanish or the French.)
  if (kind.startsWith('steeple') || kind === 'obstacles')
    return { label: `${metres}m steeplechase`, distance: metres };
  if (kind.startsWith('hurdle')) return { label: `${metres}m hurdles`, distance: metres };
  // "20km walk" on the road, "10,000m race walk" on the track.
  if (kind.startsWith('walk') || kind.startsWith('race walk'))
    return { label: km ? `${n}km walk` : `${metres}m walk`, distance: metres };
  // "the 3K" on the track is the 3000m; any other distance in kilometres is a road or cross-country
  // race's ("the U20 women's 4km", "the 9.5km senior race").
  if (km && metres < 5000 && TRACK_DISTANCES.has(metres)) return { label: `${metres}m`, distance: metres };
  if (km) return { label: `${n}km`, distance: metres };
  return TRACK_DISTANCES.has(metres) ? { label: `${metres}m`, distance: metres } : null;
}

/** Distance in metres of an event label produced by `eventOf`, or null. */
export function distanceOfEvent(label: string): number | null {
  for (const [re, info] of NAMED) if (re.test(label)) return info.distance;
  const miles = /^(\d+) miles$/.exec(label);
  if (miles?.[1]) return Number(miles[1]) * MILE;
  const m = /^(\d+(?:\.\d+)?)(km|m)\b/.exec(label);
  if (!m?.[1]) return null;
  return Number(m[1]) * (m[2] === 'km' ? 1000 : 1);
}

/**
 * The range of plausible finishing times (seconds) for a distance: from a little faster than
 * world-record speed to a slow recreational pace. Used to tell h:mm:ss from a typo'd m:ss.hh
 * and to keep a time out of a race it cannot belong to.
 */
export function plausibleTimeRange(distance: number): [number, number] {
  // Average speeds of the world records (m/s), with 5 % to spare: 100m 10.44, 400m 9.3, 800m 7.9,
  // 1500m 7.3, 5000m 6.6, 10,000m 6.35, marathon 5.9.
  const record =
    distance <= 200
      ? 10.45
      : distance <= 400
        ? 9.3
        : distance <= 1000
          ? 7.95
          : distance <= 1700
            ? 7.3
            : distance <= 3000
              ? 6.85
              : distance <= 5000
                ? 6.6
                : distance <= 10000
                  ? 6.35
                  : 5.95;
  const slowest = distance <= 400 ? 4 : distance <= 10000 ? 3 : 1.8;
  return [distance / (record * 1.05), distance / slowest + (distance <= 200 ? 2 : 0)];
}

/** Whether `seconds` could be a finishing time over `distance` metres (see {@link plausibleTimeRange}). */
export function isPlausibleTime(distance: number, seconds: number): boolean {
  const [lo, hi] = plausibleTimeRange(distance);
  return seconds >= lo && seconds <= hi;
}

/**
 * A field or combined event ("the women's high jump", "took the javelin", "the men's shot"): what
 * a clause naming one tells is no race's result.
 */
export const FIELD_EVENT =
  /\b(?:(?:high|long|triple)\s+jump|pole\s+vault|shot(?:\s+put)?(?=\s+(?:with|title|crown|gold|in|at)\b|\s*[,.;]|$)|shot\s+put|discus|hammer(?:\s+throw)?(?=\s+(?:with|title|crown|gold|in|at)\b|\s*[,.;]|$)|javelin|(?:hept|dec|pent)athlon)\b/i;

/** A wheelchair race ("In the wheelchair races, …", "the T54 1500m"): a sentence naming one tells no foot race's result. */
export const WHEELCHAIR = /\b(?:wheelchair|T5[1-4])\b/i;
