/** Whose day a weekday told in a sentence with no race is: the race in hand's, or the next one's. */
import type { ArticleFacts } from './articleFacts';
import type { Sentence } from './splitSentences';
import type { Placed } from './articleState';

// ("across a course turned heavy by Saturday's rain": the day of the weather, or of a journey; "the
// new Tuesday track session": of a club's training.)
const NOT_A_RACE_DAY =
  /^\w+(?:['’]s)?\s+(?:(?:track|gym|club|weights|recovery)\s+(?:session|night|run)|press|news|media|episode|podcast|show|programme|program|interview|draw|column|edition|paper|training|session|call|announcement|briefing|rain|downpour|storm|snow|wind|winds|heatwave|frost|flight|travel)\b/i;

// What comes right before a weekday that is no race's day: "kit order deadline (Friday!)", "closes this
// Friday" (a day something is due); "The selectors meet on Tuesday", "the squad will be named on
// Friday" (a meeting's or an announcement's); "Tadesse Gudeta told us on Friday he …" (the day something
// was said); "She did not run on Thursday" (a day she ran no race).
const NOT_A_RACE_BEFORE =
  /(?:\b(?:deadline|closes|closing|due)\s*(?:[(:–-]\s*)?(?:this\s+|next\s+)?|\b(?:selectors|panel|committee|board|jury|squad|team)\s+(?:will\s+|is\s+|are\s+)?(?:be\s+)?(?:meets?|sits?|decides?|named|announced|picked|selected|confirmed|unveiled)\s+(?:this\s+|next\s+)?|\b(?:told|telling|tells|said|says|saying|spoke|speaking|speaks)\s+(?:(?:us|me|reporters|journalists|the\s+media)\s+)?|\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|will\s+not|won['’]t)\s+(?:run|race|start|compete)\s+)(?:on\s+)?$/i;

/**
 * Whether a weekday at `d` (in a sentence from `from`) is the day of something other than a race: a due
 * date, an announcement, a remark, a race not run, training, the weather.
 */
export function isNoRaceDay(text: string, from: number, d: { at: number; end: number }): boolean {
  return (
    NOT_A_RACE_BEFORE.test(text.slice(Math.max(from, d.at - 40), d.at)) ||
    NOT_A_RACE_DAY.test(text.slice(d.at, d.end + 24))
  );
}

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
