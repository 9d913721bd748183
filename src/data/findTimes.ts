import { NUMBER_PATTERN, numberValue } from './lexicon/numbers';
import { sortByStart } from './sortByPosition';

/** A time-like number in the text, before it is read as a result, a split or a gap. */
export interface TimeToken {
  start: number;
  end: number;
  raw: string;
  /** Written with a unit of seconds ("54.9 seconds"). */
  withSeconds: boolean;
}

const TIME =
  /(?<![\d:.,+-])(\d{1,2}:\d{2}:\d{2}(?:\.\d{1,3})?|\d{1,3}:\d{2}(?:\.\d{1,3})?|\d{1,3}\.\d{1,3})(?![\d:]|\.\d)(\s*(?:seconds|secs?|s)\b)?/g;
// Hours and minutes in digits or words ("three minutes"), without "a"/"an".
const COUNT = NUMBER_PATTERN.replace('|a|an|', '|');
// "30min 43.25sec", "2hr 05min 12sec", "3 minutes 27.65 seconds", "three minutes 52.15 seconds",
// "27 minutes and 58 seconds", and "3 min 33 sec 41" or "13 minutes, 24 seconds and 57 hundredths"
// (hundredths after the seconds, as French and Spanish copy in translation writes them).
// ("two hours nineteen minutes forty-eight seconds": whole seconds in words, too; "1min46s08", as
// Portuguese copy writes it, with the hundredths after the "s"; "timed at eight minutes 15.31": the
// seconds' unit left out after their hundredths.)
const COUNT_WORDS = COUNT.replace('\\d+(?:\\.\\d+)?|', '');
const WORDY = new RegExp(
  `\\b(?:(${COUNT})\\s?(?:hr|hrs|h|hours?)(?:,?\\s+(?:and\\s+)?|\\s?))?(${COUNT})\\s?(?:min|mins|minutes?)(?:,?\\s+(?:and\\s+)?|\\s?)(\\d{1,2}(?:\\.\\d{1,3})?|${COUNT_WORDS})(?:\\s?(?:sec|secs|seconds?|s)(?:\\b(?:\\s(\\d{2})(?!\\d|[:.,]\\d|\\s*(?:years?|metres?|meters?|m\\b|km\\b))|,?\\s+and\\s+(\\d{1,2})\\s+hundredths)?|(\\d{1,2})\\b)|(?<=\\d\\.\\d{2,3})(?!\\d|[.:]\\d))`,
  'gi',
);
const digits = (part: string | undefined): string | undefined => {
  if (part === undefined) return undefined;
  const n = numberValue(part);
  return n === null || !Number.isInteger(n) ? undefined : String(n);
};
// "3:58,21" (a decimal comma, as translated wire copy writes it) and "2.09.84" (minutes and
// seconds parted by a dot, as some local results do): read as 3:58.21 and 2:09.84.
const COMMA_OR_DOTTED =
  /(?<![\d:.,+-])(\d{1,3}):(\d{2}),(\d{2})(?!\d|[.:,]\d)|(?<![\d:.,+-])(\d{1,2})\.([0-5]\d)\.(\d{2})(?!\d|[.:]\d)/g;

// "(6,58)", "in 7,06", "6,66 seconds": a sprint time with a decimal comma, told by what is around it
// (a bare "6,58" could be a count).
const SHORT_COMMA = /(?<![\d:.,+-])(\d{1,2}),(\d{2})(?![\d,.]\d|\d)/g;
const SHORT_COMMA_BEFORE = /(?:\(|\b(?:in|with|of|at|clocked|clocking|ran|run|timed|time)\s+)$/i;
const SHORT_COMMA_AFTER = /^\s*(?:\)|seconds?\b|secs?\b|s\b)/i;

// "2h09:47", "1h04:10": a road time with its hours marked by "h", as Spanish and French copy writes it.
const HOURS = /(?<![\d:.,])(\d)h\s?([0-5]\d)[:'’]([0-5]\d)(?![\d:])/g;

// "3'29''87", "53''41", "55''4": minutes, seconds and hundredths as French reports write them.
const FRENCH = /(?<![\d'’])(?:(\d{1,2})['’](\d{2})|(\d{1,3}))(?:''|"|″|’’)(\d{1,2})(?!\d)/g;

// "13 sec 11", "(12 sec 58)": seconds and hundredths, as French copy in translation writes them (with
// minutes, "3 min 33 sec 41", WORDY reads the whole).
const SECONDS_CENTS =
  /(?<![\d:.,]\s?|\bmin(?:ute)?s?\s?)\b(\d{1,2})\s?sec\.?\s(\d{2})(?!\d|[:.,]\d|\s*(?:year|metre|meter|m\b|km\b|%))/g;

// "12s95", "51s9": seconds and their hundredths or tenths parted by an "s", as Portuguese copy writes
// them (with minutes, "1min46s08", WORDY reads the whole).
const SECONDS_S = /(?<![\d:.,])\b(\d{1,2})s(\d{1,2})\b/g;

// "a minute forty-three flat", "one minute fifty-one point two": a time as it is said aloud.
const UNIT = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const WORD = `(?:twenty|thirty|forty|fifty)(?:-(?:${UNIT}))?|${TEENS}`;
const DIGIT_WORD = `zero|oh|${UNIT}`;
const SPOKEN = new RegExp(
  `\\b(a|one|two|three|four)\\s+minutes?\\s+(${WORD})(?:\\s+(flat)|\\s+point\\s+(${DIGIT_WORD})(?:\\s+(${DIGIT_WORD}))?)?\\b`,
  'gi',
);

// "Four fourteen ninety-two in the mile", "twelve forty-nine oh seven", "seven thirty-two flat": minutes,
// seconds and hundredths said aloud without units, as a transcript writes them (three words at least,
// so "at four fifteen" stays a time of day and "around twelve fifty-two" a rough figure).
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const MINUTES_WORD = `${UNIT}|${TEENS}|twenty(?:-(?:${UNIT}))?`;
const SECONDS_WORD = `${WORD}|oh[\\s-]+(?:${UNIT})`;
// "point six two", "point one-two", "point four-eight": tenths and hundredths said digit by digit.
const DIGITS_SAID = `(?:${DIGIT_WORD})(?:[\\s-]+(?:${DIGIT_WORD}))?`;
const SPOKEN_BARE = new RegExp(
  `\\b(${MINUTES_WORD})[\\s-]+(${SECONDS_WORD})\\s+(?:(flat)|point\\s+(${DIGITS_SAID})|(${TENS}(?:-(?:${UNIT}))?|${TEENS}|oh\\s+(?:${UNIT})))(?![\\w-]|[\\s-]+(?:${UNIT}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|o['’]clock|a\\.?m|p\\.?m|years?|metres|meters|kilomet|miles|people|fans)\\b)`,
  'gi',
);
const SPOKEN_GATE =
  /(?:ty|teen|ten|eleven|twelve|oh)[\s-]+(?:\w+[\s-]+)?(?:flat|point|oh|\w*ty|\w*teen|ten|eleven|twelve)\b/i;
const TENS_VALUE: Readonly<Record<string, number>> = { sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const digitValue = (w: string): number | null => (/^(?:oh|zero)$/i.test(w) ? 0 : numberValue(w));
// ("oh seven" is 07; "ninety-two", past the number words' table, is 92.)
const wordValue = (w: string): number | null => {
  const [tens, unit] = w.toLowerCase().split('-');
  const high = TENS_VALUE[tens ?? ''];
  if (high !== undefined) return unit === undefined ? high : (numberValue(unit) ?? 0) + high;
  return /^oh[\s-]/i.test(w) ? numberValue(w.replace(/^oh[\s-]+/i, '')) : numberValue(w);
};

// "seven point eight four", "Seven point seven six for the Jamaican": a sprint time said aloud (not
// "zero point one three eight", a reaction time); "second, seven ninety-six", "fourth in seven
// ninety-five": its hundredths past fifty-nine, so no minutes and seconds.
const SPRINT_SAID = new RegExp(
  `(?<!(?:ty|teen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|oh)[\\s-]+)\\b(${UNIT}|${TEENS})\\s+point\\s+(${DIGIT_WORD})[\\s-]+(${DIGIT_WORD})(?![\\w-]|[\\s-]+(?:${DIGIT_WORD})\\b)|(?<=(?:\\bin|[,—–-])\\s+)(${UNIT})\\s+((?:sixty|seventy|eighty|ninety)(?:-(?:${UNIT}))?)(?![\\w-])`,
  'gi',
);

/** Sprint times said aloud ("seven point eight four", "seven ninety-six"). */
function sprintSaidTimes(slice: string, from: number, out: TimeToken[]): void {
  SPRINT_SAID.lastIndex = 0;
  for (let m = SPRINT_SAID.exec(slice); m; m = SPRINT_SAID.exec(slice)) {
    const [whole, secWord, tenth, hundredth, unitWord, centsWord] = m;
    const sec = numberValue(secWord ?? unitWord ?? '');
    const cents =
      centsWord !== undefined
        ? wordValue(centsWord)
        : (digitValue(tenth ?? '') ?? NaN) * 10 + (digitValue(hundredth ?? '') ?? NaN);
    if (sec === null || cents === null || Number.isNaN(cents)) continue;
    const raw = `${sec}.${String(cents).padStart(2, '0')}`;
    out.push({ start: from + m.index, end: from + m.index + whole.length, raw, withSeconds: false });
  }
}

/** Times said aloud without units ("four fourteen ninety-two"), as transcripts write them. */
function bareSpokenTimes(slice: string, from: number, out: TimeToken[]): void {
  SPOKEN_BARE.lastIndex = 0;
  for (let m = SPOKEN_BARE.exec(slice); m; m = SPOKEN_BARE.exec(slice)) {
    const [whole, minWord, secWord, flat, said, hundredths] = m;
    const min = numberValue(minWord ?? '');
    const sec = wordValue(secWord ?? '');
    const cents = hundredths === undefined ? null : wordValue(hundredths);
    const digits = said === undefined ? [] : said.split(/[\s-]+/).map(digitValue);
    if (min === null || sec === null || sec > 59 || digits.includes(null)) continue;
    if (!flat && cents === null && digits.length === 0) continue;
    const decimals =
      cents !== null ? `.${String(cents).padStart(2, '0')}` : digits.length > 0 ? `.${digits.join('')}` : '';
    const raw = `${min}:${String(sec).padStart(2, '0')}${decimals}`;
    out.push({ start: from + m.index, end: from + m.index + whole.length, raw, withSeconds: false });
  }
}

function spokenTimes(slice: string, from: number, out: TimeToken[]): void {
  SPOKEN.lastIndex = 0;
  for (let m = SPOKEN.exec(slice); m; m = SPOKEN.exec(slice)) {
    const [whole, minWord, secWord, flat, tenth, hundredth] = m;
    const min = numberValue(minWord ?? '');
    const sec = numberValue(secWord ?? '');
    // "a minute forty" with nothing after could be a gap or a rough figure: only a flat or a decimal.
    if (min === null || sec === null || (!flat && !tenth)) continue;
    const decimals = [tenth, hundredth]
      .filter((d) => d !== undefined)
      .map((d) => (/^oh$/i.test(d ?? '') ? 0 : numberValue(d ?? '')));
    const raw = `${min}:${String(sec).padStart(2, '0')}${decimals.length > 0 ? `.${decimals.join('')}` : ''}`;
    out.push({ start: from + m.index, end: from + m.index + whole.length, raw, withSeconds: false });
  }
}

const DAY_PART_AFTER =
  /^\s+(?:on\s+(?:a\s+)?(?:[\p{L}-]+\s+)?\p{L}+day\s+|in\s+the\s+|this\s+|that\s+)?(?:morning|afternoon|evening|night)\b/iu;
const CLOCK_AFTER =
  /^\s*(?:a\.?m\.?|p\.?m\.?|GMT|BST|CET|CEST|ET|EST|PT|local time|o'clock|m\/s|m|km|kg|cm|mph|per ?cent|%|million|billion|metres|meters|kilomet(?:re|er)s?|miles|points|pts)\b/i;

const STARTS_AT =
  /\b(?:starts?|started|begins?|began|follows?|followed|kicks?\s+off|gets?\s+under\s*way|(?:is|are)\s+due|scheduled|sets?\s+off|go(?:es)?\s+off|(?:says?|said|corrects?|corrected|mentions?|mentioned|explains?|explained)(?:\s+(?:it|him|her|them|this|that|me|us|you))?)\s+at\s+$/;

/** Whether a clock time opens its line before a sentence of prose (four words in lower case). */
function isPostStamp(text: string, at: number, raw: string): boolean {
  if (!/^\d{1,2}:[0-5]\d$/.test(raw) || (at > 0 && text.charCodeAt(at - 1) !== 10)) return false;
  const end = text.indexOf('\n', at);
  const rest = text.slice(at + raw.length, end < 0 ? text.length : end);
  return /^ \S/.test(rest) && (rest.match(/ \p{Ll}+(?=[ ,.;:!?])/gu)?.length ?? 0) >= 4;
}

/** Drops the tokens already found that overlap [start, end), which a longer reading replaces. */
function dropOverlapping(out: TimeToken[], start: number, end: number): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const t = out[i] as TimeToken;
    if (t.start < end && t.end > start) out.splice(i, 1);
  }
}

/**
 * Finds numbers written like race times: m:ss.hh, h:mm:ss, ss.hh, optionally followed by
 * "seconds". Clock times ("9:30 pm"), wind readings ("+0.4") and measurements are left out.
 */
export function findTimes(text: string, from: number, to: number): TimeToken[] {
  const slice = text.slice(from, to);
  const out: TimeToken[] = [];
  if (/minute/i.test(slice)) spokenTimes(slice, from, out);
  else if (SPOKEN_GATE.test(slice)) bareSpokenTimes(slice, from, out);
  if (/point|ty\b|ty-/i.test(slice)) sprintSaidTimes(slice, from, out);
  // Every pattern below needs a digit, but for WORDY's times in words; most clauses have neither.
  if (!/\d/.test(slice) && !/minutes/i.test(slice)) return out;
  TIME.lastIndex = 0;
  for (let m = TIME.exec(slice); m; m = TIME.exec(slice)) {
    const raw = m[1] ?? '';
    const after = slice.slice(m.index + raw.length, m.index + raw.length + 14);
    if (!m[2] && CLOCK_AFTER.test(after)) continue;
    // "The email arrived at 7:42 on a Tuesday morning": a time of day ("at 6.15 on a cold Tuesday
    // morning" too, with a dot, when the day is any such day).
    const dayPart = (): string => slice.slice(m.index + raw.length, m.index + raw.length + 40);
    if (
      !m[2] &&
      /^\d{1,2}[:.][0-5]\d$/.test(raw) &&
      /\bat\s$/.test(slice.slice(Math.max(0, m.index - 3), m.index)) &&
      DAY_PART_AFTER.test(dayPart()) &&
      (raw.includes(':') || /^\s+on\s+a\s/.test(dayPart()))
    )
      continue;
    // "The senior men follow at 14:05.": a race's starting time ("Nadia corrects him at 19:02": a
    // moment of a recording).
    if (
      !m[2] &&
      /^\d{1,2}:[0-5]\d$/.test(raw) &&
      STARTS_AT.test(slice.slice(Math.max(0, m.index - 30), m.index))
    )
      continue;
    // "[00:02:21] MAYA: …": a transcript's time stamp.
    if (slice.charCodeAt(m.index - 1) === 91 && slice.charCodeAt(m.index + raw.length) === 93) continue;
    // "19:30 Confirmed: Oduya-Marsh is in the final as a fastest loser.": a live blog's post stamp.
    if (!m[2] && isPostStamp(text, from + m.index, raw)) continue;
    out.push({ start: from + m.index, end: from + m.index + raw.length, raw, withSeconds: Boolean(m[2]) });
  }
  COMMA_OR_DOTTED.lastIndex = 0;
  // Its times hold a colon and a comma, or two dots.
  const commaOrDotted =
    (slice.includes(':') && slice.includes(',')) || slice.indexOf('.') !== slice.lastIndexOf('.');
  for (let m = commaOrDotted ? COMMA_OR_DOTTED.exec(slice) : null; m; m = COMMA_OR_DOTTED.exec(slice)) {
    const raw = m[1] === undefined ? `${m[4]}:${m[5]}.${m[6]}` : `${m[1]}:${m[2]}.${m[3]}`;
    const start = from + m.index;
    dropOverlapping(out, start, start + m[0].length);
    out.push({ start, end: start + m[0].length, raw, withSeconds: false });
  }
  SHORT_COMMA.lastIndex = 0;
  for (let m = slice.includes(',') ? SHORT_COMMA.exec(slice) : null; m; m = SHORT_COMMA.exec(slice)) {
    const end = m.index + m[0].length;
    const near = SHORT_COMMA_BEFORE.test(slice.slice(Math.max(0, m.index - 12), m.index));
    const unit = SHORT_COMMA_AFTER.exec(slice.slice(end, end + 10));
    if (!near && !unit) continue;
    const start = from + m.index;
    out.push({
      start,
      end: from + end,
      raw: `${m[1]}.${m[2]}`,
      withSeconds: Boolean(unit && unit[0].trim() !== ')'),
    });
  }
  HOURS.lastIndex = 0;
  for (let m = /\dh/.test(slice) ? HOURS.exec(slice) : null; m; m = HOURS.exec(slice)) {
    const start = from + m.index;
    dropOverlapping(out, start, start + m[0].length);
    out.push({ start, end: start + m[0].length, raw: `${m[1]}:${m[2]}:${m[3]}`, withSeconds: false });
  }
  FRENCH.lastIndex = 0;
  for (let m = /\d(?:''|"|″|’’)\d/.test(slice) ? FRENCH.exec(slice) : null; m; m = FRENCH.exec(slice)) {
    const start = from + m.index;
    const raw = m[1] === undefined ? `${m[3]}.${m[4]}` : `${m[1]}:${m[2]}.${m[4]}`;
    out.push({ start, end: start + m[0].length, raw, withSeconds: false });
  }
  SECONDS_CENTS.lastIndex = 0;
  for (
    let m = /\dsec\b|\d sec\b/.test(slice) ? SECONDS_CENTS.exec(slice) : null;
    m;
    m = SECONDS_CENTS.exec(slice)
  ) {
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, raw: `${m[1]}.${m[2]}`, withSeconds: true });
  }
  SECONDS_S.lastIndex = 0;
  for (let m = /\ds\d/.test(slice) ? SECONDS_S.exec(slice) : null; m; m = SECONDS_S.exec(slice)) {
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, raw: `${m[1]}.${m[2]}`, withSeconds: true });
  }
  WORDY.lastIndex = 0;
  // Minutes are always written "min…".
  for (let m = /min/i.test(slice) ? WORDY.exec(slice) : null; m; m = WORDY.exec(slice)) {
    const [whole, hWord, minWord, secWord, cents, told, glued] = m;
    const wholeSec = /^\d/.test(secWord ?? '') ? secWord : digits(secWord);
    if (wholeSec === undefined) continue;
    const hundredths = cents ?? told?.padStart(2, '0') ?? glued;
    const sec =
      hundredths !== undefined && !(wholeSec ?? '').includes('.') ? `${wholeSec}.${hundredths}` : wholeSec;
    const h = digits(hWord);
    const min = digits(minWord);
    if (min === undefined || (hWord !== undefined && h === undefined)) continue;
    const secText = (sec ?? '0').padStart(
      (sec ?? '').includes('.')
        ? (sec ?? '').indexOf('.') === 1
          ? (sec ?? '').length + 1
          : (sec ?? '').length
        : 2,
      '0',
    );
    const raw = h ? `${h}:${(min ?? '0').padStart(2, '0')}:${secText}` : `${min}:${secText}`;
    const start = from + m.index;
    dropOverlapping(out, start, start + whole.length);
    out.push({ start, end: start + whole.length, raw, withSeconds: true });
  }
  return sortByStart(out);
}
