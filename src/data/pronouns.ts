import type { Mention } from './findMentions';

export const PRONOUN = /\b(?:he|she|his|her|him|himself|herself)\b/gi;

/** The mention of the pronoun `word` (lower case) at `start`: its role and its sex. */
export function pronounAt(text: string, start: number, word: string): Mention {
  const pronoun =
    word === 'his'
      ? 'possessive'
      : word === 'him' || word === 'himself' || word === 'herself'
        ? 'object'
        : word === 'her'
          ? herRole(text, start + 3)
          : 'subject';
  return {
    start,
    end: start + word.length,
    kind: 'pronoun',
    id: null,
    possessive: pronoun === 'possessive',
    pronoun,
    sex: word.startsWith('s') || word.startsWith('her') ? 'f' : 'm',
  };
}

// "her time" is possessive; "beat her" is an object, and so is "it took her 7.71 seconds".
function herRole(text: string, after: number): 'possessive' | 'object' {
  if (
    /\b(?:took|takes|take|taking|gave|give|gives|cost|costs)\s+her$/i.test(
      text.slice(Math.max(0, after - 14), after),
    )
  )
    return /^\s+\d/.test(text.slice(after, after + 3)) ? 'object' : 'possessive';
  return /^\s+[\p{L}\d]/u.test(text.slice(after, after + 3)) &&
    !/^\s+(?:to|in|at|by|and|with|on|for|from|as|after|before|into)\b/i.test(text.slice(after, after + 8))
    ? 'possessive'
    : 'object';
}

// "• won the senior race at the World Cross Country Championships in 28:47;": a bulleted line that
// opens on a verb in lower case has the subject of the list's lead-in ("a remarkable year for the
// Eritrean, who:"), told by the bullet itself.
const BULLET_VERB = /^\s*[•▪‣◦*–-]\s+(?=\p{Ll}{3,}\s)/u;

/** The bullet of a sentence at `start` that opens on a verb, as a subject pronoun of either sex. */
export function bulletSubjectAt(text: string, start: number): Mention | null {
  const m = BULLET_VERB.exec(text.slice(start, start + 24));
  if (!m) return null;
  const at = start + m[0].search(/\S/);
  return { start: at, end: at + 1, kind: 'pronoun', id: null, possessive: false, pronoun: 'subject' };
}
