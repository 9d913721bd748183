/**
 * Question-and-answer interviews: "Q: You won in Rome…" / "A: I ran 14:38.11 there and got the
 * bronze." In the answers, I, me and my are the person interviewed; in the questions, you and your
 * are. Pure functions over the article's text.
 */
import type { Mention } from './findMentions';

/** Who speaks on a line of an interview: the interviewer asking, or the person answering. */
export type InterviewRole = 'question' | 'answer';

interface Turn {
  start: number;
  end: number;
  role: InterviewRole;
}

const TURN = /^[ \t]*(?:(Q|Question)|(A|Answer))[ \t]*[:.–—-][ \t]+/gm;

/**
 * The question and answer turns of an interview, each running until the next turn or a blank line
 * after it; none when the text does not have both a question and an answer marked as such.
 */
export function findInterviewTurns(text: string): Turn[] {
  if (!/^[ \t]*(?:Q|Question)[ \t]*[:.–—-]/m.test(text)) return unmarkedTurns(text);
  const turns: Turn[] = [];
  TURN.lastIndex = 0;
  for (let m = TURN.exec(text); m; m = TURN.exec(text)) {
    const last = turns[turns.length - 1];
    if (last) last.end = Math.min(last.end, m.index);
    const blank = text.indexOf('\n\n', m.index);
    turns.push({ start: m.index, end: blank < 0 ? text.length : blank, role: m[1] ? 'question' : 'answer' });
  }
  return turns.some((t) => t.role === 'answer') && turns.some((t) => t.role === 'question') ? turns : [];
}

// A paragraph of an unmarked interview: the question on its first line, the answer on the next.
const ASKED = /(?:^|\n\n)([^\n]{8,300}\?)[ \t]*\n(?=\S)/g;

/**
 * "You were fifth in the Olympic final last summer. When you watch it back, what do you see?" on one
 * line and the answer on the next: an interview whose turns are not marked, told by three paragraphs
 * at least that open with a question line and go on with its answer. From the first of them, every
 * paragraph of two lines or more is a question (its first line) and an answer (the rest).
 */
function unmarkedTurns(text: string): Turn[] {
  const asked = [...text.matchAll(ASKED)];
  const [first] = asked;
  if (!first || asked.length < 3) return [];
  const turns: Turn[] = [];
  let at = first.index + (first[0].length - first[0].trimStart().length);
  while (at < text.length) {
    const blank = text.indexOf('\n\n', at);
    const end = blank < 0 ? text.length : blank;
    const newline = text.indexOf('\n', at);
    if (newline > at && newline < end) {
      turns.push({ start: at, end: newline, role: 'question' }, { start: newline + 1, end, role: 'answer' });
    }
    at = end;
    while (at < text.length && /\s/.test(text[at] ?? '')) at++;
  }
  return turns;
}

/** The role of the turn `pos` falls in, or null outside every turn. */
export function roleAt(turns: readonly Turn[], pos: number): InterviewRole | null {
  return turns.find((t) => pos >= t.start && pos < t.end)?.role ?? null;
}

const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Mm]yself)\b/g;
const SECOND_PERSON = /\b(?:[Yy]ou|[Yy]our|[Yy]ourself)\b/g;

/**
 * Mentions of `id` spoken in the first person in an answer (or the second in a question) between
 * `from` and `to`, with who they are already known.
 */
export function speakerMentions(
  text: string,
  from: number,
  to: number,
  role: InterviewRole,
  id: string,
): Mention[] {
  const re = role === 'answer' ? FIRST_PERSON : SECOND_PERSON;
  const slice = text.slice(from, to);
  const out: Mention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const w = m[0].toLowerCase();
    const possessive = w === 'my' || w === 'your';
    const object = w === 'me' || w === 'myself' || w === 'yourself';
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      kind: 'pronoun',
      id,
      possessive,
      pronoun: possessive ? 'possessive' : object ? 'object' : 'subject',
    });
  }
  return out;
}

/** The person an interview is with: the one the article has named most often before its first turn. */
export function intervieweeOf(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [id, n] of counts)
    if (n > most) {
      best = id;
      most = n;
    }
  return best;
}
