import type { SourceSpan } from './types';
import type { ArticleFacts } from './articleFacts';
import type { Mention } from './findMentions';
import type { Sentence } from './splitSentences';
import type { PreparedArticle } from './prepareArticle';
import type { PeopleIndex } from './peopleIndex';
import { insideQuote, type QuoteSpan } from './findQuotes';
import { findInterviewTurns, intervieweeOf, roleAt, speakerMentions } from './interview';
import { findMentions } from './findMentions';
import { raceMentionsIn } from './findRaceMentions';
import { describe } from './raceFrames';
import { withSceneYears } from './sceneYears';
import { splitClauses, type Clause } from './clauses';
import { listHeading } from './resultsList';
import { learnSex, namedAfter, paragraphTopic, resolveMention, type Salience } from './resolveMention';
import { findRemarks } from './findRemarks';
import { finalizeFrames } from './finalizeFrames';
import { dropUnracedTimes } from './unracedTimes';
import { findPublicationDate, publicationLines } from './findPublicationDate';
import {
  APPOSED_NAME,
  apposedTo,
  clauseSubjectBefore,
  datesItsSection,
  isDatelineDay,
  fragmentSubject,
  nextFragment,
  type Fragment,
  withAntecedent,
} from './antecedents';
import { recordCountries } from './recordCountries';
import {
  followPronounSex,
  followSubject,
  followThatTime,
  type ArticleState,
  type Placed,
} from './articleState';
import { placeDescriptors } from './placeDescriptors';
import { ongoingYear } from './sharedDates';
import { readDates } from './readDates';
import { addDays, weekdayOf } from './findDates';
import { readClause } from './readClause';
import type { PlaceFact } from './findPlaces';
import { headsList, readList } from './readList';
import { updateSalience } from './updateSalience';

/**
 * Reads one article: the races it mentions, who finished where and in what time, records, gaps,
 * the race story, absences and remarks, each with the sentence that states it. `people` holds the
 * full names the corpus knows, so surnames and epithets resolve. Never throws.
 */
export function extractArticle(prepared: PreparedArticle, people: PeopleIndex): ArticleFacts {
  const { article, text, quotes, sentences } = prepared;
  const raw = article.text;
  const facts: ArticleFacts = {
    article: article.name,
    frames: [],
    people: [],
    results: [],
    narrative: [],
    orderings: [],
    absences: [],
    remarks: [],
    issues: [],
    editions: [],
  };
  const span = (start: number, end: number): SourceSpan => ({
    article: article.name,
    start,
    end,
    quote: raw.slice(start, end),
  });
  const salience: Salience = {
    recent: [],
    lastSubject: null,
    ages: new Map(),
    countries: new Map(),
    counts: new Map(),
    sexes: new Map(),
  };
  const state: ArticleState = {
    current: null,
    sexes: salience.sexes,
    dottedMinutes: !/\d[:'’"”]\d\d/.test(text),
  };
  const sentenceMentions: Mention[][] = [];
  const currentAt: (number | null)[] = [];
  const datelines = publicationLines(text);
  const publication = findPublicationDate(text, null, datelines);
  const sectionDate = datesItsSection(text, sentences, publication);
  state.publishedYear = publication ? Number(publication.date.slice(0, 4)) : ongoingYear(text);
  state.published = publication?.date ?? null;

  let toldBefore: { placed: readonly Placed[]; line: number } | undefined; // (the sentence before's race phrases)
  const turns = findInterviewTurns(text);
  let interviewee: string | null = null;
  let fragment: Fragment | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si] as Sentence;
    if (state.scene && s.line !== state.scene.line) {
      state.current = state.scene.previous;
      state.scene = undefined;
    }
    const runs = prepared.runs[si] ?? [];
    let mentions = findMentions(text, s.start, s.end, runs, people, salience.recent, false, salience.counts);
    const turn = turns.length > 0 ? roleAt(turns, s.start) : null;
    if (turn && (interviewee ??= intervieweeOf(salience.counts)))
      mentions = [...mentions, ...speakerMentions(text, s.start, s.end, turn, interviewee)].sort(
        (a, b) => a.start - b.start,
      );
    const opensParagraph = si === 0 || sentences[si - 1]?.line !== s.line;
    // (Countries first: "Only the Netherlands' de Jong could respond, and the Dutchman clung on".)
    recordCountries(text, s, runs, mentions, salience, span);
    resolveAll(text, s, mentions, salience, people, facts, span, quotes, opensParagraph);
    sentenceMentions.push(mentions);
    currentAt.push(state.current);
    const list = prepared.lists[si] ?? [];
    if (list.length > 0) {
      const heading = listHeading(text, s.start, s.end);
      const named = heading ? describe(raceMentionsIn(text, heading.start, heading.end), text) : [];
      if (heading) placeDescriptors(text, { ...s, end: heading.end }, named, facts, state, span, true);
      readList(
        list,
        people,
        facts,
        state,
        salience,
        span,
        named.some((d) => d.sex !== null),
      );
      continue;
    }
    const live = mentions.filter((m) => !insideQuote(quotes, m.start, m.end));
    const fragmentOf = fragmentSubject(s, live, fragment);
    fragment = nextFragment(text, s, live, fragment);
    if (!s.headline) {
      followSubject(text, s.start, live[0], facts, state);
      const first = live[0];
      const outside = first && (first.kind === 'name' || first.kind === 'surname') ? first : undefined;
      if (outside) followPronounSex(text.slice(s.start, s.end), outside.start - s.start, facts, state);
    }
    const told = raceMentionsIn(text, s.start, s.end).filter((r) => !insideQuote(quotes, r.start, r.end));
    const descriptors = withSceneYears(describe(told, text), text, sentences, si);
    // Placing race phrases and reading facts both need the sentence's clauses: split it once, if at all.
    let clauses: readonly Clause[] | undefined;
    const clausesOf = (): readonly Clause[] => (clauses ??= splitClauses(text, s.start, s.end));
    if (state.current !== (state.before ?? null)) [state.prior, state.before] = [state.before, state.current];
    const heading = s.headline || headsList(s.text, prepared.lists[si + 1]);
    if (descriptors.length === 0) followThatTime(s.text, s.line, toldBefore, facts, state);
    const placed = placeDescriptors(text, s, descriptors, facts, state, span, heading, clausesOf);
    toldBefore = { placed, line: s.line };
    if (sectionDate || !publication?.headerOnly || s.start < publication.start || s.start >= publication.end)
      readDates(
        text,
        s,
        placed,
        facts,
        state,
        span,
        (start, end) => insideQuote(quotes, start, end) || isDatelineDay(text, publication, start, end),
        (days) => (publication ? weekdayOf(addDays(publication.date, days)) : null),
      );
    if (s.headline || insideQuote(quotes, s.start, s.end)) {
      updateSalience(text, s, live, salience);
      continue;
    }
    let win: PlaceFact | null = null;
    for (const whole of clausesOf()) {
      // ""A bronze is a bronze, but I came here for gold," Whyte said.": the runner's words state nothing.
      const clause = outsideQuotes(quotes, whole);
      if (!clause) continue;
      const mentions = withAntecedent(text, s, clause, live, salience.lastSubject, fragmentOf);
      win = readClause(text, s, clause, mentions, placed, facts, state, span, win);
    }
    updateSalience(text, s, live, salience);
  }
  const frameAtPos = (pos: number): number | null => {
    const i = sentences.findIndex((s) => pos >= s.start && pos < s.end);
    return (i >= 0 ? currentAt[i] : null) ?? state.current;
  };
  facts.remarks = findRemarks(text, sentences, sentenceMentions, quotes, span, frameAtPos);
  for (const [id, count] of salience.counts) {
    const p = people.get(id);
    if (p)
      facts.people.push({ id, name: p.name, country: salience.countries.get(id) ?? null, mentions: count });
  }
  dropUnracedTimes(facts);
  finalizeFrames(facts, text, span, datelines, publication?.date ?? null, quotes);
  if (raw.trim().length === 0)
    facts.issues.push({
      kind: 'empty-article',
      message: `${article.name} is empty: there is nothing to read.`,
      sources: [],
    });
  else if (facts.frames.length === 0)
    facts.issues.push({
      kind: 'no-race',
      message: `${article.name} describes no race with results.`,
      sources: [],
    });
  return facts;
}

function resolveAll(
  text: string,
  s: Sentence,
  mentions: Mention[],
  salience: Salience,
  people: PeopleIndex,
  facts: ArticleFacts,
  span: (a: number, b: number) => SourceSpan,
  quotes: readonly QuoteSpan[],
  opensParagraph = false,
): void {
  let subject: string | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const quoted = insideQuote(quotes, m.start, m.end);
    const prev = mentions[i - 1];
    if ((m.kind === 'epithet' || m.possessive) && m.id === null) m.id = apposedTo(text, m, prev);
    const next = mentions[i + 1];
    if (
      m.kind === 'epithet' &&
      next?.id &&
      // "The favourite, New Zealand's Oliver Fairbrother, …", "the champion, Dutchman Joris Smit, …",
      // "the Dutchwoman de Wit".
      (next.kind === 'name'
        ? APPOSED_NAME
        : /^ (?:(?:de|van|von|der|den|da|di|du|la|le|el|al|ter|dos|das|del) ){0,2}$/
      ).test(text.slice(m.end, next.start))
    )
      m.id = next.id;
    // "the Dutchman" after a runner of the sentence told as Dutch: that runner.
    const code = m.kind === 'epithet' && m.id === null ? m.country : undefined;
    if (code)
      m.id =
        mentions
          .slice(0, i)
          .findLast((o) => o.id && o.kind !== 'pronoun' && salience.countries.get(o.id)?.code === code)?.id ??
        null;
    const causative =
      m.kind === 'pronoun' &&
      /\b(?:saw|see|sees|seeing|let|made|helped|watched|allowed)\s+$/i.test(
        text.slice(Math.max(s.start, m.start - 12), m.start),
      );
    // "Marsh's kick saw him take silver" is Marsh; "Van der Heijden saw her two years later" is not.
    const plain = causative && mentions.find((o) => o.id !== null && o.id === subject)?.possessive === false;
    const asked: Mention = causative ? { ...m, pronoun: plain ? 'object' : 'subject' } : m;
    resolveMention(asked, salience, people, subject, span(s.start, s.end));
    if (causative) m.id = plain ? asked.id : (subject ?? salience.lastSubject);
    // "Tschopp was third, and von Allmen was the leading Swiss finisher, where he ran 2:10:18": the
    // subject of the clause the "where" or "when" hangs on, not the sentence's first.
    if (m.kind === 'pronoun' && m.pronoun === 'subject' && subject !== null)
      m.id = clauseSubjectBefore(text, s.start, mentions, i, m.sex, salience) ?? m.id;
    if (opensParagraph && i === 0) m.id = paragraphTopic(text, m, salience, facts);
    // "He was back on Sunday to add the 200m, with Mensah again the runner-up": "he" is not a runner
    // the same sentence names.
    // (Not "She had waited a long time, and when it came, Lea Hofbauer could hardly believe it".)
    if (
      m.kind === 'pronoun' &&
      m.pronoun === 'subject' &&
      subject === null &&
      m.id &&
      namedAfter(text, mentions, i, m.id)
    )
      m.id = salience.recent.find((r) => r !== m.id && !namedAfter(text, mentions, i, r)) ?? m.id;
    // "Tesema rallied, but Rono's margin was never threatened and she won": "she" is the runner whose
    // margin, lead or kick the clause just told of.
    if (m.kind === 'pronoun' && m.pronoun === 'subject' && prev?.id && prev.possessive && prev.id !== m.id) {
      const between = text.slice(prev.end, m.start);
      if (between.length < 80 && /\band\s+$/.test(between) && !/[.;]/.test(between)) m.id = prev.id;
    }
    if (quoted) continue;
    if (m.id === null) {
      if (m.kind === 'epithet')
        facts.issues.push({
          kind: 'unresolved-reference',
          message: `Could not tell who "${text.slice(m.start, m.end)}" is.`,
          sources: [span(s.start, s.end)],
        });
      continue;
    }
    learnSex(salience, m, text.slice(s.start, m.start));
    subject = subject ?? m.id;
    salience.counts.set(m.id, (salience.counts.get(m.id) ?? 0) + 1);
  }
}

// The part of a clause after the quoted speech it opens with (null when all of it is quoted).
function outsideQuotes(quotes: readonly QuoteSpan[], clause: Clause): Clause | null {
  const q = quotes.find((x) => x.start <= clause.start && x.end > clause.start);
  if (!q) return clause;
  return q.end >= clause.end ? null : { start: q.end, end: clause.end };
}
