/** Places told as moments of a race ("fourth at the bell", "stayed in fourth and fifth position") rather than as its finish. */
const MID_RACE =
  /\b(?:to go|remaining|at\s+\d{3,4}\s?m\b|(?:position|place|(?:\d{1,2}|[a-z]*)(?:st|nd|rd|th))\s+at\s+(?:the\s+)?\d{1,2}\s?(?:km|k|kilomet(?:re|er)s?|miles?)\b|laps? left|metres left|meters left|(?:at|by) the bell|bell rang|for (?:maybe |about |some |perhaps )?\w+ (?:metres|meters)\b|halfway|mark\b|with (?:\w+ )?laps?\b|after (?:\w+ )?laps?\b|early on|in the pack|during the race|at the break|at (?:that|this) (?:point|stage)|by \d{2,4}\s?(?:m|metres|meters)\b|(?:for|during|through)\s+(?:most|much|the bulk|large parts?)\s+of\s+the\s+race|(?:sat|sits|sitting|tucked|lying|lay|settles|settled|settling|stayed|stays|staying|remained|hovered|hovering|was\s+running)\s+(?:on\s+the\s+rail\s+)?(?:in|back\s+in)\s)/i;
// ("came through late for third in 30:40, having been tenth at halfway": a moment told after "having been".)
const AFTER_DOING = /\b(?:after|before|having)\s+(?:\p{Ll}+ing|been)\b[^,;]*/gu;
// "he was eleventh in the final, dropped with five laps to go": a moment told in a participle phrase.
const DONE_WITH = /,\s*\p{Ll}+ed\s+with\b[^,;]*/gu;

// "sat in the lead pack until 35km and held on for second place", "paid for it after halfway and
// faded to fourth": predicates joined by "and" are read on their own, so a moment told in one is not
// the place told in the next; "faded to fifth after leading at the bell": nor is one told in a
// phrase of its own.
const PREDICATE_JOIN =
  /\s+and\s+(?=(?:then\s+|later\s+|eventually\s+|finally\s+)?(?:\p{Ll}+ed|held|ran|won|took|came|kept|went|was)\b)/gu;
const FINISH_WORDS = /\bfinish|crossed the line|at the line\b|\bsettled? for\b|\bsettling for\b/i;

/**
 * Whether a place told at `at` (an offset into the text) is a moment of the race rather than its
 * finish, for a clause `slice` that starts at `offset`; `lead` is the text of its paragraph before it.
 */
export function midRaceReader(slice: string, offset: number, lead = ''): (at: number) => boolean {
  // "BERG: The bell! Haugen goes, Rono goes with him, Tesfaye third": a commentator's call of a moment
  // of the race, then the order at that moment, in the same breath.
  if (lead.includes('!') && CALLED_MOMENT.test(lead) && !FINISH_WORDS.test(slice)) return () => true;
  // Read only when a place is found: most clauses a reader is made for tell none.
  let read: ((at: number) => boolean) | undefined;
  return (at) => (read ??= readerOf(slice, offset))(at);
}

/** The text of its paragraph before `at`, up to 200 characters of it. */
export const paragraphBefore = (text: string, at: number): string =>
  text.slice(Math.max(text.lastIndexOf('\n', at) + 1, at - 200), at);

const CALLED_MOMENT = /\b(?:bell|to\s+go|lap|bend|straight|kilomet(?:re|er)s?)!\s[^.!?]*$/i;

function readerOf(slice: string, offset: number): (at: number) => boolean {
  if (!MID_RACE.test(slice)) return () => false;
  const joins: number[] = [];
  PREDICATE_JOIN.lastIndex = 0;
  for (let m = PREDICATE_JOIN.exec(slice); m; m = PREDICATE_JOIN.exec(slice)) joins.push(m.index);
  const memo = new Map<number, boolean>();
  return (at) => {
    const i = at - offset;
    const from = joins.findLast((j) => j <= i) ?? 0;
    const to = joins.find((j) => j > i) ?? slice.length;
    let mid = memo.get(from);
    if (mid === undefined) {
      const part = slice.slice(from, to);
      mid = MID_RACE.test(part.replace(AFTER_DOING, '').replace(DONE_WITH, '')) && !FINISH_WORDS.test(part);
      memo.set(from, mid);
    }
    return mid;
  };
}
