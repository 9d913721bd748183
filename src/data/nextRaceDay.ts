/** Whose day a weekday told in a sentence with no race is: the race in hand's, or the next one's. */
import type { ArticleFacts } from './articleFacts';
import type { Sentence } from './splitSentences';
import type { Placed } from './articleState';

// ("across a course turned heavy by Saturday's rain": the day of the weather, or of a journey.)
export const NOT_A_RACE_DAY =
  /^\w+(?:['’]s)?\s+(?:press|news|media|episode|podcast|show|programme|program|interview|draw|column|edition|paper|training|session|call|announcement|briefing|rain|downpour|storm|snow|wind|winds|heatwave|frost|flight|travel)\b/i;

// A day in a sentence that names no race and tells no result, when no race is in hand (or the race in
// hand is history, or was run on another day): the day of the race the report takes up next.
export function isDayOfNextRace(
  text: string,
  s: Sentence,
  placed: readonly Placed[],
  facts: ArticleFacts,
  target: number | null,
  d: { at: number; end: number; weekday: number },
): boolean {
  // ("[… Norddeutsche Rundschau, Monday edition]": the day of a paper.)
  if (placed.some((p) => !p.descriptor.placeOnly) || NOT_A_RACE_DAY.test(text.slice(d.at, d.end + 24)))
    return false;
  if (RESULT_WORD.test(text.slice(s.start, s.end))) return false;
  const frame = target === null ? undefined : facts.frames[target];
  // (A heat's day is its round's: "In Friday morning's heats … fifth in heat two", then "By Saturday".)
  const day =
    frame?.weekday ??
    facts.frames.find(
      (f) =>
        f.weekday &&
        frame?.round &&
        !f.historical &&
        f.round?.value === frame.round.value &&
        f.event?.value === frame.event?.value &&
        f.kind === frame.kind,
    )?.weekday;
  return frame === undefined || frame.historical || (day != null && day.weekday !== d.weekday);
}

const RESULT_WORD =
  /\d[:.]\d\d|\b(?:won|wins?|first|second|third|fourth|fifth|gold|silver|bronze|finished|placed|clocked|ran)\b/i;
