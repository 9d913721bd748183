/**
 * The frame a phrase naming only a sex names ("the women's race", "Men:"): the race in hand when it is
 * of that sex, the race of that sex told before, or a new race beside the race in hand.
 */
import type { RaceFrame } from './articleFacts';
import { newFrame, siblingOf, type Descriptor } from './raceFrames';

/** The index of the frame a sex-only phrase names (null when no race is in hand and none can be). */
export function frameOfSex(
  d: Descriptor,
  cur: RaceFrame | null,
  frames: RaceFrame[],
  historical: boolean,
  toldSex: (frame: number) => 'men' | 'women' | null,
): number | null {
  // ("Brandt broke clear to win the senior women's race in 26:41" with no race told yet: that race.)
  if (!cur && !historical && (d.sex === 'men' || d.sex === 'women')) {
    const f = newFrame(frames.length);
    f.sex = { value: d.sex, sources: [] };
    frames.push(f);
    return f.index;
  }
  if (!cur || cur.sex?.value === d.sex) return cur?.index ?? null;
  const twin = (f: RaceFrame): boolean =>
    f.event?.value === cur.event?.value && f.kind === cur.kind && f.meetName === cur.meetName;
  // The race of that sex told as the day's before any earlier edition of it ("a year ago").
  const other =
    frames.findLast((f) => f.sex?.value === d.sex && twin(f) && !f.historical) ??
    frames.findLast((f) => f.sex?.value === d.sex && twin(f));
  if (other) return other.index;
  // "… to win the Valencia Marathon, while Jeruto took the women's race", then "In the men's race":
  // the race first told without its sex is the other one.
  const sex = d.sex;
  const unsexed =
    sex && frames.some((f) => f.sex && f.sex.value !== sex && twin(f))
      ? frames.find((f) => !f.sex && !f.historical && twin(f))
      : undefined;
  if (sex && unsexed) {
    unsexed.sex = { value: sex, sources: [] };
    return unsexed.index;
  }
  // "… won, while the Frenchman Ait-Bensaïd was third", then "the race of the elite men": the race
  // in hand, told of men before its sex was named, is theirs.
  if (
    sex &&
    !cur.sex &&
    !cur.historical &&
    (sex === 'men' || sex === 'women') &&
    toldSex(cur.index) === sex
  ) {
    cur.sex = { value: sex, sources: [] };
    return cur.index;
  }
  const f = siblingOf(cur, frames);
  // "Last Sunday I ran the Copenhagen Half … The men's race was won by": run the same day.
  if (!cur.historical) [f.weekday, f.monthDay] = [cur.weekday, cur.monthDay];
  return f.index;
}

// "First Irish man home, and the new national champion, was Ó Súilleabháin, 11th in 2:14:05", told
// while the women's race is in hand: a sentence on the first man or woman home is of that sex's race.
// ("the fastest man in the heats" is no place.)
const FIRST_OF_SEX =
  /\b(?:first|top|leading)\s+(?:\p{Lu}[\p{L}-]+\s+)?(wo)?man\s+(?:home|across\s+the\s+line|to\s+finish)\b/iu;

/** The sex a sentence names its runner's race by ("first Irish man home"), or null. */
export function sexOfFirstHome(sentenceText: string): 'men' | 'women' | null {
  const m = /man\b/i.test(sentenceText) ? FIRST_OF_SEX.exec(sentenceText) : null;
  return m ? (m[1] ? 'women' : 'men') : null;
}

/**
 * The race of `sex` run beside `frame` (the same event of the same meeting, and the same edition):
 * the frame itself when it is of that sex, the twin told of that sex, or the twin told without one
 * when `frame` is of the other sex. Null when there is none.
 */
export function twinOfSex(frames: readonly RaceFrame[], frame: number, sex: 'men' | 'women'): number | null {
  const cur = frames[frame];
  if (!cur) return null;
  if (cur.sex?.value === sex) return frame;
  const twins = frames.filter(
    (f) =>
      f !== cur &&
      f.historical === cur.historical &&
      f.event?.value === cur.event?.value &&
      f.kind === cur.kind &&
      f.meetName === cur.meetName &&
      f.year === cur.year,
  );
  const twin =
    twins.find((f) => f.sex?.value === sex) ??
    (cur.sex && cur.sex.value !== sex ? twins.find((f) => !f.sex) : undefined);
  return twin?.index ?? null;
}
