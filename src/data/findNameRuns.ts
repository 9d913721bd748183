import { countryCodeOf, mayStartCountry } from './lexicon/countries';
import { isNonNameWord, isSurnameWord } from './lexicon/nonNameWords';
import { placeWords } from './lexicon/placeWords';
import {
  isCapitalised,
  isDatelinePlace,
  isEpithetBeforeName,
  isShoutedLede,
  isSpeakerLabel,
  nicknameTokens,
} from './nameRunAsides';
import {
  codeFollows,
  endsWithQuoteS,
  endsWithSQuote,
  isAllCaps,
  isRomanNumeral,
  isSurnameFirst,
  MEETING_OPENER,
  endsMeeting,
  titleCased,
  withoutPossessive,
} from './wordShape';
import { tokenize, type Token } from './nameTokens';
import {
  ELIDED,
  isParticleOpener,
  isShoutedParticle,
  nameOfThingAt,
  openOnParticles,
  PARTICLES,
} from './nameParticles';

/** A run of capitalised name-like words in the text, e.g. "Ana Ruiz" or "Ruiz's". */
export interface NameRun {
  start: number;
  end: number;
  /** The words, possessive stripped, ALL-CAPS surnames in title case. */
  words: string[];
  possessive: boolean;
  /** A country stated right before the run ("Norway's", "American", "Team GB's"), as an IOC code. */
  countryBefore: { code: string; start: number; end: number } | null;
}

// Words that may stand between a country and a name ("Kenyan distance runner Ana Ruiz").
const ROLE_NOUNS: ReadonlySet<string> = new Set(
  'runner star athlete sprinter miler rival champion teenager veteran distance middle-distance youngster great ace record-holder hurdler'.split(
    ' ',
  ),
);

/**
 * Finds runs of name-like capitalised words in `text` between `from` and `to`: capitalised words
 * (with name particles such as "van der") separated by single spaces, split wherever a word
 * cannot be part of a person's name (a month, a place, "League", a demonym). A country written
 * just before a run ("Norway's Jakob …", "American Cole …") is kept with it.
 */
export function findNameRuns(text: string, from: number, to: number): NameRun[] {
  const tokens = tokenize(text.slice(from, to), from);
  const runs: NameRun[] = [];
  let country: NameRun['countryBefore'] = null;
  let run: NameRun | null = null;
  const close = (): void => {
    if (run && !isSpeakerLabel(text, run) && !isDatelinePlace(text, run) && !opensOnMeetingWord(run)) {
      if (run.words.length === 2 && isSurnameFirst(text, run.start, run.end)) run.words.reverse();
      runs.push(run);
    }
    run = null;
  };
  const nicknames = nicknameTokens(text, tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (nicknames?.has(i)) continue;
    const tok = tokens[i] as Token;
    const prevEnd = i > 0 ? (tokens[i - 1] as Token).end : -1;
    const adjacent =
      (prevEnd >= 0 && tok.start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32) ||
      (nicknames?.has(i - 1) ?? false);
    if (!adjacent) {
      close();
      // "(USA) 8:28.02, 7 Louis Mercier": a country before a number or a comma is another's (and a
      // dateline's "DOUALA, Cameroon — Grace Ayuba" is the town's).
      if (country && prevEnd >= 0 && /[\d,;.()[\]:!?"—–-]/.test(text.slice(prevEnd, tok.start)))
        country = null;
    }
    const multi = matchCountry(tokens, i, text);
    if (multi) {
      close();
      country = { code: multi.code, start: tok.start, end: multi.end };
      i = multi.last;
      continue;
    }
    if (!isCapitalised(tok.text)) {
      // "Clémence d'Aubigny": a surname with an elided particle.
      if (run && adjacent && ELIDED.test(tok.text)) {
        run.words.push(tok.text);
        run.end = tok.end;
        continue;
      }
      // ("d'Aubigny comes through late for silver": the surname alone.)
      if (!run && ELIDED.test(tok.text) && !isCapitalised(tokens[i + 1]?.text ?? '')) {
        runs.push({
          start: tok.start,
          end: tok.end,
          words: [tok.text],
          possessive: false,
          countryBefore: null,
        });
        continue;
      }
      if (run && adjacent && PARTICLES.has(tok.text)) {
        let j = i;
        while (PARTICLES.has(tokens[j]?.text ?? '')) j++;
        if (isCapitalised(tokens[j]?.text ?? '')) {
          for (let k = i; k < j; k++) run.words.push((tokens[k] as Token).text);
          i = j - 1;
          continue;
        }
      }
      close();
      // "de la Fuente Ibarra was the quickest qualifier": a surname written with its particles.
      const opened = isParticleOpener(tok.text) ? openOnParticles(tokens, i, text, isNameWord) : 0;
      if (opened > 0) {
        const words = tokens.slice(i, opened).map((t) => t.text);
        run = { start: tok.start, end: tok.start, words, possessive: false, countryBefore: null };
        i = opened - 1;
        continue;
      }
      if (country && !ROLE_NOUNS.has(tok.text)) country = null;
      continue;
    }
    // "Hale's", "Jones'" and a capitalised lede's "KENDAL'S".
    const quoteEnd = tok.text.charCodeAt(tok.text.length - 1) === 39 || endsWithQuoteS(tok.text, true);
    const possessive = quoteEnd && (endsWithQuoteS(tok.text, true) || endsWithSQuote(tok.text));
    const bare = quoteEnd ? withoutPossessive(tok.text, true) : tok.text;
    // "LOTTE DE WIT-BAKKER IS EUROPEAN CHAMPION!": a particle in a name written in capitals.
    if (run && adjacent && isShoutedParticle(tokens, i)) {
      run.words.push(tok.text.toLowerCase());
      run.end = tok.end;
      continue;
    }
    const familyFirst = !run && isFamilyNameFirst(tokens, i, text);
    if (
      !familyFirst &&
      !isNameWord(bare) &&
      !(run && adjacent && isSurnameWord(bare)) &&
      !(!run && isSurnameWord(bare) && isGivenNameAfterFamily(tokens[i + 1], tok.end))
    ) {
      // "the Holyrood Cross Challenge", "the Emil Zatopek Memorial", "the NCAA Cross Country
      // Championships": a run that a meeting's word ends names the meeting, no runner.
      if (run && adjacent && endsMeeting(bare, run.words.at(-1))) run = null;
      close();
      country = null;
      continue;
    }
    if (!run && (isEpithetBeforeName(tokens, i, bare) || isShoutedLede(tokens, i, familyFirst, text)))
      continue;
    const cut: number = run && !quoteEnd ? pairCut(bare, tokens[i + 1], tok.end, text) : -1;
    if (run && cut > 0) {
      // "the Ana Ruiz–Tom Hale rivalry": two names joined by a dash are two runs.
      run.words.push(titleCase(bare.slice(0, cut)));
      run.end = tok.start + cut;
      close();
      run = {
        start: tok.start + cut + 1,
        end: tok.end,
        words: [titleCase(bare.slice(cut + 1))],
        possessive: false,
        countryBefore: null,
      };
      continue;
    }
    const thing = run ? -1 : nameOfThingAt(tokens, i, text);
    if (thing >= 0) {
      i = thing;
      continue;
    }
    if (!run)
      run = {
        start: tok.start,
        end: tok.start,
        words: [],
        possessive: false,
        countryBefore: country && tok.start - country.end <= 40 ? country : null,
      };
    run.words.push(familyFirst ? titleCased(bare) : titleCase(bare));
    run.end = tok.start + bare.length;
    run.possessive = possessive;
    if (possessive) close();
  }
  close();
  return runs;
}

const GIVEN_NAME_DEMONYMS: ReadonlySet<string> = new Set(['Finn', 'Dane']);

function matchCountry(
  tokens: Token[],
  i: number,
  text: string,
): { code: string; end: number; last: number } | null {
  const head = tokens[i];
  if (!head || !isCapitalised(head.text) || !mayStartCountry(head.text)) return null;
  for (let n = 3; n >= 1; n--) {
    const last = tokens[i + n - 1];
    const first = tokens[i];
    if (!last || !first) continue;
    const phrase = withoutPossessive(text.slice(first.start, last.end), false);
    if (n > 1 && phrase.includes('\n')) continue;
    if (!isCapitalised(first.text)) return null;
    // "Finn Hasselbach", "Dane Bird": a demonym that is also a given name, before a surname and after
    // no article, is the given name.
    if (n === 1 && GIVEN_NAME_DEMONYMS.has(phrase) && isCapitalised(tokens[i + 1]?.text ?? '')) {
      const before = tokens[i - 1]?.text.toLowerCase();
      if (before !== 'the' && before !== 'a') return null;
    }
    const code = countryCodeOf(phrase);
    // A bare two-letter code ("US") is too easily something else; demand it in context elsewhere.
    if (code && !(n === 1 && phrase.length <= 2)) return { code, end: last.end, last: i + n - 1 };
  }
  return null;
}

const ORGANISATION_PART =
  /-(?:University|College|School|Academy|Institute|Club|Harriers|Athletic|Athletics|AC|TC|United|County)$/;

function isNameWord(word: string): boolean {
  // "Cian Ó Súilleabháin": the Irish particle Ó is the one name word of one letter.
  if (word === 'Ó') return true;
  if (word.length < 2 || isNonNameWord(word) || placeWords.has(word) || isRomanNumeral(word)) return false;
  if (/-(?:born|based|bred|raised|trained)$/.test(word)) return false; // "Ethiopia-born Birhanu Tadesse"
  // "Kenyans Lucy Nyambura and Faith Wanjiku": a demonym in the plural is no one's name.
  if (/(?:an|on)s$/.test(word) && countryCodeOf(word.slice(0, -1))) return false;
  // "Hill City-University", "Otago-Harriers": a club's or a school's name, not a double-barrelled surname.
  if (ORGANISATION_PART.test(word)) return false;
  // Short all-capital words are codes and acronyms ("USA", "OR", "DL"), not names.
  if (word.length <= 3 && isAllCaps(word)) return false;
  return true;
}

/**
 * "KIM Min-jun (KOR)", "LI Zhenyu (CHN)", "PARK Ji-ho (KOR)": a family name in capitals, written first
 * before a given name and a country code, which tell it from an acronym ("UIL Region") or a place word.
 */
function isFamilyNameFirst(tokens: Token[], i: number, text: string): boolean {
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  if (tok.text.length < 2 || !isAllCaps(tok.text) || !next) return false;
  if (next.start !== tok.end + 1 || !isCapitalised(next.text) || isAllCaps(next.text)) return false;
  return codeFollows(text, next.end);
}

/** "WANJIRU" → "Wanjiru"; mixed-case words are kept ("McLaughlin"). */
// "Park Min-ji": a family name that is also a common word, before a Korean given name in two parts.
const isGivenNameAfterFamily = (next: Token | undefined, end: number): boolean =>
  next !== undefined && next.start === end + 1 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(next.text);
const titleCase = (word: string): string => (word.length > 3 && isAllCaps(word) ? titleCased(word) : word);

/**
 * Where a dashed word inside a run joins two names ("Ruiz-Tom" in "Ana Ruiz-Tom
 * Hale"): the dash, when both sides are capitalised and a name word follows; else -1.
 * A double-barrelled surname ends its run ("McLaughlin-Levrone"), so it is never cut.
 */
function pairCut(word: string, next: Token | undefined, end: number, text: string): number {
  const cut = word.indexOf('-');
  if (cut <= 0 || word.indexOf('-', cut + 1) >= 0 || next === undefined) return -1;
  if (next.start !== end + 1 || text.charCodeAt(end) !== 32) return -1;
  const after = withoutPossessive(next.text, false);
  if (!isCapitalised(after) || !isNameWord(after)) return -1;
  return isCapitalised(word.slice(0, cut)) && isCapitalised(word.slice(cut + 1)) ? cut : -1;
}

// "the 41st Cross Internacional de Valdehierro": a run that opens on a meeting's word.
const opensOnMeetingWord = (run: NameRun): boolean =>
  run.words.length >= 2 && MEETING_OPENER.test(run.words[0] ?? '');
