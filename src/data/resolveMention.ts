import type { Mention } from './findMentions';
import type { PeopleIndex } from './peopleIndex';
import type { SourceSpan } from './types';
import type { ArticleFacts } from './articleFacts';

/** What an article has said so far about who is who: the context references resolve in. */
export interface Salience {
  /** Most recently mentioned people first. */
  recent: string[];
  /** The subject of the last sentence that had one. */
  lastSubject: string | null;
  /** Age epithets bound to people ("the 23-year-old"). */
  ages: Map<string, string>;
  /** Countries stated for people in this article. */
  countries: Map<string, { code: string; source: SourceSpan }>;
  counts: Map<string, number>;
  /** Sexes told by the pronouns that named people: "he says" after a coach's name. */
  sexes: Map<string, 'm' | 'f'>;
  /** People whose country only an epithet told ("the Kenyan" taken to be the last subject). */
  guessed?: Set<string>;
  /** People named in full so far, and the one runner the last sentence named in full for the first time. */
  fullyNamed?: Set<string>;
  introduced?: string | null;
  /** People named with a role off the track ("her coach, Moses Okello"), who are never the subject. */
  offTrack?: Set<string>;
}

/**
 * Resolves an epithet or pronoun to a person, using what came before:
 * - "the Norwegian": the most recent person known to be Norwegian; else the last subject whose
 *   country is unknown (who is then recorded as Norwegian, with this sentence as source);
 * - "the 23-year-old": bound once per article to the last subject (or the most recent person) whose
 *   age is not yet known, and kept;
 * - "the world champion": the last subject not already named in this sentence;
 * - he/she/his/her: this sentence's subject when there is one before it, else the last subject;
 *   him/her as objects: the last subject when it is not this sentence's subject.
 */
export function resolveMention(
  m: Mention,
  s: Salience,
  people: PeopleIndex,
  sentenceSubject: string | null,
  source: SourceSpan,
): void {
  // An age set before a name ("the 23-year-old Ana Ruiz") binds the age to that name.
  if (m.id !== null && m.age && !s.ages.has(m.age)) s.ages.set(m.age, m.id);
  if (m.id !== null || (m.kind !== 'epithet' && m.kind !== 'pronoun')) return;
  if (m.kind === 'pronoun') {
    // "she" is not a runner an earlier "he" was about: the nearest one of her sex (or of none told).
    const fits = (id: string | null): id is string =>
      id !== null && (m.sex === undefined || s.sexes.get(id) !== (m.sex === 'm' ? 'f' : 'm'));
    if (m.pronoun === 'object') {
      const other = (id: string | null): id is string => fits(id) && id !== sentenceSubject;
      m.id = other(s.lastSubject) ? s.lastSubject : (s.recent.find(other) ?? null);
      m.id ??=
        s.lastSubject !== sentenceSubject
          ? s.lastSubject
          : (s.recent.find((r) => r !== sentenceSubject) ?? null);
    } else
      m.id = [sentenceSubject, s.lastSubject, ...s.recent].find(fits) ?? sentenceSubject ?? s.lastSubject;
    return;
  }
  if (m.age) {
    const bound = s.ages.get(m.age);
    // "The 21-year-old" is not the last subject when that runner's age is known to be another.
    const aged = new Set(s.ages.values());
    const free = (id: string | null): id is string => id !== null && !aged.has(id);
    // ("the 27-year-old Romanian": not the last subject, of another country, but the runner of that
    // country just named.)
    const code = m.country;
    const last = s.lastSubject === null ? null : countryOf(s, people, s.lastSubject);
    const ofCountry =
      code && last !== null && last !== code
        ? s.recent.find((id) => free(id) && countryOf(s, people, id) === code)
        : undefined;
    const id = bound ?? ofCountry ?? (free(s.lastSubject) ? s.lastSubject : (s.recent.find(free) ?? null));
    if (id) s.ages.set(m.age, id);
    m.id = id;
    return;
  }
  if (m.country) {
    const code = m.country;
    const known = (id: string): string | null => countryOf(s, people, id);
    // ("Femke de Wit-Jansen has done it! The Dutchwoman kicked …": the runner just named, of no
    // country yet, rather than a Dutch runner named before three others.)
    const at = s.recent.findIndex((id) => known(id) === code);
    const fresh = s.lastSubject !== null && s.lastSubject === s.recent[0] && known(s.lastSubject) === null;
    const match = s.recent[at];
    // (Nor one whose country an earlier epithet only guessed: "The Catalan hurdler takes gold" in a
    // standfirst, before the runners are named; nor one named before the runner the last sentence
    // was about and brought in: "… for defending champion Abel Chebet. The Kenyan, who won …".)
    const brought = s.introduced === s.lastSubject;
    if (match && !(fresh && (at > 2 || brought || s.guessed?.has(match)))) {
      m.id = match;
      return;
    }
    // ("Rotich came back at him, but the Kenyan ran out of track": the sentence's subject, of no country
    // yet, told again after "but".)
    const again = /[,;]\s+but\s+$/i.test(
      source.quote.slice(0, m.start - source.start).replace(/the\s+$/i, ''),
    );
    // ("… but met a Valentina Ríos in a state of grace. The Colombian, 21, won": the runner the last
    // sentence brought in by full name, whose country is now told, or was only guessed by an epithet.)
    const intro =
      s.introduced &&
      s.introduced !== sentenceSubject &&
      (known(s.introduced) === null || s.guessed?.has(s.introduced));
    const candidate =
      again && sentenceSubject && known(sentenceSubject) === null
        ? sentenceSubject
        : intro
          ? s.introduced
          : s.lastSubject && known(s.lastSubject) === null
            ? s.lastSubject
            : (s.recent.find((id) => known(id) === null) ?? null);
    if (candidate) {
      s.countries.set(candidate, { code, source });
      (s.guessed ??= new Set()).add(candidate);
      m.id = candidate;
    }
    return;
  }
  if (m.title)
    m.id =
      s.lastSubject && s.lastSubject !== sentenceSubject
        ? s.lastSubject
        : (s.recent.find((r) => r !== sentenceSubject) ?? null);
}

/** The country a runner is known by so far: told by an epithet, or by the people index. */
function countryOf(s: Salience, people: PeopleIndex, id: string): string | null {
  return s.countries.get(id)?.code ?? people.get(id)?.country?.code ?? null;
}

/**
 * Records the sex a resolved "he" or "she" tells of its runner, when the pronoun opens its sentence or
 * follows the quote it tells of ('"She was hopeless," he says'): not one deep in a sentence about
 * someone else, nor an object ("saw her"), whose reading is less sure. (Not after an opening phrase
 * either: "Reacting in 0.131, hardly the sharpest in the field, he …" moved a heat in set 6.)
 */
export function learnSex(s: Salience, m: Mention, before: string): void {
  if (!m.sex || !m.id || m.pronoun === 'object' || s.sexes.has(m.id)) return;
  if (/^\s*$|[,!?]["”’]\s*$/.test(before)) s.sexes.set(m.id, m.sex);
}

// The words before a runner named as another's rival or beside another: no subject of the sentence.
const BESIDE_BEFORE =
  /\b(?:with|beating|beat|ahead\s+of|behind|edging|edged|over|past|outkicking|from|than)\s+(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s+)?$/u;

/** Whether a mention after the `i`th names the runner `id` by name, as another's rival or companion. */
export function namedAfter(text: string, mentions: readonly Mention[], i: number, id: string): boolean {
  return mentions.some(
    (o, j) =>
      j > i &&
      o.id === id &&
      (o.kind === 'name' || o.kind === 'surname') &&
      BESIDE_BEFORE.test(text.slice(Math.max(0, o.start - 40), o.start)),
  );
}

/**
 * "Germany's Hoffmann-Kral, the defending champion, was second. ¶ Fourteen months later she went to
 * the Dublin Marathon": a subject pronoun that opens a paragraph, in a piece about one runner, is that
 * runner (named at least four times, and twice as often as the one it was resolved to), not a rival
 * told in passing, unless that runner has run in races of the other sex.
 */
export function paragraphTopic(text: string, m: Mention, s: Salience, facts: ArticleFacts): string | null {
  if (m.kind !== 'pronoun' || m.pronoun !== 'subject' || m.id === null) return m.id;
  let topic = m.id;
  let most = s.counts.get(m.id) ?? 0;
  for (const [other, count] of s.counts)
    if (count > most) {
      topic = other;
      most = count;
    }
  if (topic === m.id || most < 4 || most < 2 * (s.counts.get(m.id) ?? 0)) return m.id;
  const other = /^(?:he|his|him)$/i.test(text.slice(m.start, m.end)) ? 'women' : 'men';
  return ranAs(facts, topic) === other ? m.id : topic;
}

/**
 * The sex of the races a runner has a result in so far (a place, a time, or only a gap: "he was eight
 * seconds down" at halfway), when one is told.
 */
function ranAs(facts: ArticleFacts, id: string): string | null {
  for (const r of facts.results)
    if (r.athleteId === id) {
      const sex = facts.frames[r.frame]?.sex?.value;
      if (sex) return sex;
    }
  return null;
}
