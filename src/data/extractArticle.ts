import type { Issue, RecordKind, SourceSpan } from './types';
import type { ArticleFacts, RaceFrame } from './articleFacts';
import type { Mention } from './findMentions';
import type { Sentence } from './splitSentences';
import type { PreparedArticle } from './prepareArticle';
import { findQuotes, insideQuote } from './findQuotes';
import { findNameRuns } from './findNameRuns';
import { findMentions } from './findMentions';
import { findRaceMentions } from './findRaceMentions';
import { describe, fits, merge, newFrame, type Descriptor } from './raceFrames';
import { splitClauses, type Clause } from './clauses';
import { findTimes } from './findTimes';
import { parseTime } from './parseTime';
import { timeRole, findRecords, findGaps, findStatus, findAbsences, findOrderings } from './findClauseFacts';
import { findPlaces } from './findPlaces';
import { findNarrative, distanceIn } from './findNarrative';
import { findDates } from './findDates';
import { readResultsLine, listHeading } from './resultsList';
import { plausibleTimeRange } from './lexicon/events';
import { sentenceSubject } from './attach';
import { resolveMention, type Salience } from './resolveMention';
import { findRemarks } from './findRemarks';
import { findEdition } from './lexicon/competitions';
import { finalizeFrames } from './finalizeFrames';
import { findPublicationDate } from './findPublicationDate';
import type { PeopleIndex } from './peopleIndex';

const HISTORICAL = /\b(?:had|previous|previously|former|last (?:year|season|summer|winter|spring|autumn|month)|ago|reigning|defending|including|since|earlier|once|back in (?:19|20)\d\d|replicate|repeat|avenge|avenged|helped|recall|remember)\b|^\s*(?:who|which)\b/i;
const POSSESSED = /\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}$/i;
const FUTURE = /\b(?:will|would|'ll|next (?:week|weekend|month|year|season|summer|spring|autumn|winter|olympics|games|championships|race|meeting|meet|outing|start|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|upcoming|expected to|scheduled|plans? to|planning to|hopes? to|aims? to|set to|due to|is to|are to|in the future|begins?|resumes?|continues|tomorrow)\b/i;
const RACE_WORDS = /\b(?:final|heats?|semi|race|title|gold|silver|bronze|won|wins|win|victory|crown|medal|event|clocked|ran|finished|took|placed|record|went to|results?|winner|runner-up)\b|:\s*$/i;
const AWAY = /^\s+(?:now\s+|are\s+|is\s+|were\s+|was\s+)?(?:less than|under|just|only|barely|within|some)\s+\S+\s+(?:days?|weeks?|months?)\s+(?:away|off)/i;
const CHAMPIONSHIP_KINDS = new Set(['olympics', 'world-championships', 'world-indoors', 'continental', 'commonwealth', 'national']);
const RECORD_CODES = new Set(['WR', 'OR', 'AR', 'NR', 'CR', 'MR', 'WL', 'PB', 'SB', 'WU20R']);

/**
 * Reads one article: the races it mentions, who finished where and in what time, records, gaps,
 * the race story, absences and remarks, each with the sentence that states it. `people` holds the
 * full names the corpus knows, so surnames and epithets resolve. Never throws.
 */
export function extractArticle(prepared: PreparedArticle, people: PeopleIndex): ArticleFacts {
  const { article, text, quotes, sentences } = prepared;
  const raw = article.text;
  const facts: ArticleFacts = { article: article.name, frames: [], people: [], results: [], narrative: [], orderings: [], absences: [], remarks: [], issues: [], editions: [] };
  const span = (start: number, end: number): SourceSpan => ({ article: article.name, start, end, quote: raw.slice(start, end) });
  const salience: Salience = { recent: [], lastSubject: null, ages: new Map(), countries: new Map(), counts: new Map() };
  const state = { current: null as number | null };
  const sentenceMentions: Mention[][] = [];
  const currentAt: (number | null)[] = [];
  const publication = findPublicationDate(text, null);

  for (const [si, s] of sentences.entries()) {
    const runs = prepared.runs[si] ?? [];
    const mentions = findMentions(text, s.start, s.end, runs, people, salience.recent, false);
    resolveAll(text, s, mentions, salience, people, facts, span, quotes);
    recordCountries(text, s, runs, mentions, salience, span);
    sentenceMentions.push(mentions);
    currentAt.push(state.current);
    const list = readResultsLine(text, s.start, s.end);
    if (list.length > 0) {
      const heading = listHeading(text, s.start, s.end);
      if (heading) placeDescriptors(text, { ...s, end: heading.end }, describe(findRaceMentions(text, heading.start, heading.end), text), facts, state, span, true);
      readList(list, s, people, facts, state, salience, span);
      continue;
    }
    const live = mentions.filter((m) => !insideQuote(quotes, m.start, m.end));
    const descriptors = describe(findRaceMentions(text, s.start, s.end).filter((r) => !insideQuote(quotes, r.start, r.end)), text);
    const placed = placeDescriptors(text, s, descriptors, facts, state, span, s.headline);
    if (!publication?.headerOnly || s.start < publication.start || s.start >= publication.end) readDates(text, s, placed, facts, state, span);
    if (s.headline || insideQuote(quotes, s.start, s.end)) {
      updateSalience(text, s, live, salience);
      continue;
    }
    for (const clause of splitClauses(text, s.start, s.end)) {
      readClause(text, s, clause, withAntecedent(text, s, clause, live), placed, facts, state, span);
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
    if (p) facts.people.push({ id, name: p.name, country: salience.countries.get(id) ?? null, mentions: count });
  }
  finalizeFrames(facts, text, span);
  if (raw.trim().length === 0) facts.issues.push({ kind: 'empty-article', message: `${article.name} is empty: there is nothing to read.`, sources: [] });
  else if (facts.frames.length === 0) facts.issues.push({ kind: 'no-race', message: `${article.name} describes no race with results.`, sources: [] });
  return facts;
}

// A clause that starts with "who"/"which" is about the person just before it.
function withAntecedent(text: string, s: Sentence, clause: Clause, mentions: Mention[]): Mention[] {
  const head = text.slice(clause.start, clause.start + 24);
  const relative = /^\s*(?:who|which)\b/i.test(head);
  // A clause that starts with its verb ("came past Hassan …", "faded badly and was ninth") shares the sentence's subject.
  const verbFirst = !relative && clause.start > s.start && /^\s*(?:and\s+|then\s+)?(?:\p{Ll}+(?:ed|ing)|came|ran|took|won|was|were|had|has|is|went|kept|set|broke|struck)\b/u.test(head) && !mentions.some((m) => m.id && m.start >= clause.start && m.start < clause.start + 16);
  if (!relative && !verbFirst) return mentions;
  const antecedent = relative
    ? [...mentions].reverse().find((m) => m.end <= clause.start && m.start >= s.start && m.id)
    : sentenceSubject(text, { start: s.start, end: clause.start }, mentions) ?? undefined;
  return antecedent ? [...mentions, { ...antecedent, start: clause.start, end: clause.start, possessive: false }].sort((a, b) => a.start - b.start) : mentions;
}

function resolveAll(text: string, s: Sentence, mentions: Mention[], salience: Salience, people: PeopleIndex, facts: ArticleFacts, span: (a: number, b: number) => SourceSpan, quotes: ReturnType<typeof findQuotes>): void {
  let subject: string | null = null;
  for (const m of mentions) {
    const quoted = insideQuote(quotes, m.start, m.end);
    const prev = mentions[mentions.indexOf(m) - 1];
    if (m.kind === 'epithet' && prev?.id && /^\s*,\s*$/.test(text.slice(prev.end, m.start))) m.id = prev.id;
    const next = mentions[mentions.indexOf(m) + 1];
    if (m.kind === 'epithet' && next?.id && next.kind === 'name' && /^\s*,\s*$/.test(text.slice(m.end, next.start))) m.id = next.id;
    const causative = m.kind === 'pronoun' && /\b(?:saw|see|sees|seeing|let|made|helped|watched|allowed)\s+$/i.test(text.slice(Math.max(s.start, m.start - 12), m.start));
    resolveMention(causative ? { ...m, pronoun: 'subject' } : m, salience, people, subject, span(s.start, s.end));
    if (causative) m.id = subject ?? salience.lastSubject;
    if (quoted) continue;
    if (m.id === null) {
      if (m.kind === 'epithet') facts.issues.push({ kind: 'unresolved-reference', message: `Could not tell who "${text.slice(m.start, m.end)}" is.`, sources: [span(s.start, s.end)] });
      continue;
    }
    subject = subject ?? m.id;
    salience.counts.set(m.id, (salience.counts.get(m.id) ?? 0) + 1);
  }
}

function recordCountries(text: string, s: Sentence, runs: ReturnType<typeof findNameRuns>, mentions: Mention[], salience: Salience, span: (a: number, b: number) => SourceSpan): void {
  for (const m of mentions) {
    if (!m.id || (m.kind !== 'name' && m.kind !== 'surname')) continue;
    const run = runs.find((r) => r.start <= m.start && r.end >= m.end);
    let code = run?.countryBefore?.code ?? null;
    if (!code) {
      const after = /^(?:\s*\((\p{Lu}{3})\)|(?:,\s*|\s+)(?:an?|another|the|fellow|also from(?: the)?|from(?: the)?|of(?: the)?|representing(?: Team)?)\s+(\p{Lu}[\p{L} ]{1,20}?)(?:[,.;)]|\s+(?:runner|star|athlete|who|and|clocked|was|took|finished|came|in|ran|won|set|crossed|is|had|has)\b))/u.exec(text.slice(m.end, m.end + 48));
      if (after) code = after[1] ?? countryOfPhrase(after[2] ?? '');
    }
    if (code && !salience.countries.has(m.id)) salience.countries.set(m.id, { code, source: span(s.start, s.end) });
  }
}

import { countryCodeOf, COUNTRY_CODES } from './lexicon/countries';
function countryOfPhrase(p: string): string | null {
  const t = p.trim();
  return countryCodeOf(t) ?? (COUNTRY_CODES.has(t) ? t : null) ?? countryCodeOf(t.replace(/^Team\s+/, ''));
}

function updateSalience(text: string, s: Sentence, mentions: Mention[], salience: Salience): void {
  const subject = sentenceSubject(text, { start: s.start, end: s.end }, mentions);
  if (subject?.id) salience.lastSubject = subject.id;
  for (const m of mentions) {
    if (!m.id) continue;
    salience.recent = [m.id, ...salience.recent.filter((r) => r !== m.id)].slice(0, 12);
  }
  if (subject?.id) salience.recent = [subject.id, ...salience.recent.filter((r) => r !== subject.id)];
}

interface Placed {
  descriptor: Descriptor;
  frame: number | null;
}

function placeDescriptors(text: string, s: Sentence, descriptors: Descriptor[], facts: ArticleFacts, state: { current: number | null }, span: (a: number, b: number) => SourceSpan, heading = false): Placed[] {
  const placed: Placed[] = [];
  for (const d of descriptors) {
    if (d.kind && (d.city || d.year)) facts.editions.push({ kind: d.kind, city: d.city, year: d.year });
    if (d.temporal) {
      placed.push({ descriptor: d, frame: null });
      continue;
    }
    if (AWAY.test(text.slice(d.end, d.end + 50))) {
      placed.push({ descriptor: { ...d, temporal: 'before' }, frame: null });
      continue;
    }
    const clauseText = clauseAround(text, s, d.start);
    // History is told around the mention ("who had been beaten … at Tokyo", "silver … two years ago"),
    // not by a relative clause further on ("… a school record that had stood since 1998").
    const nearText = text.slice(Math.max(s.start, clauseStartOf(text, s, d.start)), Math.min(s.end, d.end + 24));
    if (FUTURE.test(clauseText) && !d.placeOnly) {
      placed.push({ descriptor: { ...d, temporal: 'before' }, frame: null });
      continue;
    }
    const cur = state.current === null ? undefined : facts.frames[state.current];
    const inRelative = /^\s*(?:who|which|whose)\b/i.test(clauseText);
    const sameMeeting = cur !== undefined && cur.kind !== null && d.kind === null && !d.city && !d.year && !inRelative && !POSSESSED.test(text.slice(Math.max(s.start, d.start - 40), d.start));
    // An event named in passing ("a series on the 100m and 200m sprints") is not the race being reported.
    const passing = !heading && d.kind === null && !d.round && !d.meetName && d.event !== null && cur?.event != null && cur.event.value !== d.event && !RACE_WORDS.test(clauseText);
    const afterVerb = /\b(?:after|before|since|following|having|by)\s+\w+ing\s+(?:\w+\s+){0,3}$/i.test(text.slice(Math.max(s.start, d.start - 50), d.start));
    const historical = passing || (afterVerb && d.kind === null) || (!sameMeeting && (HISTORICAL.test(nearText) || POSSESSED.test(text.slice(Math.max(s.start, d.start - 40), d.start))));
    const frame = frameForDescriptor(d, facts.frames, state.current, historical);
    if (frame === null) {
      placed.push({ descriptor: d, frame: null });
      continue;
    }
    const f = facts.frames[frame] as RaceFrame;
    merge(f, d, span(s.start, s.end));
    if (!historical && !d.placeOnly) {
      state.current = frame;
      f.historical = false;
    }
    placed.push({ descriptor: d, frame });
  }
  return placed;
}

function clauseStartOf(text: string, s: Sentence, pos: number): number {
  for (const c of splitClauses(text, s.start, s.end)) if (pos >= c.start && pos < c.end) return c.start;
  return s.start;
}

function clauseAround(text: string, s: Sentence, pos: number): string {
  for (const c of splitClauses(text, s.start, s.end)) if (pos >= c.start && pos < c.end) return text.slice(c.start, c.end);
  return text.slice(s.start, s.end);
}

function frameForDescriptor(d: Descriptor, frames: RaceFrame[], current: number | null, historical = false): number | null {
  const cur = current === null ? null : frames[current] ?? null;
  if (d.placeOnly) {
    const sameCity = [...frames].reverse().find((f) => f.city && d.city && f.city.toLowerCase() === d.city.toLowerCase());
    if (sameCity) return sameCity.index;
    if (cur && !cur.city && d.city && cur.kind && findEdition(cur.kind, d.city, cur.year)) {
      cur.city = d.city;
      return cur.index;
    }
    return null;
  }
  if (d.sexOnly) {
    if (!cur || cur.sex?.value === d.sex) return cur?.index ?? null;
    const other = [...frames].reverse().find((f) => f.sex?.value === d.sex && f.event?.value === cur.event?.value && f.kind === cur.kind);
    if (other) return other.index;
    const f = newFrame(frames.length);
    f.kind = cur.kind;
    f.city = cur.city;
    f.year = cur.year;
    f.meetName = cur.meetName;
    f.event = cur.event ? { value: cur.event.value, sources: [...cur.event.sources] } : null;
    f.distance = cur.distance;
    frames.push(f);
    return f.index;
  }
  const hasCompetition = d.kind !== null || d.meetName !== null;
  const order = cur ? [cur, ...[...frames].reverse().filter((f) => f !== cur)] : [...frames].reverse();
  if (hasCompetition) {
    const match = order.find((f) => f.kind !== null && fits(f, d)) ?? (cur && cur.kind === null && fits(cur, d) ? cur : undefined);
    if (match) return match.index;
    const f = newFrame(frames.length);
    f.kind = d.kind;
    if (cur && !d.event) {
      f.event = cur.event ? { value: cur.event.value, sources: [...cur.event.sources] } : null;
      f.distance = cur.distance;
      f.sex = cur.sex ? { value: cur.sex.value, sources: [...cur.sex.sources] } : null;
    }
    f.historical = true;
    frames.push(f);
    return f.index;
  }
  if (cur && fits(cur, d) && !(historical && d.event && !cur.event)) return cur.index;
  // "The heat was much the faster of the two": a semi-final called a heat.
  if (cur && cur.round && cur.round.value !== 'final' && d.round === 'heat' && !d.event && !d.heat) return cur.index;
  const sameEvent = order.find((f) => f.event && d.event && f.event.value === d.event && fits(f, d));
  if (sameEvent) return sameEvent.index;
  const f = newFrame(frames.length);
  if (cur) {
    f.kind = cur.kind;
    f.city = cur.city;
    f.year = cur.year;
    f.meetName = cur.meetName;
    if (!d.event && cur.event) {
      f.event = { value: cur.event.value, sources: [...cur.event.sources] };
      f.distance = cur.distance;
    }
  }
  f.historical = true;
  frames.push(f);
  return f.index;
}

function frameAt(pos: number, placed: Placed[], state: { current: number | null }): number | null {
  let best: Placed | null = null;
  for (const p of placed) if (p.frame !== null && p.descriptor.start <= pos && !p.descriptor.placeOnly) best = p;
  return best?.frame ?? state.current ?? placed.find((p) => p.frame !== null)?.frame ?? null;
}

function ensureFrame(facts: ArticleFacts, state: { current: number | null }, frame: number | null): number {
  if (frame !== null) return frame;
  const f = newFrame(facts.frames.length);
  facts.frames.push(f);
  state.current = f.index;
  return f.index;
}

function readDates(text: string, s: Sentence, placed: Placed[], facts: ArticleFacts, state: { current: number | null }, span: (a: number, b: number) => SourceSpan): void {
  for (const p of placed) {
    if (p.descriptor.temporal !== 'before' || !p.descriptor.kind) continue;
    const other = placed.filter((q) => q.frame !== null && !q.descriptor.placeOnly && q.descriptor.start < p.descriptor.start).pop()?.frame ?? state.current;
    const frame = other !== null ? facts.frames[other] : undefined;
    if (frame && !frame.before) frame.before = { competitionKey: editionKey(p.descriptor, facts), name: text.slice(p.descriptor.start, p.descriptor.end), days: null, source: span(s.start, s.end) };
  }
  const found = FUTURE.test(text.slice(s.start, s.end)) ? [] : findDates(text, s.start, s.end);
  if (found.length === 0) return;
  const before = state.current;
  for (const d of found) {
    const withFrames = placed.filter((p) => p.frame !== null && !p.descriptor.placeOnly);
    const nearest = withFrames.sort((a, b) => Math.abs(a.descriptor.start - d.at) - Math.abs(b.descriptor.start - d.at))[0];
    const target = nearest?.frame ?? placed.find((p) => p.frame !== null)?.frame ?? state.current;
    const src = span(s.start, s.end);
    if (d.type === 'absolute' && target !== null) {
      const frame = facts.frames[target] as RaceFrame;
      frame.monthDay = frame.monthDay ?? { month: d.month, day: d.day, year: d.year, source: src };
    } else if (d.type === 'weekday' && target !== null) {
      const frame = facts.frames[target] as RaceFrame;
      frame.weekday = frame.weekday ?? { weekday: d.weekday, source: src };
    } else if (d.type === 'relative' && target !== null) {
      const anchor = [...facts.frames].reverse().find((f) => f.index !== target && (f.monthDay || f.relative) && (before === null || f.index === before || true));
      const frame = facts.frames[target] as RaceFrame;
      if (anchor && !frame.relative) frame.relative = { days: d.days, anchor: anchor.index, source: src };
    } else if (d.type === 'since') {
      const named = placed.find((p) => p.frame !== null && p.descriptor.start >= d.end && p.frame !== state.current && p.frame !== before)?.frame ?? null;
      const here = placed.find((p) => p.frame !== null && p.frame !== named && !p.descriptor.placeOnly)?.frame ?? before ?? state.current;
      if (named !== null && here !== null && named !== here) {
        const frame = facts.frames[named] as RaceFrame;
        if (!frame.relative) frame.relative = { days: -d.days, anchor: here, source: src };
      }
    } else if (d.type === 'within') {
      const ref = placed.find((p) => p.frame === null && p.descriptor.kind) ?? null;
      const other = placed.find((p) => p.frame !== null && !p.descriptor.placeOnly)?.frame ?? state.current;
      const frame = other !== null ? facts.frames[other] : undefined;
      if (frame && (!frame.before || frame.before.days === null)) frame.before = { competitionKey: editionKey(ref?.descriptor ?? null, facts), name: ref ? text.slice(ref.descriptor.start, ref.descriptor.end) : 'the Games', days: d.days, source: src };
    }
  }
}

// A bare round before a fact ("the final night of …") gives way to a race named just after it.
function preferNamed(before: Placed | undefined, after: Placed | undefined): Placed | undefined {
  const bare = (p: Placed | undefined): boolean => p !== undefined && !p.descriptor.event && !p.descriptor.kind;
  if (before && after && bare(before) && !bare(after)) return after;
  return before ?? after;
}

// "the Games" in an article that has named "the Paris 2024 Olympics" is that edition.
function editionKey(d: Descriptor | null, facts: ArticleFacts): string {
  const kind = d?.kind ?? 'olympics';
  const named = d && (d.city || d.year) ? findEdition(kind, d.city, d.year) : null;
  const fromArticle = [...facts.editions].reverse().map((e) => findEdition(e.kind, e.city, e.year)).find((e) => e?.kind === kind) ?? null;
  const edition = named ?? fromArticle;
  return edition ? `${edition.kind}:${edition.year}` : '';
}

function readClause(text: string, s: Sentence, clause: Clause, mentions: Mention[], placed: Placed[], facts: ArticleFacts, state: { current: number | null }, span: (a: number, b: number) => SourceSpan): void {
  const src = span(s.start, s.end);
  const inClause = placed.filter((p) => p.frame !== null && p.descriptor.start >= clause.start && p.descriptor.start < clause.end);
  // A race named in the clause before the fact, or just after it ("a win at the Lausanne meet"), is the fact's race.
  const frameOf = (pos: number): number | null =>
    preferNamed(inClause.filter((p) => p.descriptor.start <= pos).pop(), inClause.find((p) => p.descriptor.start > pos && p.descriptor.start - pos <= 40))?.frame ?? frameAt(pos, placed, state);
  const times = findTimes(text, clause.start, clause.end);
  let hasResultTime = false;
  const paired = pairedTimes(text, s, clause, times, mentions);
  for (const t of times) {
    const role = timeRole(text, clause, t);
    if (role === 'gap' || role === 'other') continue;
    const frameIndex = frameOf(t.start);
    const frame = frameIndex !== null ? facts.frames[frameIndex] : undefined;
    const parsed = parseTime(t.raw, frame?.distance ?? null);
    if (!parsed) continue;
    if (role === 'split') {
      const who = subjectOrPossessor(text, clause, mentions, t.start);
      const lap = /(?:opening|first)\s+lap|lap\b/i.test(text.slice(Math.max(clause.start, t.start - 40), t.end + 30));
      const where = distanceIn(text.slice(clause.start, clause.end));
      facts.narrative.push({ frame: ensureFrame(facts, state, frameIndex), kind: 'split', athleteId: who, others: [], toGo: null, from: lap ? 400 : where?.from ?? null, fraction: null, time: parsed.seconds, source: src });
      continue;
    }
    const who = paired.get(t) ?? timeOwner(text, clause, mentions, t.start);
    if (!who) continue;
    const target = reassignByPlausibility(facts.frames, frameIndex, parsed.seconds, t.raw.includes(':'), t.withSeconds);
    if (target === undefined) continue;
    hasResultTime = true;
    facts.results.push({ frame: ensureFrame(facts, state, target), athleteId: who, field: 'time', value: parsed.seconds, precision: parsed.precision, typo: parsed.typo, source: src });
    if (parsed.typo) facts.issues.push({ kind: 'typo-time', message: `"${t.raw}" read as ${t.raw.replace(/:(\d{2})$/, '.$1')} (m:ss.hh written with a colon).`, sources: [span(t.start, t.end)] });
  }
  const medalContext = (pos: number): boolean => {
    const f = frameOf(pos);
    const frame = f !== null ? facts.frames[f] : undefined;
    return !frame || frame.kind === null || CHAMPIONSHIP_KINDS.has(frame.kind);
  };
  for (const p of findPlaces(text, clause, mentions, medalContext(clause.start), inClause.length > 0)) {
    facts.results.push({ frame: ensureFrame(facts, state, frameOf(p.at)), athleteId: p.athleteId, field: 'place', value: p.place, source: src });
  }
  for (const r of findRecords(text, clause, mentions, hasResultTime)) {
    facts.results.push({ frame: ensureFrame(facts, state, frameOf(r.at)), athleteId: r.athleteId, field: 'record', value: r.record, record: r.record, source: src });
  }
  for (const g of findGaps(text, clause, mentions)) {
    facts.results.push({ frame: ensureFrame(facts, state, frameOf(g.at)), athleteId: g.athleteId, field: 'gap', value: g.seconds, relativeTo: g.relativeTo, source: src });
  }
  for (const st of findStatus(text, clause, mentions)) {
    facts.results.push({ frame: ensureFrame(facts, state, frameOf(st.at)), athleteId: st.athleteId, field: 'status', value: st.status, source: src });
  }
  for (const o of findOrderings(text, clause, mentions)) {
    facts.orderings.push({ frame: ensureFrame(facts, state, frameOf(o.at)), ahead: o.ahead, behind: o.behind, source: src });
  }
  const absent = findAbsences(text, clause, mentions);
  if (absent.length > 0) {
    const frames = placed.filter((p) => p.frame !== null && p.descriptor.start >= s.start).map((p) => p.frame as number);
    for (const a of absent) for (const f of frames.length ? [...new Set(frames)] : state.current !== null ? [state.current] : []) facts.absences.push({ frame: f, athleteId: a.athleteId, source: src });
  }
  const frameIndex = frameOf(clause.start);
  if (frameIndex !== null && !(facts.frames[frameIndex]?.historical ?? false)) {
    for (const n of findNarrative(text, clause, { start: s.start, end: s.end }, mentions)) {
      facts.narrative.push({ frame: frameIndex, kind: n.kind, athleteId: n.athleteId, others: n.others, toGo: n.toGo, from: n.from, fraction: n.fraction, time: null, source: src });
    }
  }
}

// "Boateng beat Ferraz to the title, 2:00.12 to 2:00.45": two times joined by "to" go to the one
// ahead and the one behind, in that order.
function pairedTimes(text: string, s: Sentence, clause: Clause, times: ReturnType<typeof findTimes>, mentions: Mention[]): Map<ReturnType<typeof findTimes>[number], string> {
  const out = new Map<ReturnType<typeof findTimes>[number], string>();
  for (let i = 0; i + 1 < times.length; i++) {
    const a = times[i];
    const b = times[i + 1];
    if (!a || !b || !/^\s+(?:to|vs\.?|against)\s+$/.test(text.slice(a.end, b.start))) continue;
    const order = findOrderings(text, { start: s.start, end: s.end }, mentions)[0];
    const named = mentions.filter((m) => m.id && m.start >= s.start && m.end <= clause.end);
    const ahead = order?.ahead ?? named[0]?.id;
    const behind = order?.behind ?? named.find((m) => m.id !== ahead)?.id;
    if (ahead && behind) {
      out.set(a, ahead);
      out.set(b, behind);
    }
  }
  return out;
}

// A time in parentheses or right after a name belongs to that name ("Hale (3:31.58)").
function timeOwner(text: string, clause: Clause, mentions: Mention[], at: number): string | null {
  const direct = [...mentions].reverse().find((m) => {
    if (!m.id || (m.kind !== 'name' && m.kind !== 'surname') || m.end > at || at - m.end > 6) return false;
    const between = text.slice(m.end, at);
    return /^\s*\(\s*$/.test(between) || (/^\s*(?:,\s*in\s+|in\s+|-\s*)?$/.test(between) && !isObject(text, clause, m, mentions));
  });
  if (direct?.id) return direct.id;
  return subjectOrPossessor(text, clause, mentions, at);
}

import { subjectAt, isObject } from './attach';
function subjectOrPossessor(text: string, clause: Clause, mentions: Mention[], at: number): string | null {
  return subjectAt(text, clause, mentions, at)?.id ?? null;
}

// A time that cannot be run over the frame's distance belongs to another race of the article
// whose distance fits, most recent first; with none, it is left out rather than misfiled.
function reassignByPlausibility(frames: RaceFrame[], frameIndex: number | null, seconds: number, hasColon: boolean, withSeconds: boolean): number | null | undefined {
  const fitsFrame = (f: RaceFrame | undefined): boolean => {
    if (!f || f.distance === null) return hasColon || withSeconds || seconds < 60;
    const [lo, hi] = plausibleTimeRange(f.distance);
    return seconds >= lo && seconds <= hi;
  };
  const frame = frameIndex !== null ? frames[frameIndex] : undefined;
  if (fitsFrame(frame)) return frameIndex;
  const other = [...frames].reverse().find((f) => f.distance !== null && fitsFrame(f));
  return other ? other.index : undefined;
}

function readList(list: ReturnType<typeof readResultsLine>, s: Sentence, people: PeopleIndex, facts: ArticleFacts, state: { current: number | null }, salience: Salience, span: (a: number, b: number) => SourceSpan): void {
  const frame = ensureFrame(facts, state, state.current);
  const distance = facts.frames[frame]?.distance ?? null;
  for (const e of list) {
    const id = people.idOf(e.name) ?? people.add(e.name).id;
    const src = span(e.start, e.end);
    salience.counts.set(id, (salience.counts.get(id) ?? 0) + 1);
    if (e.country && !salience.countries.has(id)) salience.countries.set(id, { code: e.country, source: src });
    if (e.place !== null && !e.status) facts.results.push({ frame, athleteId: id, field: 'place', value: e.place, source: src });
    if (e.status) facts.results.push({ frame, athleteId: id, field: 'status', value: e.status, source: src });
    const parsed = e.time ? parseTime(e.time, distance) : null;
    if (parsed) facts.results.push({ frame, athleteId: id, field: 'time', value: parsed.seconds, precision: parsed.precision, typo: parsed.typo, source: src });
    for (const r of e.records) if (RECORD_CODES.has(r)) facts.results.push({ frame, athleteId: id, field: 'record', value: r, record: r as RecordKind, source: src });
  }
  void s;
}

export type { Issue };
