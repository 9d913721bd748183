/**
 * The particles of names ("van der", "de la", "'t") as name runs read them: inside a name, opening a
 * surname written alone, and in a name written in capitals.
 */
import type { Token } from './nameTokens';
import { isCapitalised } from './nameRunAsides';
import { isAllCaps } from './wordShape';
import { countryCodeOf } from './lexicon/countries';

/**
 * The lower-case particles a name may hold between its capitalised words ("Jakob van der Berghe",
 * the Welsh "Owain ap Dafydd", the Kalenjin "Wilfred Kipngetich arap Tanui").
 */
export const PARTICLES: ReadonlySet<string> = new Set(
  "van der de da dos das du del della di le la von ter den bin al el ben i 't ap ab ferch verch arap".split(
    ' ',
  ),
);
const PARTICLE_OPENERS: ReadonlySet<string> = new Set('de da dos das du del della di van von ter'.split(' '));

/** Whether a word is a particle that may open a surname written without its given name ("de la Fuente"). */
export function isParticleOpener(word: string): boolean {
  return PARTICLE_OPENERS.has(word);
}
/** "d'Aubigny", "d'Almeida": a surname with an elided particle. */
export const ELIDED = /^(?:d|l|dell|dall)['’]\p{Lu}\p{Ll}+$/u;
/**
 * Where the name word after particles opening at `i` is ("de la Fuente", not "the van Wyk"): its
 * index, when each word follows the one before after one space and neither an article nor a
 * capitalised word comes right before; else 0.
 */
export function openOnParticles(
  tokens: Token[],
  i: number,
  text: string,
  isNameWord: (word: string) => boolean,
): number {
  const before = tokens[i - 1]?.text ?? '';
  if (/^(?:the|an?)$/i.test(before)) return 0;
  // "the 19th Meeting della Riviera", "Diario del Atletismo": particles inside a name of a thing.
  if (isThingWord(tokens, i - 1, text)) return 0;
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

const THING_PARTICLES: ReadonlySet<string> = new Set(['las', 'los', 'des', ...PARTICLES]);

/**
 * "the Cross de las Murallas de Ávila", "the climb to the Puerta del Carmen": capitalised words after
 * particles that follow a capitalised word outside any name run name a thing, not a runner. The index
 * of the last of those words when the run opening at `i` is one of them; else -1.
 */
export function nameOfThingAt(tokens: Token[], i: number, text: string): number {
  let j = i - 1;
  while (j > 0 && THING_PARTICLES.has(tokens[j]?.text ?? '') && spaced(tokens, j + 1)) j--;
  if (j === i - 1 || !isThingWord(tokens, j, text)) return -1;
  let k = i;
  while (
    spaced(tokens, k + 1) &&
    (isCapitalised(tokens[k + 1]?.text ?? '') || THING_PARTICLES.has(tokens[k + 1]?.text ?? ''))
  )
    k++;
  return k;
}

/**
 * Whether the capitalised word at `j`, right before particles, is a word of a thing's name: inside a
 * sentence ("For van der Zwaan" opens one) and no demonym ("the Dutchwoman de Wit"). `text` is the
 * article's, which the tokens' offsets index.
 */
function isThingWord(tokens: Token[], j: number, text: string): boolean {
  const [before, tok] = [tokens[j - 1], tokens[j]];
  if (!before || !tok || !spaced(tokens, j + 1) || !isCapitalised(tok.text) || countryCodeOf(tok.text))
    return false;
  return !/[.!?\n]/.test(text.slice(before.end, tok.start));
}
