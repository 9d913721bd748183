import { allMatches } from './allMatches';
import type { Clause } from './clauses';
import type { Mention } from './findMentions';
import { lastWord } from './wordShape';

// Words after which a person is the object of the verb, not the one who ran the time or took the place.
const OBJECT_CUE =
  /\b(?:beat|beats|beating|defeated|defeating|defeat|edged|edging|edges|ahead of|behind|over|past|overtake|overtook|overtaking|overtakes|passed|passing|outkicked|outkicking|pipped|pipping|outran|outsprinted|than|against|overhauled|overhauling|caught|catching|held off|holding off|fend off|fended off|fending off|to|from|towards?|about|denied|denying|upstaged|stunned|stunning|surprises|surprised|trailed|trailing|rival|lost to|broke|breaking|smashed|erased|eclipsed|bettered|outpace|outpacing|outrun|catch|chase|chasing|join|joined|joining|with|alongside|like|clear of)\s+(?:(?:both|the|fellow|rival|compatriot|fading|struggling|his|her|defending|reigning|world|olympic|champion|favourite|favorite|pre-race|\p{Lu}\p{Ll}+an|\p{Lu}\p{Ll}+ish|\p{Lu}\p{Ll}+ese)\s+)*$/iu;
// The words OBJECT_CUE can end with (before its last white space): a cue's last word or a modifier,
// which may be a demonym of four letters or more ending in "an", "ish" or "ese" (in any case, as the
// pattern ignores case). A word that is not ASCII is left to the pattern.
const OBJECT_CUE_LAST: ReadonlySet<string> = new Set(
  (
    'beat beats beating defeated defeating defeat edged edging edges of behind over past overtake overtook ' +
    'overtaking overtakes passed passing outkicked outkicking pipped pipping outran outsprinted than against ' +
    'overhauled overhauling caught catching off to from towards toward about denied denying upstaged stunned ' +
    'stunning surprises surprised trailed trailing rival broke breaking smashed erased eclipsed bettered outpace ' +
    'outpacing outrun catch chase chasing join joined joining with alongside like both the fellow compatriot ' +
    'fading struggling his her defending reigning world olympic champion favourite favorite race'
  ).split(' '),
);
const mayEndObjectCue = (word: string | undefined): boolean =>
  word === undefined || OBJECT_CUE_LAST.has(word) || (word.length >= 4 && /(?:an|ish|ese)$/.test(word));
// Possessives that still name the performer: "Hale's time", "Berg's opening lap".
const PERFORMANCE_NOUN =
  /^'?s?\s+(?:\p{L}+\s+){0,2}?(?:time|times|win|victory|gold|silver|bronze|medal|run|finish|finishing|clocking|lap|opening|kick|surge|effort|performance|winning|mark|race|split|pace|burst|charge|sprint|move|triumph|personal|season|debut)\b/iu;

const CONJUNCTION = /^(?:\s*,)?\s+(?:and|or|nor)\s+(?:the\s+)?(?:\p{L}+\s+)?$/u;

/**
 * Whether a mention is the object of a verb or preposition in its clause ("beating Hale",
 * "ahead of Ruiz"), or joined by "and" to one that is ("overtake both Hale and the fading X").
 */
export function isObject(
  text: string,
  clause: Clause,
  m: Mention,
  mentions: readonly Mention[] = [],
): boolean {
  const before = text.slice(Math.max(clause.start, m.start - 60), m.start);
  // ", with Diaz claiming third": a clause that opens with "with" names its own subject.
  if (
    /^\s*with\s+(?:\p{L}+\s+){0,3}$/iu.test(text.slice(clause.start, m.start)) &&
    !/\bwith\s+\S+\s+with\b/i.test(before)
  )
    return false;
  // "The final went to Mia Callan in 4:03.77", "gold was won by …", "victory was awarded to …": the one
  // the result is given to.
  if (
    /\b(?:(?:went|fell|belonged|(?:was|were)\s+(?:awarded|handed|given))\s+to|(?:won|taken|claimed)\s+by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+)?$/u.test(
      before,
    )
  )
    return false;
  if (mayEndObjectCue(lastWord(before)) && OBJECT_CUE.test(before)) return true;
  const prev = mentions.findLast((p) => p.end <= m.start && p.start >= clause.start && p !== m);
  return (
    prev !== undefined &&
    CONJUNCTION.test(text.slice(prev.end, m.start)) &&
    isObject(text, clause, prev, mentions)
  );
}

/** Whether a possessive mention names someone other than the performer ("Mo Farah's British record"). */
export function isOtherPossessive(text: string, m: Mention): boolean {
  if (!m.possessive) return false;
  return !PERFORMANCE_NOUN.test(text.slice(m.end, m.end + 40));
}

// An opening subordinate clause ("But since he was a no-show, …") is not where the subject is.
// ("Half an hour after Pemberton-Lyle's run, Marchbank made amends": a while before "after".)
const INTRO =
  /^\s*(?:but\s+|and\s+|so\s+)?(?:since|because|although|though|when|whenever|(?:(?:half\s+)?\w+\s+(?:hours?|minutes?|days?|weeks?)\s+)?(?:after|before)|as|if|while|once|despite|with|without|until|even though)\b[^,]*,/i;

// "Drawn alongside the eventual champion, Poland's Szymon Wróblewski, Ciarán sat on his shoulder": a
// participle's phrase (and the rival it names, in apposition) before the subject.
const DRAWN_WITH =
  /^\s*\p{Lu}\p{Ll}+(?:ed|wn|en)\s+(?:alongside|beside|next\s+to|with|against|among)\s[^,]*,(?:\s*(?:\p{Lu}\p{Ll}+['’]s\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},)?/u;

/**
 * The person a fact at `at` in a clause is about: the clause's subject — its first person who is
 * not an object and not another's possessive, after any opening subordinate clause; else the first
 * such person after the fact; else null.
 */
export function subjectAt(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
  at: number,
): Mention | null {
  const head = text.slice(clause.start, Math.min(clause.end, at));
  const intro = INTRO.exec(head) ?? DRAWN_WITH.exec(head);
  // "… break down last Sunday's Berlin Marathon, where Mekonnen Ayele stunned the favourites with a
  // 2:02:51 win": a fact told after ", where" is of that clause's subject.
  // So is one told after ", when": "… were together until the final 300 metres, when Desta found
  // another gear to win in 26:31".
  const told = text.slice(clause.start, Math.min(clause.end, at));
  // ("… wrapped in a Danish flag when the home favourite X came in fourth": no comma needed.)
  // ("… on a night when American Kennedy Okafor rewrote the history books with a world record".)
  const when = Math.max(
    told.lastIndexOf(', when '),
    told.lastIndexOf(' when the '),
    allMatches(WHEN_NAME, told).at(-1)?.index ?? -1,
  );
  // ("… from last month, when he ran 58:34 in Copenhagen" tells a past race; its facts stay as they were.)
  // (Not "… last night, … on a night when X rewrote the history books": the same night.)
  const pastWhen =
    when >= 0 &&
    // ("Twelve months ago she won in 14:22.10, when Ruto was third": the past is the whole clause's.)
    /\b(?:last|ago|remember|previous|earlier)\b[^,]*$/i.test(told.slice(0, when)) &&
    !/\b(?:night|day|evening|afternoon)$/i.test(told.slice(0, when));
  // "… it took the judges minutes to rule that the Briton had taken silver in 10.008": a verdict's subject.
  const verdict = VERDICT_THAT.exec(told);
  const relative = Math.max(
    told.lastIndexOf(', where '),
    pastWhen ? -1 : when,
    verdict ? verdict.index + verdict[0].length - 3 : -1,
  );
  const from =
    relative >= 0
      ? clause.start + told.indexOf(' ', relative + 2) + 1
      : intro
        ? clause.start + intro[0].length
        : clause.start;
  let first: Mention | null = null;
  let inIntro: Mention | null = null;
  let after: Mention | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.id === null || m.start < clause.start || m.end > clause.end) continue;
    if (notSubject(text, clause, mentions, i)) continue;
    if (m.end <= at && m.start >= from) first = first ?? m;
    else if (m.end <= at) inIntro = inIntro ?? m;
    else if (!after && m.start >= at && !BESIDE_WINNER.test(text.slice(at, m.start))) after = m;
  }
  return first ?? after ?? inIntro;
}

const WHEN_NAME = /\swhen\s(?=\p{Lu})/gu;

const VERDICT_THAT =
  /\b(?:rule|ruled|ruling|confirm|confirmed|confirming|decided|declared|judged|showed)\s+that\s(?!.*\bthat\s)/i;

// "The Bilbao runner wins 800m gold after a photo finish with France's Lacombe": a runner beaten,
// named after the verb, is not its subject.
const BESIDE_WINNER = /\b(?:with|ahead of|over|beating|defeating|against|behind|than)\b/i;

/**
 * Who a status word at `at` is told of: the name it follows ("a final that ended with Britain's X
 * disqualified"), else the clause's subject.
 */
export function statusOwnerAt(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
  at: number,
): Mention | null {
  const before = mentions.find(
    (x) =>
      x.kind !== 'pronoun' &&
      x.start >= clause.start &&
      x.end <= at &&
      /^\s+(?:(?:was|were|being|had been)\s+)?$/.test(text.slice(x.end, at)),
  );
  return before ?? subjectAt(text, clause, mentions, at);
}

/** The first person of a sentence who is a subject: the one later pronouns most likely mean. */
export function sentenceSubject(text: string, clause: Clause, mentions: readonly Mention[]): Mention | null {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.id === null || m.start < clause.start || m.end > clause.end) continue;
    if (notSubject(text, clause, mentions, i)) continue;
    return m;
  }
  return null;
}

// "…, with the crowd making the noise normally reserved for Villa Park, Cordell found a gap": a name
// inside a phrase set before the subject is not the subject when a later name opens the main verb.
const AFTER_PREPOSITION = /\b(?:for|of|at|in|on|by|from|than|like|into|over)\s+$/i;
const VERB_AFTER =
  /^\s+(?:(?:then|also|again|finally|simply|just)\s+)?(?:[a-z]+ed|[a-z]+s|had|ran|won|took|came|went|found|made|kept|held|drew|broke|struck|hit|got|sat|stood)\b/;

/**
 * The sentence's subject, taken from its main clause when it opens with a subordinate one: in "While
 * Kiprotich pushed the pace, Bekele sat on his shoulder" it is Bekele. Falls back on the opening
 * clause's subject when the main clause names no one.
 */
function mainClauseSubject(text: string, s: Clause, mentions: readonly Mention[]): Mention | null {
  const clause = { start: s.start, end: s.end };
  const subject = sentenceSubject(text, clause, mentions);
  const intro = subject && INTRO.exec(text.slice(s.start, s.end));
  if (!subject || !intro || subject.start >= s.start + intro[0].length) return subject;
  return subjectAt(text, clause, mentions, s.end) ?? subject;
}

/** The subject a sentence leaves for the next one's pronouns and epithets. */
export function salientSubject(text: string, s: Clause, mentions: readonly Mention[]): Mention | null {
  const subject = mainClauseSubject(text, s, mentions);
  if (!subject || !AFTER_PREPOSITION.test(text.slice(Math.max(s.start, subject.start - 12), subject.start)))
    return subject;
  const later = mentions.find(
    (m) =>
      m.id !== null &&
      m.id !== subject.id &&
      m.start > subject.end &&
      (m.kind === 'name' || m.kind === 'surname') &&
      /^,\s*$/.test(text.slice(Math.max(s.start, m.start - 2), m.start)) &&
      VERB_AFTER.test(text.slice(m.end, m.end + 24)),
  );
  return later ?? subject;
}

// A clause's subject is asked for many times (once per time, place, record, gap…), and whether a
// mention is an object or another's possessive depends only on the text, where the clause starts
// and the mention list, so it is worked out once for the clause being read. The memo holds one
// clause at a time and is started again for any other text, clause start or mention list.
let memo: {
  text: string;
  clauseStart: number;
  mentions: readonly Mention[];
  length: number;
  notSubject: (boolean | undefined)[];
} | null = null;

/** Whether mentions[i] is an object of its clause or another's possessive (`isOtherPossessive`). */
function notSubject(text: string, clause: Clause, mentions: readonly Mention[], i: number): boolean {
  if (
    memo === null ||
    memo.mentions !== mentions ||
    memo.length !== mentions.length ||
    memo.clauseStart !== clause.start ||
    memo.text !== text
  )
    memo = { text, clauseStart: clause.start, mentions, length: mentions.length, notSubject: [] };
  const known = memo.notSubject[i];
  if (known !== undefined) return known;
  const m = mentions[i] as Mention;
  const value = isObject(text, clause, m, mentions) || isOtherPossessive(text, m);
  memo.notSubject[i] = value;
  return value;
}

/**
 * "allowing Ruiz to seize the moment and secure his first title", "leaving Nwachukwu to come through
 * for victory in 59.84": the runner let to do what is told at `at`.
 */
export function allowedRunner(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
  at: number,
): Mention | undefined {
  return mentions.findLast(
    (x) =>
      x.id &&
      x.kind !== 'pronoun' &&
      x.end <= at &&
      x.start >= clause.start &&
      /^\s+to\s+(?:\w+\s+){0,6}?(?:and\s+)?$/.test(text.slice(x.end, at)) &&
      // ("leaving Sale Harriers' Nwachukwu": with her club's or country's name before hers.)
      /\b(?:allow|allowing|allowed|let|letting|enabl|help|leaving)\w*\s+(?:(?:\p{Lu}[\p{L}&-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s+)?$/iu.test(
        text.slice(Math.max(clause.start, x.start - 50), x.start),
      ),
  );
}

// "Ruiz's victory", "the victory ... for Hale", "a win for X" name the winner after the word too;
// "allowing Ruiz to seize the moment and secure his first title" names the one let to win.
export function winnerAt(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
  at: number,
): Mention | null {
  const allowed = allowedRunner(text, clause, mentions, at);
  if (allowed) return allowed;
  const forWhom = mentions.find(
    (x) =>
      x.id &&
      x.start > at &&
      x.start < at + 60 &&
      /\b(?:for|by)\s+(?:the\s+)?(?:\p{L}+\s+)?$/u.test(text.slice(Math.max(at, x.start - 20), x.start)),
  );
  if (forWhom && !isObject(text, clause, forWhom)) return forWhom;
  return subjectAt(text, clause, mentions, at);
}
