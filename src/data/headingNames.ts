import type { Sentence } from './splitSentences';
import type { NameRun } from './findNameRuns';
import { ELIDED, PARTICLES } from './nameParticles';
import { isParticleFirst, type PeopleIndex } from './peopleIndex';

// The particles that open Irish and Scottish Gaelic surnames, capitalised as the name's other words are.
export const GAELIC_PARTICLES: ReadonlySet<string> = new Set([
  'Mac',
  'Mc',
  'Nic',
  'Ní',
  'Ó',
  'Ua',
  'Uí',
  'Mhic',
]);

const ROSTER_BEFORE = /^\s*[-–•*]\s+$/;
const ROSTER_AFTER = /^\s*\([^()\n]{2,40}\)\s*$/;

// "1. Lachlan Pryce is no longer a prospect": a heading in sentence case names a runner in full when
// the report goes on to use the surname. A Title Case headline's capitalised words are not names.
export function headingNames(text: string, s: Sentence, runs: readonly NameRun[]): NameRun[] {
  // "Ó Floinn", "Ní Bhriain", "Mac Giolla Phádraig", "El Ouardi": a surname with its particle, not a first
  // name and a surname.
  // ("Kemar Anthony Whyte meet again": a given name, a middle name and the surname.)
  const found = runs.filter((r) => {
    // ("Jakob van der Berghe": with lower-case particles between its words.)
    const inner = r.words.slice(1, -1).filter((w) => PARTICLES.has(w)).length;
    const named = r.words.length - inner;
    return (
      (named === 2 || named === 3) &&
      // ("Rui d'Almeida": with an elided particle.)
      capitalisedWords(r.words) + r.words.filter((w) => ELIDED.test(w)).length + inner === r.words.length &&
      (r.words[0]?.length ?? 0) > 2 &&
      !GAELIC_PARTICLES.has(r.words[0] ?? '') &&
      !isParticleFirst(r.words[0])
    );
  });
  const team = teamLine(
    text,
    s,
    runs.filter((r) => r.words.length >= 2 && r.words.length <= 4 && !isParticleFirst(r.words[0])),
  );
  if (team.length > 0) return team;
  if (found.length === 0) return [];
  // "- João Pedro Magalhães (Sporting CP)": a team list's line, a runner's name and a club, names him.
  const roster = found.filter(
    (r) =>
      found.length === 1 &&
      ROSTER_BEFORE.test(text.slice(s.start, r.start)) &&
      ROSTER_AFTER.test(text.slice(r.end, s.end)),
  );
  if (roster.length > 0) return roster;
  const words = text.slice(s.start, s.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // ("Men's 3000m: Ahmed Ouali-Benkirane's redemption": a lower-case word of content is no Title Case.)
  if (
    !words.some(isContentWordInLowerCase) &&
    2 * words.filter((w) => CAPITALISED.test(w)).length > words.length
  )
    return [];
  const after = text.slice(s.end);
  // "Ortega Ruiz fastest as …" over "Spain's Pablo Ortega Ruiz": a double surname, not a full name.
  return found.filter(
    (r) =>
      hasWord(after, r.words[r.words.length - 1] ?? '') &&
      !afterCapitalisedWord(after, r.words.join(' ')) &&
      !withMiddleName(after, r.words[0] ?? '', r.words[r.words.length - 1] ?? ''),
  );
}

// "Women: Sandra Meier-Zbinden, Chiara Dall'Acqua": a squad's line, a short label and a colon, then
// names parted by commas or "and" and nothing else, names each runner on it.
const TEAM_LABEL = /^[ \t]*\p{L}[\p{L} ']{0,24}:[ \t]*$/u;
const TEAM_GLUE = /^(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]+and[ \t]+)$/;
function teamLine(text: string, s: Sentence, found: readonly NameRun[]): NameRun[] {
  const first = found[0];
  const last = found[found.length - 1];
  if (found.length < 2 || !first || !last || !TEAM_LABEL.test(text.slice(s.start, first.start))) return [];
  if (!/^[ \t.]*$/.test(text.slice(last.end, s.end))) return [];
  for (let i = 1; i < found.length; i++)
    if (!TEAM_GLUE.test(text.slice((found[i - 1] as NameRun).end, (found[i] as NameRun).start))) return [];
  return [...found];
}

// Whether `text` has `word` with no letter on either side.
function hasWord(text: string, word: string): boolean {
  if (word === '') return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
    if (!LETTER.test(text[i - 1] ?? '') && !LETTER.test(text[i + word.length] ?? '')) return true;
  return false;
}

// Whether `text` has `phrase`, not followed by a letter, straight after a capitalised word and a space.
function afterCapitalisedWord(text: string, phrase: string): boolean {
  const lead = ` ${phrase}`;
  for (let i = text.indexOf(lead); i >= 0; i = text.indexOf(lead, i + 1)) {
    if (LETTER.test(text[i + lead.length] ?? '')) continue;
    let j = i;
    while (j > 0 && LOWER.test(text[j - 1] ?? '')) j--;
    if (j < i && j > 0 && UPPER.test(text[j - 1] ?? '')) return true;
  }
  return false;
}
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

// "Esther Chemutai's long road" over "Esther Nakiranda Chemutai": the full name, written short.
function withMiddleName(text: string, first: string, last: string): boolean {
  const lead = `${first} `;
  for (let i = text.indexOf(lead); i >= 0; i = text.indexOf(lead, i + 1)) {
    if (i > 0 && /\p{L}/u.test(text[i - 1] ?? '')) continue;
    const middle = /^\p{Lu}\p{Ll}+ /u.exec(text.slice(i + lead.length, i + lead.length + 40))?.[0];
    const at = i + lead.length + (middle?.length ?? 0);
    if (middle && text.startsWith(last, at) && !/\p{L}/u.test(text[at + last.length] ?? '')) return true;
  }
  return false;
}

export function capitalisedWords(words: readonly string[]): number {
  let n = 0;
  for (const w of words) {
    if (w === 'St.') continue;
    // An ASCII first letter read by code; any other first character is left to the Unicode class.
    const c = w.charCodeAt(0);
    if (c >= 65 && c <= 90) n++;
    else if (c >= 128 && CAPITALISED.test(w)) n++;
  }
  return n;
}
const CAPITALISED = /^\p{Lu}/u;

const SMALL_WORDS: ReadonlySet<string> = new Set(
  'about above after against among before behind below beside between during their there these those through toward towards under until where which while within without'.split(
    ' ',
  ),
);
// A lower-case word of five letters or more that Title Case would capitalise ("redemption", not "about").
const isContentWordInLowerCase = (w: string): boolean =>
  w.length >= 5 && /^\p{Ll}+$/u.test(w) && !SMALL_WORDS.has(w);

/**
 * Adds the names told in headlines that are not a known runner's name shortened ("Tsion Abebe
 * leaves coach" over "Tsion Abebe Wolde, …") nor a known runner's surnames.
 */
export function addHeadedNames(people: PeopleIndex, headed: readonly string[][]): void {
  if (headed.length === 0) return;
  // (The first words of every longer name, gathered once, not searched for per headline.)
  const shortened = new Set<string>();
  for (const { name } of people.byId.values()) {
    const words = name.split(' ');
    for (let n = 2; n < words.length; n++) shortened.add(words.slice(0, n).join(' '));
  }
  // ("De la Fuente breaks the championship record" over "Álvaro de la Fuente Ruiz": his surname.)
  // ("Mexican distance star Ochoa de la Garza" over "María Fernanda Ochoa de la Garza": her surnames.)
  const known = (w: string[]): boolean =>
    shortened.has(w.join(' ')) ||
    people.withParticleSurname(w).length > 0 ||
    (w.some((x) => PARTICLES.has(x)) && people.withSurnameWords(w).length > 0);
  for (const words of headed) if (people.idOf(words) || !known(words)) people.add(words);
}
