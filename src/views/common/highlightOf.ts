import type { RecordKind } from '../../data/types';
import { COUNTRY_WORDS, countryCodeOf } from '../../data/lexicon/countries';
import { MEDAL_PLACE, ORDINAL_PATTERN, ordinalValue } from '../../data/lexicon/numbers';
import type { Highlight } from './findHighlight';
import { formatTime } from './formatTime';

/** Any race time as reports write it, including the typo'd colon form: 3:31.42, 3:31:42, 9.58. */
export const ANY_TIME = /\b\d{1,2}:\d{2}(?:[.:]\d{1,3})?\b|\b\d{1,2}\.\d{1,3}\b/u;

/** A distance or a moment of the race as reports write it: "200 meters to go", "the bell". */
export const RACE_MOMENT: Highlight = [
  /\b\d{2,5}(?:,\d{3})?\s?-?(?:m|meters?|metres?)\b(?:\s(?:to go|remaining|left|mark))?/iu,
  'the bell',
  'final lap',
  'last lap',
  'home straight',
  'homestretch',
  'home stretch',
  'final straight',
  'final stretch',
];

const RECORD_WORDS: Record<RecordKind, Highlight> = {
  WR: ['world record', 'WR'],
  OR: ['Olympic record', 'OR'],
  AR: ['area record', 'continental record', 'European record', 'African record', 'Asian record', 'AR'],
  NR: ['national record', 'NR', ...COUNTRY_WORDS.map((w) => `${w} record`)],
  CR: ['championship record', 'championships record', 'CR'],
  MR: ['meet record', 'meeting record', 'MR'],
  WL: ['world lead', 'world-leading', 'world leading', 'world-lead', 'WL'],
  PB: ['personal best', 'lifetime best', 'PB'],
  SB: ['season best', 'season’s best', "season's best", 'SB'],
  WU20R: ['world U20 record', 'world junior record', 'world under-20 record'],
};

const PLACE_WORDS: Readonly<Record<number, readonly string[]>> = {
  1: ['won', 'win', 'winning', 'winner', 'victory', 'victor', 'champion', 'top spot', 'title'],
  2: ['runner-up'],
};

/**
 * Builds the highlight for each kind of value: what in a source sentence states it. The
 * sentence is the source; the highlight only guides the eye to the words that carry the value.
 */
export const highlightOf = {
  time(seconds: number): Highlight {
    const text = formatTime(seconds);
    const dot = text.lastIndexOf('.');
    if (dot < 0) return [text];
    const head = text.slice(0, dot).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const tail = text.slice(dot + 1);
    // "3:31.60" is often written "3:31.6"; a colon before the hundredths is a common typo.
    const fraction = tail.endsWith('0') ? `${tail.slice(0, -1)}0?` : tail;
    return [new RegExp(`(?<![\\d:.])${head}[.:]${fraction}(?!\\d)`, 'u')];
  },
  gap(seconds: number): Highlight {
    return [...highlightOf.time(seconds), ANY_TIME];
  },
  place(place: number): Highlight {
    const medals = Object.entries(MEDAL_PLACE)
      .filter(([, p]) => p === place)
      .map(([word]) => word);
    return [
      ...medals,
      ...(PLACE_WORDS[place] ?? []),
      { pattern: new RegExp(`\\b${ORDINAL_PATTERN}\\b`, 'giu'), accept: (m) => ordinalValue(m) === place },
    ];
  },
  country(code: string): Highlight {
    return [...COUNTRY_WORDS.filter((w) => countryCodeOf(w) === code), code];
  },
  record(kind: RecordKind): Highlight {
    return RECORD_WORDS[kind];
  },
  name(fullName: string): Highlight {
    const parts = fullName.split(/\s+/u).filter((p) => p.length > 1);
    return [fullName, ...parts.slice(1).reverse(), ...parts.slice(0, 1)];
  },
  words(text: string): Highlight {
    return [text, ...text.split(/[\s–-]+/u).filter((w) => w.length > 3)];
  },
  event(label: string): Highlight {
    const digits = /\d+/u.exec(label.replace(/,/gu, ''))?.[0];
    if (digits === undefined) return highlightOf.words(label);
    const withComma = digits.length > 3 ? `${digits.slice(0, -3)},?${digits.slice(-3)}` : digits;
    return [new RegExp(`\\b${withComma}\\s?-?(?:m|metres?|meters?|-metre|-meter)?\\b`, 'iu')];
  },
  date: [
    /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/iu,
    /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/iu,
    /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/iu,
    /\b(?:yesterday|today|tonight|last night)\b/iu,
  ] as Highlight,
};
