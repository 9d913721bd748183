/**
 * The particles of names ("van der", "de la", "'t") as name runs read them: inside a name, opening a
 * surname written alone, and in a name written in capitals.
 */
import type { Token } from './nameTokens';
import { isCapitalised } from './nameRunAsides';
import { isAllCaps } from './wordShape';

/** The lower-case particles a name may hold between its capitalised words ("Jakob van der Berghe"). */
export const PARTICLES: ReadonlySet<string> = new Set(
  "van der de da dos das du del della di le la von ter den bin al el ben i 't".split(' '),
);
/** "d'Aubigny", "d'Almeida": a surname with an elided particle. */
export const ELIDED = /^(?:d|l|dell|dall)['’]\p{Lu}\p{Ll}+$/u;
/**
 * Where the name word after particles opening at `i` is ("de la Fuente", not "the van Wyk"): its
 * index, when each word follows the one before after one space and neither an article nor a
 * capitalised word comes right before; else 0.
 */
export function openOnParticles(tokens: Token[], i: number, isNameWord: (word: string) => boolean): number {
  const before = tokens[i - 1]?.text ?? '';
  if (/^(?:the|an?)$/i.test(before)) return 0;
  // "the 19th Meeting della Riviera", "Diario del Atletismo": particles inside a name of a thing.
  if (isCapitalised(before) && spaced(tokens, i)) return 0;
  let j = i + 1;
  while (PARTICLES.has(tokens[j]?.text ?? '') && spaced(tokens, j)) j++;
  const next = tokens[j];
  return next && spaced(tokens, j) && isCapitalised(next.text) && isNameWord(next.text) ? j : 0;
}

/** "LOTTE DE WIT-BAKKER": a particle in capitals between words of a name in capitals. */
export const isShoutedParticle = (tokens: Token[], i: number): boolean => {
  const [prev, tok, next] = [tokens[i - 1]?.text ?? '', tokens[i]?.text ?? '', tokens[i + 1]?.text ?? ''];
  return (
    PARTICLES.has(tok.toLowerCase()) &&
    isAllCaps(tok) &&
    isAllCaps(prev) &&
    next.length >= 4 &&
    isAllCaps(next) &&
    spaced(tokens, i + 1)
  );
};

/** Whether token `j` follows token `j - 1` after one character (a space). */
export const spaced = (tokens: Token[], j: number): boolean =>
  (tokens[j]?.start ?? 0) - (tokens[j - 1]?.end ?? 0) === 1;
