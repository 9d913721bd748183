/** The race a weekday told in a sentence dates ("on Friday", "Tuesday night's Olympic 1500m final"). */
import type { ArticleFacts, RaceFrame } from './articleFacts';
import type { Sentence } from './splitSentences';
import type { DateFinding } from './findDates';
import type { SourceSpan } from './types';
import { roundOf } from './findRaceMentions';
import type { ArticleState, Placed } from './articleState';

// "what she had done on Friday", "who had looked so strong on Friday": a day told in the pluperfect,
// of an earlier race than the one named in the sentence.
const EARLIER_DEED =
  /\b(?:(?:what|as)\s+(?:she|he|they|it)|who|which)\s+had\s+(?:[a-z]+\s+){1,3}?(?:on\s+)?$/i;

/**
 * Gives the weekday `d` to the race it dates: the race named right after a possessive day ("Sunday's
 * men's race"), else the race in hand `target`, unless the day is of an earlier deed or another round.
 */
export function readWeekday(
  text: string,
  s: Sentence,
  d: Extract<DateFinding, { type: 'weekday' }>,
  target: number,
  placed: readonly Placed[],
  facts: ArticleFacts,
  state: ArticleState,
  src: SourceSpan,
): void {
  // "In the final, she did the opposite of what she had done on Friday": a day of an earlier race.
  // ("who had won Friday's second semi-final" names the race of that day.)
  const possessive = /['’]s$/.test(text.slice(d.at, d.end)) || /^['’]s\s/.test(text.slice(d.end, d.end + 3));
  if (!possessive && EARLIER_DEED.test(text.slice(Math.max(s.start, d.at - 40), d.at))) return;
  // ("Results are final unless a correction is posted below by Monday": a deadline, no race's day;
  // nor is "CORRECTION (posted Friday 9:15 a.m.)" the day a notice went up, nor "Provisional until
  // 18:00 Monday".)
  const lead = text.slice(Math.max(s.start, d.at - 22), d.at);
  if (
    !possessive &&
    /\b(?:by|until|till|posted|updated|published|issued)\s+(?:on\s+)?(?:next\s+)?(?:\d{1,2}[:.]\d\d\s+(?:[ap]\.?m\.?\s+)?(?:on\s+)?)?$/i.test(
      lead,
    )
  )
    return;
  // "Tuesday night's Olympic 1500m final": the day of the race named right after it. "Through to
  // Sunday's final" from a semi-final: the day of another round, not of the race in hand.
  let day = target;
  let named: Placed | undefined;
  if (/'s$/.test(text.slice(d.at, d.end)) || /^'s\s/.test(text.slice(d.end, d.end + 3))) {
    named = placed.find((p) => p.descriptor.start > d.end && p.descriptor.start - d.end <= 2);
    const round = /^\s*(?:[\w-]+\s+){0,2}?(final|semi-?finals?|semis?|heats?)\b/i.exec(
      text.slice(d.end, d.end + 40),
    )?.[1];
    const inHand = facts.frames[target]?.round?.value ?? null;
    // ("… squeezed into Monday's final … after finishing third in the first semi-final": that final.)
    const held = state.before != null ? facts.frames[state.before] : undefined;
    if (named && named.frame !== null) day = named.frame;
    else if (
      round &&
      held &&
      held.index !== target &&
      held.round?.value === roundOf(round) &&
      held.event?.value === facts.frames[target]?.event?.value
    )
      day = held.index;
    else if (round && inHand && roundOf(round) !== inHand) return;
  }
  const frame = facts.frames[day] as RaceFrame;
  // ("Sunday's men's race", a race made beside Saturday's women's race: its own day, not the one it
  // was given from it.)
  const copied = named?.frame === day && frame.weekday && frame.weekday.source.end <= s.start;
  frame.weekday = copied
    ? { weekday: d.weekday, source: src }
    : (frame.weekday ?? { weekday: d.weekday, source: src });
}
