import type { Clause } from './clauses';
import type { Mention } from './findMentions';
import type { Salience } from './resolveMention';
import type { PublicationDate } from './findPublicationDate';
import type { Sentence } from './splitSentences';
import { sentenceSubject } from './attach';
import { findDates, weekdayOf } from './findDates';
import { raceMentionsIn } from './findRaceMentions';
import { leadingCharCode, mayLeadWith, trailingCharCode } from './leadingCharCode';

// "The clock stopped at 3:56.41": a time told of the clock is the last subject's.
const CLOCK =
  /^\s*(?:and\s+)?the\s+(?:clock|timer|watch)\s+(?:stopped|read|showed|flashed|said|stood|displayed)\b/i;

/** A sentence that is only a runner's name, and its paragraph. */
export interface Fragment {
  id: string;
  line: number;
  /** Named last in a longer sentence ("Third was the Moroccan, Salma Idrissi."): for a short next one only. */
  trailing?: true;
}

/**
 * "Georgia Whitcombe-Ngata. Four fourteen ninety-two in the mile.": a sentence that is only a
 * runner's name, as a transcript or notes write it, is the subject of the sentences after it in its
 * paragraph that name no one ("Moses Kiprotich. Uganda. Twelve forty-nine oh seven."); a sentence
 * that ends on one, of a short one right after it. Returns the fragment in force after sentence `s`.
 */
export function nextFragment(
  text: string,
  s: Sentence,
  live: readonly Mention[],
  before: Fragment | null,
): Fragment | null {
  const last = live.at(-1);
  const id = last?.id;
  if (
    id &&
    (last.kind === 'name' || last.kind === 'surname') &&
    /^[\s.!]*$/.test(text.slice(last.end, s.end))
  ) {
    if (live.length === 1 && /^\W*$/.test(text.slice(s.start, last.start))) return { id, line: s.line };
    // (Not after "Chebet outsprints Alemu Bekele!", which names two.)
    if (live.every((m) => m.id === id)) return { id, line: s.line, trailing: true };
  }
  return live.length === 0 && before?.line === s.line && !before.trailing ? before : null;
}

/** The runner a sentence that names no one is told of, after a fragment ("Four-oh-one point four-eight."). */
export function fragmentSubject(
  s: Sentence,
  live: readonly Mention[],
  fragment: Fragment | null,
): string | null {
  if (live.length > 0 || fragment?.line !== s.line) return null;
  return !fragment.trailing || s.text.trim().split(/\s+/).length <= 5 ? fragment.id : null;
}

// "LOS ANGELES, July 22, 2028 — … Friday night's final": the dateline's day dates the report, and
// the race only when nothing else does (a weekday counts back from it; else the report's day is taken).
export function isDatelineDay(text: string, p: PublicationDate | null, start: number, end: number): boolean {
  if (!p || p.headerOnly || start < p.start || end > p.end) return false;
  const d = findDates(text, start, end)[0];
  // "Monday 6 October 2025": the dateline's weekday is the report's day too.
  if (d?.type === 'weekday') return d.weekday === weekdayOf(p.date);
  return d?.type === 'absolute' && p.date.endsWith(`-${pad(d.month)}-${pad(d.day)}`);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Whether a date line taken as the report's heads a section after the piece's opening prose and
 * names its race ("CASTLE HILL 10K — Sunday 11 May 2031" in a club newsletter): then it is that
 * race's day too, read as any other date.
 */
export function datesItsSection(
  text: string,
  sentences: readonly Sentence[],
  p: PublicationDate | null,
): boolean {
  return (
    p !== null &&
    p.headerOnly &&
    sentences.some((x) => x.end <= p.start && !x.headline) &&
    raceMentionsIn(text, p.start, p.end).some((m) => m.event !== null || m.meetName !== null)
  );
}

// "while Bahrain's Ethiopia-born Birhanu Tadesse took the bronze": a country's possessive before the subject
// ("South Africa's", "the United States'"),
// or a title ("and defending champion Olusegun Adebayo-Clarke … had to settle for fifth").
const CLAUSE_HEAD =
  /^[\s,]*(?:(?:[Aa]nd|[Bb]ut|[Tt]hen|[Ww]hile|[Ww]hereas|[Aa]s|[Ww]ith|[Ww]hen|[Bb]efore|[Aa]fter|[Ss]o|[Yy]et|[Oo]nly)\s+)?(?:(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:['’]s|s['’])\s+)?(?:\p{L}+-(?:born|based)\s+)?(?:(?:[Tt]he\s+)?(?:[Dd]efending|[Rr]eigning)\s+(?:\p{L}+\s+)?champion\s+)?$/u;
// (", the Swedish junior who transferred last fall, came through": an apposition may carry it.)
const AROUND_RELATIVE_END =
  /,\s*(?:(?:the|a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+)?(?:who|which|whose)\b[^,;]*,\s*$/iu;

/**
 * The clause's mentions, with the person it is about added at its start when the clause does not
 * name them: a relative clause ("who …") is about the person just before it; a clause after one
 * ("…, and Brennan, who had led, was swamped") and a clause that starts with its verb ("came past
 * Hassan …") share a subject told earlier; "The clock stopped at …" is the last subject's.
 */
export function withAntecedent(
  text: string,
  s: Sentence,
  clause: Clause,
  mentions: Mention[],
  lastSubject: string | null,
  fragment: string | null = null,
): Mention[] {
  const head = text.slice(clause.start, clause.start + 24);
  const subject =
    fragment ??
    (lastSubject &&
    mayLeadWith(leadingCharCode(text, clause.start, clause.start + 40), 'at') &&
    CLOCK.test(text.slice(clause.start, clause.start + 40))
      ? lastSubject
      : null);
  // (The clock's runner, or a fragment's, stands as an unwritten subject at the clause's start.)
  if (subject && !mentions.some((m) => m.id && m.start >= clause.start && m.end <= clause.end)) {
    const implied: Mention = {
      start: clause.start,
      end: clause.start,
      kind: 'pronoun',
      id: subject,
      possessive: false,
    };
    return [...mentions, implied].sort((a, b) => a.start - b.start);
  }
  const relative =
    mayLeadWith(leadingCharCode(text, clause.start, clause.start + 24), 'w') &&
    /^\s*(?:who|which)\b/i.test(head);
  // "somehow kept her feet moving, took bronze", "had looked the favourite": a person named after
  // the clause's verb is not its subject.
  const ownSubject = mentions.some(
    (m) =>
      m.id &&
      m.start >= clause.start &&
      m.start < clause.start + 32 &&
      CLAUSE_HEAD.test(text.slice(clause.start, m.start)),
  );
  let last = mentions.findLast((m) => m.end <= clause.start && m.start >= s.start && m.id);
  // "Mia Raman, Priya's daughter, who was 5th": a relative after another's possessive is about the
  // noun it owns, the name that noun is set beside (or no one named).
  if (
    relative &&
    last?.possessive &&
    /^['’]?s?\s+\p{Ll}+\s*,\s*$/u.test(text.slice(last.end, clause.start))
  ) {
    const owner = last;
    last = mentions.findLast((m) => m.end <= owner.start && m.start >= s.start && m.id);
    // ("Liam Ó Briain (Tolka Valley AC), Mulvaney's clubmate, who ran …": after the name's club.)
    if (last && !/^\s*(?:\([^()]*\)\s*)?,\s*$/.test(text.slice(last.end, owner.start))) last = undefined;
  }
  // "…, and Brennan, who had led at the bell, was swamped …": the verb after a relative clause is
  // the verb of the one the relative clause is about.
  // (Only text before the clause that ends in a comma can end a relative clause.)
  const comma = trailingCharCode(text, s.start, clause.start);
  const around =
    comma === 44 || comma === -1 ? AROUND_RELATIVE_END.exec(text.slice(s.start, clause.start)) : null;
  const aboutRelative =
    around === null
      ? undefined
      : mentions.find(
          (m) =>
            m.id &&
            m.start >= s.start &&
            m.end <= s.start + around.index &&
            /^\s*$/.test(text.slice(m.end, s.start + around.index)),
        );
  const afterRelative = !ownSubject && aboutRelative !== undefined && /^\s*\p{Ll}/u.test(head);
  // A clause that starts with its verb ("came past Hassan …", "faded badly and was ninth", "but finished
  // second", "…, which she covered in 68.9 seconds, to win in 9:05.21", "but could not match her and
  // finished 0.19 behind") shares the sentence's subject.
  const verbFirst =
    !relative &&
    !ownSubject &&
    clause.start > s.start &&
    /^\s*(?:and\s+|then\s+|but\s+|yet\s+|before\s+|after\s+|only\s+to\s+|to\s+(?=(?:win|take|claim|clinch|finish|seal|secure|snatch|grab|clock)\b))?(?:(?:still|then|eventually|finally|later|duly|also|somehow)\s+)?(?:\p{Ll}+(?:ed|ing)|(?:could|would)(?:\s+not|n['’]t)?(?=\s+\p{Ll})|came|ran|took|won|win|take|claim|clinch|finish|seal|secure|snatch|grab|clock|was|were|had|has|is|went|kept|set|broke|struck|hung|held|got|made|found|dug|fought|clung|fell|paid|left|lost|sat|stood|drew|threw|wound|let|saw|beat|hit|put|tore|swept|sprang|shot|gave|began|became|rose|knew)\b/u.test(
      head,
    );
  const antecedent = relative
    ? last
    : afterRelative
      ? aboutRelative
      : verbFirst
        ? (sentenceSubject(text, { start: s.start, end: clause.start }, mentions) ?? undefined)
        : undefined;
  return antecedent
    ? [...mentions, { ...antecedent, start: clause.start, end: clause.start, possessive: false }].sort(
        (a, b) => a.start - b.start,
      )
    : mentions;
}

/**
 * The words between an epithet and the name apposed to it: a comma, and the name's country ("the
 * favourite, New Zealand's Oliver Fairbrother"), or where the runner is from before the comma ("The
 * freshman from Kenya, Brian Koech, …").
 */
export const APPOSED_NAME =
  /^(?:\s+from\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s*,\s*(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s+|\p{Lu}\p{Ll}+\s+)?$/u;

const OBJECT_BEFORE =
  /\b(?:with|over|against|beat|beating|behind|ahead of|from|to|than|of|past|and)\s+(?:\p{Lu}[\p{L}'’-]*['’]s\s+)?$/u;

/**
 * "Hale, the Brit, …": an epithet set off after a name is that runner. Not after a pronoun ("Behind
 * her, the favourite, the Galician X, …", where "her" is the object of "behind"). "X, running her
 * first race since …": a possessive in a participle phrase after a name is that runner's.
 */
export function apposedTo(text: string, m: Mention, prev: Mention | undefined): string | null {
  if (!prev?.id || prev.kind === 'pronoun') return null;
  const between = text.slice(prev.end, m.start);
  // (Not "encounters with Berg, including his victory": a runner named as an object.)
  if (m.kind === 'pronoun')
    return /^,\s+(?!including\b)\p{Ll}+ing\s+$/u.test(between) &&
      !OBJECT_BEFORE.test(text.slice(Math.max(0, prev.start - 30), prev.start))
      ? prev.id
      : null;
  return /^\s*,\s*$/.test(between) ? prev.id : null;
}

const HANGS_ON = /,\s+(?:where|when)\s+$/;
const OPENS_CLAUSE = /(?:^\W*|[,;]\s+(?:and|but|while)\s+)(?:\p{Ll}{1,4}\s+){0,2}$/u;

/** The runner who opens the clause a "where he …" hangs on, when another than the sentence's subject did. */
export function clauseSubjectBefore(
  text: string,
  from: number,
  mentions: readonly Mention[],
  i: number,
  sex: Mention['sex'],
  salience: Salience,
): string | null {
  const m = mentions[i] as Mention;
  if (!HANGS_ON.test(text.slice(Math.max(from, m.start - 10), m.start))) return null;
  for (let j = i - 1; j >= 0; j--) {
    const o = mentions[j] as Mention;
    if (!o.id || o.kind === 'pronoun' || o.possessive) continue;
    if (!OPENS_CLAUSE.test(text.slice(from, o.start))) continue;
    const known = salience.sexes.get(o.id);
    return known === undefined || sex === undefined || known === sex ? o.id : null;
  }
  return null;
}
