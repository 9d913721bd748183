import { slugOf } from './slugOf';
import type { SourceSpan } from './types';
import { isParticleOpener } from './nameParticles';

const PARTICLES_FIRST: ReadonlySet<string> = new Set(
  'El Al Van Von De Da Di Du Le La Ben Ter Den Der Dos Del'.split(' '),
);

/** Whether a word is a name particle that opens a surname ("El Ouardi", "Van der Berghe", "de la Fuente"). */
export function isParticleFirst(word: string | undefined): boolean {
  return word !== undefined && (PARTICLES_FIRST.has(word) || isParticleOpener(word));
}

/** Whether a word is an initial standing for a first name ("T", "T."), as results lists write them. */
export function isInitial(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}\.?$/u.test(word);
}

/** A person the articles name in full. */
export interface PersonRecord {
  id: string;
  name: string;
  first: string;
  last: string;
  country: { code: string; source: SourceSpan } | null;
}

/**
 * People known by full name, looked up by id, surname or first name. One index holds what the
 * whole corpus says (so "Ruiz" resolves in an article that never writes "Ana Ruiz"); each
 * article adds its own people first.
 */
export class PeopleIndex {
  readonly byId = new Map<string, PersonRecord>();
  private readonly byLast = new Map<string, string[]>();
  private readonly byFirst = new Map<string, string[]>();
  // "Mekonnen" for "Abel Mekonnen Tola": the middle of three names, asked for only when no surname is.
  private readonly byMiddle = new Map<string, string[]>();

  /** Adds a full name (two or more words) and returns its record. */
  add(words: readonly string[]): PersonRecord {
    const name = words.join(' ');
    const id = slugOf(name);
    const known = this.byId.get(id);
    if (known) return known;
    const record: PersonRecord = {
      id,
      name,
      first: words[0] ?? name,
      last: lastNameOf(words),
      country: null,
    };
    this.byId.set(id, record);
    push(this.byLast, record.last.toLowerCase(), id);
    push(this.byLast, (words[words.length - 1] ?? '').toLowerCase(), id);
    push(this.byFirst, record.first.toLowerCase(), id);
    const middle = words.length === 3 ? (words[1] ?? '') : '';
    if (PLAIN_WORD.test(middle)) push(this.byMiddle, middle.toLowerCase(), id);
    // "Mohamed El Amrani Haddou", written "El Amrani": a first surname with its particle, the second left off.
    // ("María Camila Restrepo Ossa", written "Restrepo": two given names, then the first surname.)
    if (words.length === 4 && (isParticleFirst(words[1]) || words.every((w) => PLAIN_WORD.test(w))))
      push(this.byMiddle, (words[2] ?? '').toLowerCase(), id);
    // "Álvaro de la Fuente Ruiz", written "De la Fuente": a first surname after its particles.
    const first = words[words.length - 2] ?? '';
    if (words.length >= 4 && /^[a-z]{1,4}$/.test(words[words.length - 3] ?? '') && /^\p{Lu}/u.test(first))
      push(this.byMiddle, first.toLowerCase(), id);
    return record;
  }

  /** The id of a known person with exactly these words as full name, else null. */
  idOf(words: readonly string[]): string | null {
    const id = slugOf(words.join(' '));
    return this.byId.has(id) ? id : null;
  }

  /** Ids of people whose surname is `word`. */
  withLast(word: string): readonly string[] {
    const key = word.toLowerCase();
    return this.byLast.get(key) ?? this.byMiddle.get(key) ?? [];
  }

  /**
   * Ids of people whose full name ends with these words, when they are a surname with a particle
   * written capitalised ("El Ouardi", "Van der Berghe" at the start of a sentence); else none.
   */
  withParticleSurname(words: readonly string[]): readonly string[] {
    if (words.length < 2 || !isParticleFirst(words[0])) return [];
    const tail = ' ' + words.join(' ').toLowerCase();
    return this.withLast(words[words.length - 1] ?? '').filter((id) => {
      const name = this.byId.get(id)?.name.toLowerCase() ?? '';
      const at = name.indexOf(tail + ' ');
      return name.endsWith(tail) || (at > 0 && !name.includes(' ', at + tail.length + 1));
    });
  }

  /**
   * Ids of people whose full name ends with these words, when they are more than one ("Alemu
   * Bekele" for "Tigist Alemu Bekele"): a double surname written without the given name.
   */
  withSurnameWords(words: readonly string[]): readonly string[] {
    if (words.length < 2) return [];
    const tail = ' ' + words.join(' ').toLowerCase();
    return this.withLast(words[words.length - 1] ?? '').filter(
      (id) => this.byId.get(id)?.name.toLowerCase().endsWith(tail) ?? false,
    );
  }

  /** Ids of people with this surname: one word ("Hale") or several ("Alemu Bekele"). */
  withSurname(words: readonly string[]): readonly string[] {
    return words.length === 1 ? this.withLast(words[0] ?? '') : this.withSurnameWords(words);
  }

  /**
   * Ids of people whose full name ends with these words, accents aside ("ORTIZ DE ZARATE" on a TV
   * graphic for "Jimena Ortiz de Zárate"); a slow scan, for a surname nothing else matched.
   */
  withSurnameUnaccented(words: readonly string[]): readonly string[] {
    const tail = '-' + slugOf(words.join(' '));
    return [...this.byId.keys()].filter((id) => id.endsWith(tail));
  }

  /** Ids of people whose first name is `word`. */
  withFirst(word: string): readonly string[] {
    return this.byFirst.get(word.toLowerCase()) ?? [];
  }

  get(id: string): PersonRecord | undefined {
    return this.byId.get(id);
  }
}

/** A plain capitalised word of three letters or more ("Restrepo", not "de" or "St."). */
const PLAIN_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
export const isPlainWord = (word: string): boolean => PLAIN_WORD.test(word);

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** "Sander van der Merwe" → "van der Merwe"; "Ana Ruiz" → "Ruiz". */
function lastNameOf(words: readonly string[]): string {
  let i = words.length - 1;
  while (i > 1 && /^\p{Ll}/u.test(words[i - 1] ?? '')) i--;
  return words.slice(i).join(' ');
}
