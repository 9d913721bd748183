import { isPlausibleTime } from './lexicon/events';

/** A time read from text, in seconds, with how it was written. */
export interface ParsedTime {
  seconds: number;
  /** Digits after the decimal point (2 for 3:31.42, 3 for 9.784, 0 for 2:06:26). */
  precision: number;
  /** Written m:ss:hh where m:ss.hh was meant ("3:31:42"); read as m:ss.hh and flagged. */
  typo: boolean;
  /** a:bb:cc that could be h:mm:ss or a typo'd m:ss.hh and no event decided it. */
  ambiguous: boolean;
}

/**
 * Parses a race time: "3:31.42", "13:11.20", "9.784", "54.9", "2:06:26" (h:mm:ss), "1:02:03.4",
 * and the typo form "3:31:42" (read as 3:31.42 and flagged). `distance` (metres), when known,
 * decides between h:mm:ss and a typo'd m:ss.hh by which reading is plausible for the event, and
 * reads "29.41" as 29:41 (flagged) in a report that writes no time with a colon (`dottedMinutes`)
 * when only that is plausible for the event.
 * Returns null for anything that is not a time (minutes or seconds past 59, empty parts).
 */
export function parseTime(
  raw: string,
  distance: number | null = null,
  dottedMinutes = false,
): ParsedTime | null {
  // "2hr 03min 41sec", as some results lists write a road time.
  // (Each replace runs only where its text can be: most times hold neither.)
  const trimmed = raw.trim();
  const dotted = trimmed.includes(',') ? trimmed.replace(/,/g, '.') : trimmed;
  const s = !dotted.includes('hr')
    ? dotted
    : dotted.replace(
        /^(\d{1,2}) ?hr (\d{1,2}) ?min (\d{1,2}) ?sec$/,
        (_, h: string, min: string, sec: string) => [h, min.padStart(2, '0'), sec.padStart(2, '0')].join(':'),
      );
  let m = /^(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/.exec(s);
  if (m) return parseThreePart(m, distance);
  m = /^(\d{1,3}):(\d{2})(?:\.(\d{1,3}))?$/.exec(s);
  if (m?.[1] && m[2]) {
    const sec = Number(m[2]);
    if (sec >= 60) return null;
    const frac = m[3] ?? '';
    return {
      seconds: round(Number(m[1]) * 60 + sec + fraction(frac), 3),
      precision: frac.length,
      typo: false,
      ambiguous: false,
    };
  }
  m = /^(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (m?.[1] && m[2]) {
    // "29.41" for a 10 km race: minutes and seconds with a full stop between, as some papers write them.
    if (dottedMinutes && distance !== null && m[2].length === 2 && Number(m[2]) < 60) {
      const asMinutes = Number(m[1]) * 60 + Number(m[2]);
      if (!isPlausibleTime(distance, Number(s)) && isPlausibleTime(distance, asMinutes))
        return { seconds: asMinutes, precision: 0, typo: true, ambiguous: false };
    }
    return {
      seconds: round(Number(m[1]) + fraction(m[2]), 3),
      precision: m[2].length,
      typo: false,
      ambiguous: false,
    };
  }
  return null;
}

function parseThreePart(m: RegExpExecArray, distance: number | null): ParsedTime | null {
  const a = Number(m[1]);
  const b = Number(m[2]);
  const c = m[3] ?? '00';
  const frac = m[4];
  if (b >= 60) return null;
  const asHours: ParsedTime | null =
    Number(c) < 60
      ? {
          seconds: round(a * 3600 + b * 60 + Number(c) + fraction(frac ?? ''), 3),
          precision: frac?.length ?? 0,
          typo: false,
          ambiguous: false,
        }
      : null;
  const asTypo: ParsedTime | null =
    frac === undefined
      ? { seconds: round(a * 60 + b + fraction(c), 3), precision: 2, typo: true, ambiguous: false }
      : null;
  if (!asHours) return asTypo;
  if (!asTypo) return asHours;
  if (distance !== null) {
    const hoursFit = isPlausibleTime(distance, asHours.seconds);
    const typoFit = isPlausibleTime(distance, asTypo.seconds);
    if (hoursFit !== typoFit) return hoursFit ? asHours : asTypo;
  }
  // Without an event to decide: marathons and walks start with 1–4 hours; a leading 0 is never
  // an hour, and a typo'd middle-distance time usually starts with its minutes (3:31:42).
  return a >= 1 && a <= 2 ? { ...asHours, ambiguous: true } : { ...asTypo, ambiguous: true };
}

/** What an issue says of a time read as a typo: "3:31:42" as 3:31.42, "29.41" as 29:41. */
export function typoMessage(raw: string): string {
  return raw.includes(':')
    ? `"${raw}" read as ${raw.replace(/:(\d{2})$/, '.$1')} (m:ss.hh written with a colon).`
    : `"${raw}" read as ${raw.replace(/[.,]/, ':')} (minutes and seconds written with a full stop).`;
}

function fraction(digits: string): number {
  return digits.length === 0 ? 0 : Number(digits) / 10 ** digits.length;
}

function round(n: number, places: number): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

/** Digits a race time is written with: 3 when it has thousandths (a photo-finish reading, 9.784), else 2. */
export function timeDigits(seconds: number): 2 | 3 {
  return Math.round(seconds * 1000) % 10 === 0 ? 2 : 3;
}

/**
 * Formats seconds as a race time: 211.42 → "3:31.42", 9.784 → "9.784" (precision 3), 7586 → "2:06:26"
 * (precision 0). Works in integer ticks, since 211.42 * 100 is not an integer in floating point.
 * `trimHourFraction` leaves off an all-zero fraction past an hour ("2:06:26", not "2:06:26.00"),
 * as marathon results are written.
 */
export function formatSeconds(seconds: number, precision = 2, trimHourFraction = false): string {
  const unit = 10 ** precision;
  const ticks = Math.round(seconds * unit);
  const whole = Math.floor(ticks / unit);
  const fraction = ticks % unit;
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const fracText =
    precision > 0 && !(h > 0 && trimHourFraction && fraction === 0)
      ? '.' + String(fraction).padStart(precision, '0')
      : '';
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}${fracText}`;
  if (m > 0) return `${m}:${String(s).padStart(2, '0')}${fracText}`;
  return `${s}${fracText}`;
}
