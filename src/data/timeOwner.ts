/**
 * Whose result a time in a clause is: the runner a score pairs it with ("beat Ferraz, 2:00.12 to
 * 2:00.45"), the name it is set against ("Hale (3:31.58)", "Gebre, second with 27:19"), or else the
 * clause's subject or possessor.
 */
import type { Mention } from './findMentions';
import type { Sentence } from './splitSentences';
import type { Clause } from './clauses';
import type { TimeToken } from './findTimes';
import { findOrderings } from './findClauseFacts';
import { ORDINAL_PATTERN } from './lexicon/numbers';
import { allowedRunner, subjectAt, isObject } from './attach';

const NO_PAIRS: ReadonlyMap<TimeToken, string | null> = new Map();

/**
 * "Boateng beat Ferraz to the title, 2:00.12 to 2:00.45": two times joined by "to" go to the one
 * ahead and the one behind, in that order (null when the one behind is not named).
 */
export function pairedTimes(
  text: string,
  s: Sentence,
  clause: Clause,
  times: readonly TimeToken[],
  mentions: Mention[],
): ReadonlyMap<TimeToken, string | null> {
  if (times.length < 2) return NO_PAIRS;
  const out = new Map<TimeToken, string | null>();
  for (let i = 0; i + 1 < times.length; i++) {
    const a = times[i];
    const b = times[i + 1];
    if (!a || !b || !/^\s+(?:to|vs\.?|against)\s+$/.test(text.slice(a.end, b.start))) continue;
    const order = findOrderings(text, { start: s.start, end: s.end }, mentions)[0];
    // "…, but the Briton edged her out in 1:57.03 to 1:57.40": the clause's own runners first.
    const inSentence = mentions.filter((m) => m.id && m.start >= s.start && m.end <= clause.end);
    const named = [
      ...inSentence.filter((m) => m.start >= clause.start),
      ...inSentence.filter((m) => m.start < clause.start),
    ];
    const ahead = order?.ahead ?? named[0]?.id;
    const behind = order?.behind ?? named.find((m) => m.id !== ahead)?.id;
    // "Clarke beat his old training partner, 19.87 to 19.95": the second time is the beaten
    // runner's even when no name says who that is.
    if (ahead) {
      out.set(a, ahead);
      out.set(b, behind ?? null);
    }
  }
  return out;
}

// "Gebre, second with 27:19", "Sang, the runner-up in 8:06.10", "McElligott (Ennis Track AC), second
// in 10.26", "Gayle-Fraser second behind him in 9.85", "B the silver in 27:18.90": a place set after a
// name (and its club), then its time, tells that name's result.
const APPOSED_PLACE = new RegExp(
  `^(?:\\s*\\([^()]*\\))?\\s*,?\\s*(?:the\\s+(?=runner-up|silver|bronze))?(?:${ORDINAL_PATTERN}|silver|bronze)(?:\\s+(?:place|position|medal))?(?:\\s+behind\\s+\\S+)?\\s+(?:with|in)\\s+(?:a\\s+time\\s+of\\s+)?$`,
  'i',
);

// A time, then the runner it beat: "45.71, ahead of ", "in 2:08.14, beating Kenya's ".
const AFTER_OWN_TIME =
  /\d[:.]\d{2}\)?,?\s+(?:(?:well|just|narrowly|comfortably)\s+)?(?:ahead\s+of|in\s+front\s+of|beating|to\s+beat|from)\s+(?:\p{Lu}[\p{L}'’-]*\s+|the\s+){0,3}$/u;

const PUSHED_BEFORE =
  /\b(?:leav(?:e|es|ing)|left|pushing|pushed|relegating|relegated|demoting|demoted|consigning|consigned|dropping|bumping|bumped)\s+(?:[\p{L}'’.-]+\s+){0,3}$/u;
// " of the Netherlands": a runner's country told after the name.
const OF_COUNTRY = String.raw`\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
// ("bronze medallist Bram de Groot of the Netherlands (3:37.01)": a time in brackets after the country.)
const BRACKET_AFTER_COUNTRY = new RegExp(String.raw`^(?:${OF_COUNTRY})?\s*\(\s*$`, 'u');
// " in ", " of the Czech Republic in ": after a runner's name (and country), before the time.
// (" ahead of Switzerland's Ladina Caflisch, 7.87": the time set after the beaten runner's name.)
const IN_AFTER_NAME = new RegExp(String.raw`^(?:${OF_COUNTRY})?(?:\s+in\s+|,\s*)$`, 'u');
// " in ", " of Jamaica in ": between a runner's name (and country) and the time.
const IN_AFTER_COUNTRY = new RegExp(String.raw`^(?:${OF_COUNTRY})?\s+in\s+$`, 'u');
const PUSHED_TO_IN = new RegExp(
  String.raw`^(?:${OF_COUNTRY})?\s+(?:(?:(?:down\s+)?(?:to|into)|with)\s+(?:the\s+)?|(?:an?\s+(?:distant|close|clear|well-beaten|lonely)\s+)?(?=runner-up|second|third))(?:runner-up|silver|bronze|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+(?:place|position|spot))?\s+in\s+$`,
  'u',
);

/**
 * A time in parentheses or right after a name belongs to that name ("Hale (3:31.58)"), as does one
 * after a place set after a name ("Gebre, second with 27:19"); else to the clause's subject.
 */
export function timeOwner(text: string, clause: Clause, mentions: Mention[], at: number): string | null {
  const direct = mentions.findLast((m) => {
    if (!m.id || (m.kind !== 'name' && m.kind !== 'surname') || m.end > at || at - m.end > 40) return false;
    const between = text.slice(m.end, at);
    return (
      BRACKET_AFTER_COUNTRY.test(between) ||
      // "the victory returned to the Pole Zieliński, timed in 1:45.87": the time set after a name.
      /^\s*,\s*(?:timed|clocked)\s+(?:in|at)\s+$/.test(between) ||
      APPOSED_PLACE.test(between) ||
      // "won in 45.71, ahead of Tomáš Novotný in 45.84" (or "…, 45.84"): the beaten runner's own time, the winner's told.
      (IN_AFTER_NAME.test(between) && AFTER_OWN_TIME.test(text.slice(Math.max(0, m.start - 50), m.start))) ||
      // "gold to Whyte in 9.812, silver to Okafor-Brooks in 9.815": the medallist's time.
      // ("The second semi-final goes to Tia-Marie Grant of Jamaica in 7.79": the winner's.)
      (IN_AFTER_COUNTRY.test(between) &&
        /\b(?:(?:gold|silver|bronze)(?:\s+medal)?\s+(?:to|for)|(?:goes|went)\s+to)\s+$/i.test(
          text.slice(Math.max(0, m.start - 20), m.start),
        )) ||
      // "clocking 1:55.02 to Nyambura's 1:55.19": the time of the one set against the subject.
      // "Hayashida's 26:51.30 to win the national title": a possessive's own time.
      (m.possessive && /^(?:['’]s?)?\s+$/.test(between)) ||
      // "Alemu, with 3:58.89", "Illescas, with a mark of 4:02.07": the translated wire's apposition.
      // "followed by Marcus Whitfield of the United States in 13.12": after the runner's country.
      (/^\s*(?:of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}in\s+|,\s*in\s+|in\s+|-\s*|,\s*with\s+(?:a\s+(?:mark|time)\s+of\s+)?)?$/u.test(
        between,
      ) &&
        !isObject(text, clause, m, mentions))
    );
  });
  if (direct?.id) return direct.id;
  const end = at + (/^[\d:.,]+/.exec(text.slice(at, at + 12))?.[0].length ?? 0);
  // "split them at 10.866 for the Dutch sprinter and 10.869 for the Italian": a time given for a runner.
  const given = mentions.find(
    (m) => m.id && m.start > end && m.start <= clause.end && /^\s+for\s+$/.test(text.slice(end, m.start)),
  );
  if (given?.id) return given.id;
  // "clocking 13.41 behind the 13.36 of Tom Ashworth": the time of the one named after "of".
  if (/\bthe\s+$/i.test(text.slice(Math.max(clause.start, at - 5), at))) {
    const of = mentions.find((m) => m.id && m.start > end && /^\s+of\s+$/.test(text.slice(end, m.start)));
    if (of?.id) return of.id;
  }
  // "a race won in 1:48.95 by Hollister State's Devontae Price": the winner named after "by".
  if (/\bwon\s+in\s+$/i.test(text.slice(Math.max(clause.start, at - 8), at))) {
    const end = at + (/^[\d:.]+/.exec(text.slice(at, at + 12))?.[0].length ?? 0);
    const by = wonByAgent(text, mentions, end);
    if (by?.id) return by.id;
  }
  // "a race won by American Danielle Okonkwo-Myers in a world-leading 52.64": the winner's time.
  const wonBy = mentions.findLast(
    (m) =>
      m.id &&
      m.kind !== 'pronoun' &&
      m.end <= at &&
      /^\s+in\s+(?:a\s+(?:[\w'-]+\s+){0,2})?$/.test(text.slice(m.end, at)) &&
      /\bwon\s+by\s+(?:\p{L}+\s+)?$/u.test(text.slice(Math.max(clause.start, m.start - 30), m.start)),
  );
  if (wonBy?.id) return wonBy.id;
  // "relegating Lieke Verhoeven of the Netherlands to silver in 52.04": the time of the one pushed there
  // ("to leave Ethiopia's Tsigereda Alemu with silver in 3:53.64": of the one left with it; "leaving
  // ter Horst a distant runner-up in 7.84": of the one left in that place).
  const pushed = mentions.findLast(
    (m) =>
      m.id &&
      m.kind !== 'pronoun' &&
      m.end <= at &&
      at - m.end < 60 &&
      PUSHED_TO_IN.test(text.slice(m.end, at)) &&
      PUSHED_BEFORE.test(text.slice(Math.max(clause.start, m.start - 40), m.start)),
  );
  if (pushed?.id) return pushed.id;
  // "leaving Nwachukwu to come through for victory in 59.84": the time of the one let win.
  const allowed = allowedRunner(text, clause, mentions, at);
  if (allowed?.id) return allowed.id;
  return subjectOrPossessor(text, clause, mentions, at);
}

/** The runner named after "by" at `from` ("by Hollister State's Devontae Price"), if any. */
export function wonByAgent(text: string, mentions: readonly Mention[], from: number): Mention | undefined {
  const by = /^\s+by\s+(?![\p{Ll}\d])/u.exec(text.slice(from, from + 8));
  if (!by) return undefined;
  return mentions.find(
    (m) =>
      m.id && m.kind !== 'pronoun' && m.start >= from + by[0].length && m.start < from + by[0].length + 40,
  );
}

/** The clause's subject (or the possessor of its subject) at `at`, by id. */
export function subjectOrPossessor(
  text: string,
  clause: Clause,
  mentions: Mention[],
  at: number,
): string | null {
  return subjectAt(text, clause, mentions, at)?.id ?? null;
}
