import { PRONOUN, bulletSubjectAt, pronounAt } from './pronouns';
import type { NameRun } from './findNameRuns';
import type { PeopleIndex } from './peopleIndex';
import { countryCodeOf } from './lexicon/countries';
import { DEMONYM_ALT, EPITHET, REGIONAL } from './epithetPatterns';
import { mayBeCapital } from './wordShape';
import { sortByStart } from './sortByPosition';
import { PARTICLES } from './nameParticles';

/** A reference to a person in a sentence: a name, a surname, an epithet or a pronoun. */
export interface Mention {
  start: number;
  end: number;
  kind: 'name' | 'surname' | 'epithet' | 'pronoun';
  /** Who it refers to, once resolved. */
  id: string | null;
  possessive: boolean;
  /** The epithet's demonym as an IOC code ("the Norwegian"), its age ("the 23-year-old"), or title. */
  country?: string;
  age?: string;
  title?: string;
  pronoun?: 'subject' | 'object' | 'possessive';
  /** A pronoun's sex: he/his/him 'm', she/her 'f'. */
  sex?: 'm' | 'f';
}

// Where an epithet can start: "the" and the one or two words after it. EPITHET is tried only where
// the first word can begin one, or the second is a role ("the Kenyan teenager"); elsewhere it cannot match.
const THE = /\bthe\s+/gi;
const DEMONYM_NEXT = /^ (\p{Lu}\p{Ll}+) \p{Lu}/u;
const NEXT_WORDS = /([\p{L}\d&.-]+)(?:\s+(\p{L}+))?/uy;
const LETTERS = /^\p{L}+/u;
const FROM_CAPITAL = /\s(?:from|of\sthe)\s\p{Lu}/u;
const ROLES = [
  'junior',
  'senior',
  'freshman',
  'sophomore',
  'youngster',
  'teenager',
  'veteran',
  'olympian',
  'medallist',
  'medalist',
  'record',
  'favourite',
  'favorite',
  'graduate',
  'alumna',
  'alumnus',
];
const FIRST_WORDS: ReadonlySet<string> = new Set([
  ...DEMONYM_ALT.split('|').map((d) => LETTERS.exec(d)?.[0] ?? d),
  ...[
    'reigning',
    'defending',
    'newly',
    'new',
    'former',
    'current',
    'olympic',
    'world',
    'european',
    'champion',
    'titleholder',
    'title',
    'gold',
    'silver',
    'bronze',
  ],
  ...ROLES,
]);
const ROLE_WORDS: ReadonlySet<string> = new Set(ROLES);

function mayStartEpithet(slice: string, at: number): boolean {
  const ascii = mayStartEpithetAscii(slice, at);
  return ascii ?? mayStartEpithetByRegex(slice, at);
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * mayStartEpithetByRegex read by character code, for the words after "the" when they are ASCII
 * (almost always); undefined when a character NEXT_WORDS would read is not, left to the regex.
 */
function mayStartEpithetAscii(slice: string, at: number): boolean | undefined {
  const n = slice.length;
  let i = at;
  // The first word: [\p{L}\d&.-]+.
  for (; i < n; i++) {
    const c = slice.charCodeAt(i);
    if (c >= 128) return undefined;
    if (!isAsciiLetter(c) && !isAsciiDigit(c) && c !== 38 && c !== 46 && c !== 45) break;
  }
  if (i === at) return false;
  if (isAsciiDigit(slice.charCodeAt(at))) return true;
  let letters = at;
  while (letters < i && isAsciiLetter(slice.charCodeAt(letters))) letters++;
  if (letters > at && FIRST_WORDS.has(slice.slice(at, letters).toLowerCase())) return true;
  // The second word, after white space: \p{L}+.
  let j = i;
  for (; j < n; j++) {
    const c = slice.charCodeAt(j);
    if (c >= 128) return undefined;
    if (c !== 32 && (c < 9 || c > 13)) break;
  }
  if (j === i) return false;
  let k = j;
  while (k < n && isAsciiLetter(slice.charCodeAt(k))) k++;
  if (k < n && slice.charCodeAt(k) >= 128) return undefined;
  return k > j && ROLE_WORDS.has(slice.slice(j, k).toLowerCase());
}

function mayStartEpithetByRegex(slice: string, at: number): boolean {
  NEXT_WORDS.lastIndex = at;
  const m = NEXT_WORDS.exec(slice);
  if (!m?.[1]) return false;
  if (/^\d/.test(m[1])) return true;
  const first = LETTERS.exec(m[1])?.[0].toLowerCase();
  return (
    (first !== undefined && FIRST_WORDS.has(first)) ||
    (m[2] !== undefined && ROLE_WORDS.has(m[2].toLowerCase()))
  );
}

/**
 * Turns name runs into mentions of known people (full names, then surnames and first names
 * that match one person), and finds epithets and pronouns in `text` between `from` and `to`.
 * Resolution of epithets and pronouns happens later, in order, with the article's salience.
 */
export function findMentions(
  text: string,
  from: number,
  to: number,
  runs: readonly NameRun[],
  people: PeopleIndex,
  recent: readonly string[],
  discover: boolean,
  counts: ReadonlyMap<string, number> = new Map(),
): Mention[] {
  const out: Mention[] = [];
  for (const run of runs) {
    const particle = people.withParticleSurname(run.words);
    if (particle.length > 0) {
      const id = particle.length === 1 ? particle[0] : recent.find((r) => particle.includes(r));
      if (id) out.push({ start: run.start, end: run.end, kind: 'surname', id, possessive: run.possessive });
      continue;
    }
    if (run.words.length >= 2) {
      for (const part of knownParts(run, people, discover)) out.push(part);
      continue;
    }
    const word = run.words[0] ?? '';
    const id = resolveSingle(word, people, recent, counts);
    if (id) out.push({ start: run.start, end: run.end, kind: 'surname', id, possessive: run.possessive });
  }
  // "the American Ana Ruiz": an epithet set before a name is that person (the names found so far;
  // the last of them to start there, as few a sentence has are scanned rather than indexed).
  const names = out.length;
  const namedAt = (start: number, closed = false): string | null => {
    for (let i = names - 1; i >= 0; i--) {
      const m = out[i] as Mention;
      if (m.start === start && m.id !== null) return !closed || text[m.end] === ',' ? m.id : null;
    }
    return null;
  };
  // "the 22-year-old Chilean Ana Ruiz": a demonym may stand between the epithet and the name.
  // "the favourite, the Galician María José Outeiro Lamas, was second": an apposition, closed by a
  // comma, names her too ("the world record holder, the Kenyan X and Ethiopia's Y" are three).
  const namedAfter = (end: number): string | null => {
    if (text.startsWith(', the ', end)) {
      const word = /^\p{Lu}\p{Ll}+ /u.exec(text.slice(end + 6, end + 40))?.[0];
      return namedAt(end + 6, true) ?? (word ? namedAt(end + 6 + word.length, true) : null);
    }
    if (end + 1 >= to || text.charCodeAt(end) !== 32) return null;
    const id = namedAt(end + 1);
    if (id !== null) return id;
    const word = DEMONYM_NEXT.exec(text.slice(end, end + 30))?.[1];
    return word && countryCodeOf(word) ? namedAt(end + 2 + word.length) : null;
  };
  const slice = text.slice(from, to);
  THE.lastIndex = 0;
  let theCapital = false;
  for (let the = THE.exec(slice); the; the = THE.exec(slice)) {
    theCapital ||= the[0].startsWith('he', 1) && mayBeCapital(slice.charCodeAt(the.index + the[0].length));
    if (!mayStartEpithet(slice, the.index + the[0].length)) continue;
    EPITHET.lastIndex = the.index;
    const m = EPITHET.exec(slice);
    if (!m) continue;
    THE.lastIndex = EPITHET.lastIndex;
    const start = from + m.index;
    const end = start + m[0].length;
    const possessive = /^'s\b/.test(text.slice(end, end + 3));
    const mention: Mention = { start, end, kind: 'epithet', id: null, possessive };
    if (m[1]) mention.age = m[1];
    else if (m[2]) mention.country = countryCodeOf(m[2]) ?? undefined;
    else mention.title = `${m[4] ?? ''} ${m[5] ?? m[6] ?? ''}`.trim().toLowerCase();
    if (!mention.age && !mention.country && !mention.title) continue;
    mention.id = namedAfter(end);
    // ("the 27-year-old Romanian, who …": an age and a country.)
    const demonym =
      mention.age && !mention.id ? /^ (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(end, end + 30))?.[1] : undefined;
    if (demonym) mention.country = countryCodeOf(demonym) ?? undefined;
    out.push(mention);
  }
  REGIONAL.lastIndex = 0;
  const dropped = new Set<Mention>();
  // A regional epithet opens with "the" or "The" and a capital, which THE saw (outside epithets) if there,
  // or names a town after "from" ("the athlete from Tolosa").
  theCapital ||= FROM_CAPITAL.test(slice);
  for (let m = theCapital ? REGIONAL.exec(slice) : null; m; m = REGIONAL.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    // ("The Kenya Defence Forces officer": the service's capitalised words, read as a name, are the epithet's.)
    const within = (x: Mention): boolean => !!m[2] && x.kind === 'name' && x.start > start && x.end < end;
    if (
      out.some((x) => x.start < end && x.end > start && !within(x) && !dropped.has(x)) ||
      (m[1] && countryCodeOf(m[1]))
    )
      continue;
    for (const x of out) if (within(x)) dropped.add(x);
    const possessive = /^'s\b/.test(text.slice(end, end + 3));
    const title = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    out.push({ start, end, kind: 'epithet', id: namedAfter(end), possessive, title });
  }
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(slice); m; m = PRONOUN.exec(slice)) {
    const w = m[0].toLowerCase();
    const start = from + m.index;
    // "HE Jun (CHN)": a family name in capitals, already read as a name, is no pronoun.
    if (m[0] !== w && m[0] === m[0].toUpperCase() && out.some((x) => x.start <= start && x.end > start))
      continue;
    out.push(pronounAt(text, start, w));
  }
  const bullet = bulletSubjectAt(text, from);
  if (bullet) out.push(bullet);
  return sortByStart(dropped.size > 0 ? out.filter((x) => !dropped.has(x)) : out);
}

// A run of several words is one person's full name, or (in a headline, or with a stray capitalised
// word beside it) contains known names: "Ana Ruiz Surprises Tom Hale" holds two people.
function knownParts(run: NameRun, people: PeopleIndex, discover: boolean): Mention[] {
  const words = run.words;
  const offsets: number[] = [];
  let at = run.start;
  for (const w of words) {
    offsets.push(at);
    at += w.length + 1;
  }
  const found: Mention[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(6, words.length - i); n >= 2 && matched === 0; n--) {
      const id = people.idOf(words.slice(i, i + n));
      if (id) {
        const start = offsets[i] ?? run.start;
        const end = (offsets[i + n - 1] ?? run.start) + (words[i + n - 1]?.length ?? 0);
        found.push({ start, end, kind: 'name', id, possessive: run.possessive && i + n === words.length });
        matched = n;
      }
    }
    i += matched || 1;
  }
  // ("Alemu Bekele"; "Ochoa de la Garza" for "María Fernanda Ochoa de la Garza", with its particles.)
  if (found.length === 0 && (words.length <= 3 || words.some((w) => PARTICLES.has(w)))) {
    const tail = people.withSurnameWords(words);
    const id = tail.length === 1 ? tail[0] : undefined;
    if (id) return [{ start: run.start, end: run.end, kind: 'surname', id, possessive: run.possessive }];
  }
  if (found.length > 0 || !discover || words.filter((w) => /^\p{Lu}/u.test(w)).length > 3) return found;
  const id = people.add(words).id;
  return [{ start: run.start, end: run.end, kind: 'name', id, possessive: run.possessive }];
}

// A surname two people share is the one the report is about when it has named that one far more
// ("Okonkwo-Hayes" after a quote from her mother, "Lisa Okonkwo-Hayes"); else the one named last.
function resolveSingle(
  word: string,
  people: PeopleIndex,
  recent: readonly string[],
  counts: ReadonlyMap<string, number>,
): string | null {
  const byLast = people.withLast(word);
  const pick = (ids: readonly string[]): string | null => {
    if (ids.length === 1) return ids[0] ?? null;
    const ranked = [...ids].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
    const top = counts.get(ranked[0] ?? '') ?? 0;
    if (top >= 3 && top >= 3 * (counts.get(ranked[1] ?? '') ?? 0)) return ranked[0] ?? null;
    for (const r of recent) if (ids.includes(r)) return r;
    return null;
  };
  return pick(byLast) ?? pick(people.withFirst(word));
}
