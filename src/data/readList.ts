import type { ArticleFacts, RaceFrame } from './articleFacts';
import { isPlausibleTime } from './lexicon/events';
import type { RecordKind, SourceSpan } from './types';
import { twinOfSex } from './frameOfSex';
import { siblingOf } from './raceFrames';
import { isInitial, type PeopleIndex } from './peopleIndex';
import type { Salience } from './resolveMention';
import { parseTime } from './parseTime';
import { titleCased } from './wordShape';
import type { ListEntry, readResultsLine } from './resultsList';
import { ensureFrame, raceOfMeeting, type ArticleState, type SpanOf } from './articleState';

const RECORD_CODES = new Set(['WR', 'OR', 'AR', 'NR', 'CR', 'MR', 'WL', 'PB', 'SB', 'WU20R']);

/**
 * The entries of a results line become places, times, statuses and records of the race in hand
 * (`headedBySex`: its heading named the sex of that race),
 * or of the race the report told them of: a list at the end of a report ("Leading results: 1 …")
 * belongs to the race whose times and places it repeats, even when the report's last paragraphs
 * turned to the heats.
 */
export function readList(
  list: ReturnType<typeof readResultsLine>,
  people: PeopleIndex,
  facts: ArticleFacts,
  state: ArticleState,
  salience: Salience,
  span: SpanOf,
  headedBySex = false,
): void {
  const heading = state.current === null ? undefined : facts.frames[state.current];
  headedBySex ||= isHeadedBySex(list, span);
  // A "Men:" list goes to the men's race even when its runners' times were told in a race taken for
  // the women's.
  const told = repeatedFrame(list, people, facts);
  const toldSex = told === null ? undefined : facts.frames[told]?.sex?.value;
  const repeated = headedBySex && toldSex && heading?.sex && toldSex !== heading.sex.value ? null : told;
  // A list of times that cannot be run over the distance of the race in hand, which has no results yet
  // (9.951 and 10.03 in a live blog whose standfirst named "women's 400m hurdles final" last), is
  // another race of the same meeting and day.
  const misfit =
    repeated === null &&
    heading &&
    !timesFit(list, heading) &&
    !facts.results.some((r) => r.frame === heading.index)
      ? heading
      : undefined;
  let frame: number;
  if (misfit) {
    frame = raceOfMeeting(misfit, facts.frames).index;
    [state.current, state.pendingDay] = [frame, undefined];
  } else frame = ensureFrame(facts, state, repeated ?? state.current);
  const target = misfit ? undefined : facts.frames[frame];
  // A "Men:" heading over a list that repeats the report's race says that race's sex.
  const sameEvent =
    target && heading && (!heading.event || !target.event || heading.event.value === target.event.value);
  if (target && heading && heading !== target && !target.sex && heading.sex && sameEvent)
    target.sex = { value: heading.sex.value, sources: [...heading.sex.sources] };
  // The rest of that table ("MEN" over rows whose first two repeat the report's winners) follows them
  // there, when the heading's race has nothing of its own.
  if (
    target &&
    heading &&
    heading !== target &&
    sameEvent &&
    !heading.historical &&
    target.sex?.value === heading.sex?.value &&
    !facts.results.some((r) => r.frame === heading.index)
  )
    state.current = frame;
  const distance = facts.frames[frame]?.distance ?? null;
  const revised = isRevisedList(list, span);
  for (const e of list) {
    const id = idOfEntry(e, people);
    if (id === null) continue;
    const src = span(e.start, e.end);
    // (A row that tells its own sex goes to that sex's race.)
    const row = e.sex ? frameOfRowSex(facts.frames, frame, e.sex, src) : frame;
    salience.counts.set(id, (salience.counts.get(id) ?? 0) + 1);
    if (e.country && !salience.countries.has(id))
      salience.countries.set(id, { code: e.country, source: src });
    // A revised order replaces the places told before it, in the list or in prose.
    if (revised && (e.place !== null || e.status))
      facts.results = facts.results.filter(
        (r) => !(r.frame === row && r.athleteId === id && r.field === 'place'),
      );
    if (e.place !== null && !e.status)
      facts.results.push({
        frame: row,
        athleteId: id,
        field: 'place',
        value: e.place,
        source: src,
        listed: true,
      });
    if (e.status)
      facts.results.push({ frame: row, athleteId: id, field: 'status', value: e.status, source: src });
    const parsed = e.time ? parseTime(e.time, distance, state.dottedMinutes) : null;
    if (parsed)
      facts.results.push({
        frame: row,
        athleteId: id,
        field: 'time',
        value: parsed.seconds,
        precision: parsed.precision,
        typo: parsed.typo,
        source: src,
        listed: true,
      });
    for (const r of e.records)
      if (RECORD_CODES.has(r))
        facts.results.push({
          frame: row,
          athleteId: id,
          field: 'record',
          value: r,
          record: r as RecordKind,
          source: src,
        });
  }
}

/**
 * The race of a row that tells its own sex: the list's race when it is of that sex (or of none told
 * yet, which the row then tells), else its twin of that sex, told before or new beside it.
 */
function frameOfRowSex(frames: RaceFrame[], frame: number, sex: 'men' | 'women', src: SourceSpan): number {
  const cur = frames[frame];
  if (!cur) return frame;
  if (!cur.sex) cur.sex = { value: sex, sources: [src] };
  const twin = twinOfSex(frames, frame, sex);
  if (twin !== null) return twin;
  const f = siblingOf(cur, frames);
  f.sex = { value: sex, sources: [src] };
  return f.index;
}

/** Whether the list's placed times could all be run over the distance of `frame` (one with none fits). */
function timesFit(list: ReturnType<typeof readResultsLine>, frame: RaceFrame | undefined): boolean {
  const distance = frame?.distance ?? null;
  if (distance === null) return true;
  // (Only placed rows: "Split 400m: 53.40 (Haugen Bakke)" under a heat is a split.)
  return list.every((e) => {
    const seconds = e.time && e.place !== null ? parseTime(e.time)?.seconds : undefined;
    return seconds === undefined || isPlausibleTime(distance, seconds);
  });
}

// "REVISED RESULT (after appeal)", "Official result after the photo review": a corrected order.
const REVISED =
  /\b(?:revised|amended|corrected|updated|official)\s(?:[^\n]*\s)?(?:results?|order|standings|placings)\b|\bafter\s+(?:the\s+)?(?:appeal|review|protest|photo)/i;
// A line of a list: a place, or a status, first.
const LIST_LINE = /^\s*(?:\d{1,3}[.)]?\s|DQ|DSQ|DNF|DNS)/;

/** Whether the lines above a list, up to the first that is not a list line, head it as a revised order. */
function isRevisedList(list: ReturnType<typeof readResultsLine>, span: SpanOf): boolean {
  const line = lineAbove(list, span, 800, (l) => l.trim() === '' || LIST_LINE.test(l));
  return line !== null && line.length < 100 && REVISED.test(line);
}

// A table's rows and rules: "| 2 | Hamza El Idrissi | MAR | … |", "|-----|------|", "| Pos | Name | …".
const TABLE_LINE = /^(?:\s*\|.*|[-=|+\s]*)$/;
// "OFFICIAL RESULTS – MEN (top 8)", "Women": a short heading line that names the sex.
const SEX_HEADING = /^[^.!?]{0,60}\b(?:men|women|boys|girls)\b[^.!?]{0,30}$/i;

/** Whether the heading above a list's block of lines (its other rows, its table's rules) names the sex. */
function isHeadedBySex(list: ReturnType<typeof readResultsLine>, span: SpanOf): boolean {
  const line = lineAbove(list, span, 1200, (l) => LIST_LINE.test(l) || TABLE_LINE.test(l));
  return line !== null && SEX_HEADING.test(line);
}

/** The first line above a list's first entry, within `reach` characters, that `skip` does not pass over. */
function lineAbove(
  list: ReturnType<typeof readResultsLine>,
  span: SpanOf,
  reach: number,
  skip: (line: string) => boolean,
): string | null {
  const first = list[0];
  if (!first) return null;
  const lines = span(Math.max(0, first.start - reach), first.start).quote.split('\n');
  lines.pop();
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (!skip(line)) return line;
  }
  return null;
}

/**
 * The person an entry names: a full name is added when new; a surname ("van Heerden", "Lie
 * Haugland") must be the surname of exactly one person the articles name in full.
 */
function idOfEntry(e: ListEntry, people: PeopleIndex): string | null {
  const known = knownIdOf(e, people);
  if (known !== null || !e.surnameOnly) return known ?? people.add(e.name).id;
  // "6  KOWALCZYK-ADAMS  POL  9:19.73" on a TV graphic, a runner the commentary never named in full:
  // the surname, with its country, is all that names her.
  const [word] = e.name;
  return e.name.length === 1 && word && e.country && people.withSurname(e.name).length === 0
    ? people.add([titleCased(word)]).id
    : null;
}

/** "2 Alemayehu Gebre (ETH)" for Ruth Alemayehu Gebre: the one runner these two words end the name of. */
function doubleSurnameIdOf(name: readonly string[], people: PeopleIndex): string | null {
  if (name.length !== 2) return null;
  const ids = people.withSurnameWords(name);
  return ids.length === 1 ? (ids[0] ?? null) : null;
}

/** The known person an entry names, else null; nobody is added. */
function knownIdOf(e: ListEntry, people: PeopleIndex): string | null {
  const known = people.idOf(e.name) ?? initialledIdOf(e.name, people) ?? doubleSurnameIdOf(e.name, people);
  if (known || !e.surnameOnly) return known;
  const told = people.withSurname(e.name);
  // (Capitals drop accents on a graphic: "ORTIZ DE ZARATE".)
  const ids =
    told.length > 0 || e.name.some((w) => w !== w.toUpperCase())
      ? told
      : people.withSurnameUnaccented(e.name);
  if (ids.length === 1) return ids[0] ?? null;
  // ("SF2: Abdulla 20.22, Wei 20.35" for Wei Jianhao: a name written family name first.)
  const [word] = e.name;
  const firsts = ids.length === 0 && e.name.length === 1 && word ? people.withFirst(word) : [];
  return firsts.length === 1 ? (firsts[0] ?? null) : null;
}

/** The race whose told times and places the list repeats most (two at least), else null. */
function repeatedFrame(
  list: ReturnType<typeof readResultsLine>,
  people: PeopleIndex,
  facts: ArticleFacts,
): number | null {
  // The keys the list tells, in the order they are counted; only these keys' frames are gathered
  // from the article's results (a results line per sentence would otherwise rescan them all).
  const keys: string[] = [];
  const ids = new Set<string>();
  for (const e of list) {
    const id = knownIdOf(e, people);
    if (id === null) continue;
    ids.add(id);
    if (e.place !== null) keys.push(`${id}:place:${e.place * 100}`);
    const seconds = e.time ? parseTime(e.time)?.seconds : undefined;
    if (seconds !== undefined) keys.push(`${id}:time:${Math.round(seconds * 100)}`);
  }
  const told = new Map<string, Set<number>>();
  for (const key of keys) told.set(key, new Set());
  let anyTold = false;
  for (const r of facts.results) {
    if (r.field !== 'time' && r.field !== 'place') continue;
    anyTold = true;
    if (!ids.has(r.athleteId)) continue;
    told.get(`${r.athleteId}:${r.field}:${Math.round(Number(r.value) * 100)}`)?.add(r.frame);
  }
  if (!anyTold) return null;
  const shared = new Map<number, number>();
  for (const key of keys)
    for (const frame of told.get(key) ?? []) shared.set(frame, (shared.get(frame) ?? 0) + 1);
  let best: number | null = null;
  for (const [frame, n] of shared) if (n >= 2 && (best === null || n > (shared.get(best) ?? 0))) best = frame;
  return best;
}

/**
 * "1 T Wondimu (Eth) 2:03:41": an initial and a surname name the one person the articles name in
 * full with that surname and a first name of that initial.
 */
// ("2 M C Langat": two initials stand for the first and middle names of "Mercy Chebet Langat".)
function initialledIdOf(words: readonly string[], people: PeopleIndex): string | null {
  const [initial, ...rest] = words;
  if (!initial || rest.length === 0 || !isInitial(initial)) return null;
  const middle = rest.length > 1 && isInitial(rest[0]) ? rest[0] : undefined;
  const surname = middle ? rest.slice(1) : rest;
  const letter = initial.charAt(0);
  const ids = people.withSurname(surname).filter((id) => {
    const name = people.get(id)?.name.split(' ') ?? [];
    return (
      name[0]?.startsWith(letter) === true &&
      (!middle || (name.length > surname.length + 1 && name[1]?.startsWith(middle.charAt(0)) === true))
    );
  });
  return ids.length === 1 ? (ids[0] ?? null) : null;
}

// "1500m", "3000m steeplechase", "Women's 5000m": a line naming only an event.
const EVENT_LINE =
  /^\s*(?:(?:men|women|MEN|WOMEN)['’]?s\s+)?[\d,.]+\s?(?:m|km|K|metres|meters)?(?:\s+(?:hurdles|steeplechase|walk))?\s*$/;

/** Whether a line naming only an event heads the results list on the line under it. */
export function headsList(line: string, next: readonly unknown[] | undefined): boolean {
  return (next?.length ?? 0) > 0 && EVENT_LINE.test(line);
}
