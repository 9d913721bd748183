/** Number and ordinal words as race reports write them. A general domain table. */

const ORDINAL_WORDS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

const NUMBER_WORDS: readonly string[] = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60 };

/** The place an ordinal stands for: "fourth" → 4, "10th" → 10, "twenty-first" → 21; else null. */
export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'runner-up') return 2;
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (digits?.[1]) return Number(digits[1]);
  const i = ORDINAL_WORDS.indexOf(w);
  if (i >= 0) return i + 1;
  const compound =
    /^(twenty|thirty|forty)-(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/.exec(w);
  if (compound?.[1] && compound[2]) return (TENS[compound[1]] ?? 0) + ORDINAL_WORDS.indexOf(compound[2]) + 1;
  return null;
}

/** The value of a number written as digits or words: "16" → 16, "sixteen" → 16, "a" → 1; else null. */
export function numberValue(word: string): number | null {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  const i = NUMBER_WORDS.indexOf(w);
  if (i >= 0) return i;
  if (w in TENS) return TENS[w] ?? null;
  const compound = /^(twenty|thirty|forty|fifty|sixty)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(
    w,
  );
  if (compound?.[1] && compound[2]) return (TENS[compound[1]] ?? 0) + NUMBER_WORDS.indexOf(compound[2]);
  return null;
}

/** A regex source matching an ordinal word or an ordinal in digits, or "runner-up" (second). */
export const ORDINAL_PATTERN =
  '(?:runner-up|\\d{1,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|' +
  ORDINAL_WORDS.join('|') +
  ')';

/** A regex source matching a small number in words or digits. */
export const NUMBER_PATTERN =
  '(?:\\d+(?:\\.\\d+)?|a|an|(?:twenty|thirty|forty|fifty|sixty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|' +
  NUMBER_WORDS.join('|') +
  ')';

/** Medals and the places they stand for. */
export const MEDAL_PLACE: Readonly<Record<string, number>> = { gold: 1, silver: 2, bronze: 3 };

/** Month names and abbreviations → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Weekday names → 0 (Sunday) … 6 (Saturday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
