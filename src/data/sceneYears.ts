/**
 * A feature told year by year: "It was 2031 before the rivalry properly began. At the World
 * Championships final on the evening of August 6, …" and "X answered in 2033. In Zurich that August
 * she won in 52.30". A year told in a short sentence that names no race, or beside a town that opens
 * its sentence ("In Zurich in August 2033"), is the year of the race the sentence names without one.
 */
import type { Descriptor } from './raceFrames';
import type { Sentence } from './splitSentences';
import { raceMentionsIn } from './findRaceMentions';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// "It was 2031 before …", "X answered in 2033.": a year told as a moment.
const YEAR_SENTENCE =
  /^\s*(?:It\s+was\s+(\d{4})\s+(?:before|when|that)\b|[^.\d]{0,60}\b(?:in|by)\s+(\d{4})\.\s*$)/;
// "In Zurich in August 2033 she won …": the year beside the town.
const YEAR_BESIDE = new RegExp(`^[,\\s]+(?:in|that)\\s+(?:${MONTH}\\s+)?(\\d{4})\\b`);

// The phrase opens its sentence ("In Zurich", "At the World Championships final").
const OPENING = /^\W*(?:(?:at|in|on)\s+(?:the\s+)?)?$/i;

/** The year the sentence before `si` tells as a moment, when it names no race; else null. */
function yearBefore(text: string, sentences: readonly Sentence[], si: number): number | null {
  const prev = sentences[si - 1];
  if (!prev || prev.headline || prev.end - prev.start > 120) return null;
  const m = YEAR_SENTENCE.exec(text.slice(prev.start, prev.end));
  const year = Number(m?.[1] ?? m?.[2] ?? NaN);
  if (!(year >= 1900 && year <= 2100)) return null;
  return raceMentionsIn(text, prev.start, prev.end).some((r) => !r.placeOnly) ? null : year;
}

/**
 * The sentence's race phrases with the year of their scene filled in: a championship or a town told
 * without a year, in the sentence after one that tells only a year, or a town with a year beside it.
 */
export function withSceneYears(
  descriptors: Descriptor[],
  text: string,
  sentences: readonly Sentence[],
  si: number,
): Descriptor[] {
  const s = sentences[si];
  if (!s || descriptors.length === 0 || !descriptors.some(yearless)) return descriptors;
  let before: number | null | undefined;
  return descriptors.map((d) => {
    if (!yearless(d)) return d;
    const beside = d.placeOnly ? YEAR_BESIDE.exec(text.slice(d.end, Math.min(s.end, d.end + 30))) : null;
    if (!OPENING.test(text.slice(s.start, d.start))) return d;
    const year = beside ? Number(beside[1]) : (before ??= yearBefore(text, sentences, si));
    return year ? { ...d, year } : d;
  });
}

// A championship, a meeting or a town told without its year, as a race and not as a moment.
function yearless(d: Descriptor): boolean {
  return (
    d.year === null && !d.temporal && (d.kind !== null || d.meetName !== null || (d.placeOnly && !!d.city))
  );
}
