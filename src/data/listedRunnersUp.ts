import type { Clause } from './clauses';
import type { Mention } from './findMentions';
import type { PlaceFact } from './findPlaces';
import { parseTime } from './parseTime';

const AFTER_WIN = /\b(?:ahead of|in front of|from|beating|defeating)\s+/gi;
// Before the first runner: an article and up to two words ("Jamaica's", "the Kenyan").
const LEAD_IN = /^(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,2}$/u;
// Between two runners: an optional bracketed time or a relative clause ("…, who was clocked in the
// same rounded time, and …"), then a comma or "and".
const BETWEEN =
  /^\s*(?:\(([^()]*)\)\s*)?(?:,\s*who\s[^;]*?)?(?:,\s*and|,|and)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,2}$/u;
// After the last runner: an optional bracketed time, then nothing but the sentence's end.
const TAIL = /^\s*(?:\(([^()]*)\)\s*)?(?:[.;,]\s*)?$/;

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
  // "won in 1:45.05 from Ukraine's Dmytro Koval (1:45.20)": one runner a win is "from" is second.
  const single = listed.length === 1 && /^from\b/i.test(cue[0]);
  if ((listed.length < 2 && !single) || !tail) return [];
  times.push(timeIn(tail[1]));
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

function timeIn(bracket: string | undefined): number | null {
  return bracket ? (parseTime(bracket)?.seconds ?? null) : null;
}
