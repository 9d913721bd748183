import type { Clause } from './clauses';
import type { Mention } from './findMentions';
import type { PlaceFact } from './findPlaces';
import { parseTime } from './parseTime';

const AFTER_WIN =
  /\b(?:ahead of|in front of|clear of|from|beating|defeating|edging|pipping|outleaning|holding off)\s+/gi;
// Before the first runner: an article and up to two words ("Jamaica's", "the Kenyan").
const LEAD_IN = /^(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,2}$/u;
// Between two runners: an optional bracketed time or a relative clause ("…, who was clocked in the
// same rounded time, and …"), then a comma or "and".
const BETWEEN =
  /^\s*(?:\(([^()]*)\)\s*)?(?:,\s*who\s[^;]*?)?(?:,\s*and|,|and)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,2}$/u;
// After the last runner: an optional bracketed time or the runner's time told in a relative clause
// (", who clocked 10.95") or how the place was taken (", who snatched the final podium spot with a
// dip"), then nothing but the sentence's end.
// ("… edging Italy's X by two hundredths of a second.": the margin told after the name.)
const TAIL =
  /^\s*(?:\(([^()]*)\)\s*)?(?:by\s+(?:just\s+|only\s+|barely\s+)?(?:[\d.]+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundredths?|tenths?|thousandths?|seconds?|metres?|meters?|strides?|inches|yards?)(?:\s+of\s+a\s+second)?\s*)?(?:,\s*who\s+(?:clocked|ran|was\s+(?:timed|given|credited)(?:\s+(?:at|with))?|crossed\s+in)\s+(\d[\d:.]*)(?:\s+seconds)?|,\s*who\s+(?:snatched|took|grabbed|claimed|secured|edged|dipped|pipped)\s[^;.]*)?(?:[.;,]\s*)?$/;

/**
 * "Nowak won in 7.08, ahead of Whyte (7.12) and Graf (7.14)": two or more runners listed after a
 * win are told in finishing order, so they are second, third and on; so is the one runner a win is
 * "from". The list may run on over
 * the clause's end to the sentence's ("… and Graf"), but not into more words, when a time given with them is out of order, or when one of them already has a
 * place in the clause. `win` is the win told in this clause or in the one just before it.
 */
export function listedRunnersUp(
  text: string,
  clause: Clause,
  sentenceEnd: number,
  mentions: readonly Mention[],
  win: PlaceFact,
  placed: readonly PlaceFact[],
): PlaceFact[] {
  // The win may be in the clause before: "X won in 7.08, | ahead of A and B" goes on from it.
  const start = Math.max(win.at, clause.start);
  const slice = text.slice(start, clause.end);
  AFTER_WIN.lastIndex = 0;
  const cue = AFTER_WIN.exec(slice);
  if (!cue || (win.at < clause.start && slice.slice(0, cue.index).trim() !== '')) return [];
  let from = start + cue.index + cue[0].length;
  const listed: Mention[] = [];
  const times: (number | null)[] = [];
  for (const m of mentions) {
    if (m.start < from || m.end > sentenceEnd || m.kind === 'pronoun') continue;
    const gap = text.slice(from, m.start);
    // "the Italian Matteo Ruggeri": an epithet and the name it goes with are one runner.
    if (listed.length > 0 && m.id !== null && m.id === listed[listed.length - 1]?.id && /^\s*$/.test(gap)) {
      from = m.end;
      continue;
    }
    const joint = listed.length === 0 ? LEAD_IN.exec(gap) : BETWEEN.exec(gap);
    if (!joint || !m.id) break;
    if (listed.length > 0) times.push(timeIn(joint[1]));
    listed.push(m);
    from = m.end;
  }
  const tail = TAIL.exec(text.slice(from, sentenceEnd));
  // "won in 1:45.05 from Ukraine's Dmytro Koval (1:45.20)": one runner a win is "from" is second; so
  // is the one it was won by edging ("won in 10.89, edging American X, who clocked 10.95").
  const single = listed.length === 1 && /^(?:from|edging|pipping|outleaning|holding off)\b/i.test(cue[0]);
  if ((listed.length < 2 && !single) || !tail) return [];
  times.push(timeIn(tail[1] ?? tail[2]));
  const known = times.filter((t): t is number => t !== null);
  if (known.some((t, i) => i > 0 && t <= (known[i - 1] ?? 0))) return [];
  const ids = listed.map((m) => m.id);
  if (new Set(ids).size !== ids.length || ids.includes(win.athleteId)) return [];
  if (placed.some((p) => ids.includes(p.athleteId))) return [];
  return listed.map((m, i) => ({
    at: m.start,
    athleteId: m.id ?? '',
    place: win.place + 1 + i,
    medal: false,
  }));
}

const BEAT_BEFORE =
  /\b(?:beat|beats|beating|edged|edges|edging|pipped|pips|pipping|outkicked|outsprinted|outleaned|(?:held|holds|holding)\s+off|ahead\s+of)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,2}$/u;
// Between the beaten runner and the third: an optional bracket, an aside (", who clocked 3:36.58,",
// "by three seconds,", "in a sprint finish,"), a score ("13:48.62 to 13:49.10,"), or the beaten one's
// country and time (" of the Czech Republic in 45.84"), then "with", "and" or "while".
const BEATEN_TO_THIRD_TIMED =
  /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?\s+in\s+\d[\d:.]*\s+(?:with|and|while)\s+(?:[\p{L}'’.-]+\s+){0,2}$/u;
const BEATEN_TO_THIRD =
  /^(?:\s*\([^()]*\))?(?:,\s*who\s[^;,]*,|\s+(?:by|in)\s[^;,]{1,30},|,)?(?:\s*\d[\d:.]*\s+to\s+\d[\d:.]*,)?\s*(?:with|and|while)\s+(?:[\p{L}'’.-]+\s+){0,2}$/u;
// After the third's name: "third", "a distant third", after the third's club in brackets.
// ("while Australia's O'Donoghue lifted the home crowd with bronze", ", with Uganda's X taking bronze":
// the bronze told after a verb.)
const THIRD_AFTER =
  /^(?:\s*\([^()]*\))?\s+(?:(?:was\s+|in\s+)?(?:an?\s+(?:distant|close|clear|comfortable|lonely|well-beaten|fast-finishing|creditable)\s+)?third\b|[^,;.]{0,40}\b(?:with|took|taking|claimed|claiming|won|winning|grabbed|grabbing|snatched|snatching)\s+(?:the\s+)?bronze\b)/i;

/**
 * "Threlfall edged Ainsworth-Reid, who clocked 3:36.58, with Haddad third": the one beaten, set
 * before the third, is second. Only for a runner of `clause` with no place in it.
 */
export function beatenBeforeThird(
  text: string,
  clause: Clause,
  sentenceEnd: number,
  mentions: readonly Mention[],
  placed: readonly PlaceFact[],
): PlaceFact[] {
  if (!/third|bronze/i.test(text.slice(clause.start, sentenceEnd))) return [];
  for (const [i, m] of mentions.entries()) {
    if (!m.id || m.kind === 'pronoun' || m.start < clause.start || m.end > clause.end) continue;
    if (!BEAT_BEFORE.test(text.slice(Math.max(clause.start, m.start - 40), m.start))) continue;
    // "the Ethiopian Birhanu Wolde": an epithet and the name it goes with are one runner.
    let last = m;
    for (const next of mentions.slice(i + 1)) {
      if (next.id === m.id && /^\s*$/.test(text.slice(last.end, next.start))) last = next;
      else break;
    }
    const third = mentions.find(
      (x) =>
        x.id &&
        x.id !== m.id &&
        x.kind !== 'pronoun' &&
        x.start >= last.end &&
        x.end <= sentenceEnd &&
        (BEATEN_TO_THIRD.test(text.slice(last.end, x.start)) ||
          BEATEN_TO_THIRD_TIMED.test(text.slice(last.end, x.start))),
    );
    if (!third || !THIRD_AFTER.test(text.slice(third.end, third.end + 60))) continue;
    if (placed.some((p) => p.athleteId === m.id)) return [];
    return [{ at: m.start, athleteId: m.id, place: 2, medal: false }];
  }
  return [];
}

const BEHIND = /\bbehind\s+/gi;

/**
 * "Okafor added a runner-up finish …, clocking 13.38, behind St. Anselm's Tiana Roberts": the one
 * runner the runner-up finished behind won. `placed` are the places read from `clause`.
 */
export function winnerAhead(
  text: string,
  clause: Clause,
  sentenceEnd: number,
  mentions: readonly Mention[],
  placed: readonly PlaceFact[],
): PlaceFact[] {
  const second = placed.find((p) => p.place === 2);
  // (A win of the runner who was second is another race's: "she won the UK title in 22.41, and …
  // took silver 0.06 behind the winner, Jamaica's X".)
  if (!second || placed.some((p) => p.place === 1 && p.athleteId !== second.athleteId)) return [];
  const slice = text.slice(second.at, sentenceEnd);
  BEHIND.lastIndex = 0;
  const cue = BEHIND.exec(slice);
  if (!cue) return [];
  const from = second.at + cue.index;
  const to = from + cue[0].length;
  // No other runner told between the place and "behind", and the one behind is alone.
  if (mentions.some((m) => m.id && m.id !== second.athleteId && m.start > second.at && m.start < from))
    return [];
  // "behind the winner Roberts", "behind St. Anselm's Tiana Roberts": up to three words before the name
  // ("behind the winner, Jamaica's Tanisha Gayle-Forbes": after a comma too).
  const ahead = mentions.find(
    (m) =>
      m.id &&
      m.kind !== 'pronoun' &&
      m.start >= to &&
      /^(?:the\s+(?:winner|champion),\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/u.test(text.slice(to, m.start)),
  );
  if (!ahead?.id || ahead.id === second.athleteId || ahead.start > clause.end + 60) return [];
  const rest = text.slice(ahead.end, sentenceEnd);
  // ("behind Chege (3:38.30) and looked flat": "and" then a verb, not another runner.)
  if (!/^(?:\s*\([^()]*\))?\s*(?:[.;,!?]|$|(?:in|at|on|who|with|over)\b|and\s+\p{Ll})/u.test(rest)) return [];
  // ("behind USC's Marcus Bellamy, who won in 49.62" tells the win itself.)
  if (/^\s*,\s*who\s+(?:won|took|claimed|triumphed)\b/.test(rest)) return [];
  return [{ at: ahead.start, athleteId: ahead.id, place: 1, medal: false }];
}

function timeIn(bracket: string | undefined): number | null {
  return bracket ? (parseTime(bracket)?.seconds ?? null) : null;
}
