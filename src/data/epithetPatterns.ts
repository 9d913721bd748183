/**
 * The patterns of epithets that stand for a runner: "the 23-year-old", "the Norwegian", "the
 * reigning champion", "the Yorkshirewoman", "The Hastings Harriers runner". findMentions reads them.
 */
import { DEMONYM_WORDS } from './lexicon/countries';

// "the Kenyan federation", "the senior men's race": a demonym or a rank before these nouns is no person.
// "the Japanese pair" is two.
const NOT_A_PERSON_AFTER =
  "(?!\\s+(?:pair|duo|trio|quartet|contingent|runners|athletes|capital|crowd|city|fans|federation|team|public|press|media|side|record|championships|open|national|athletics|government|league|squad|camp|coach|flag|anthem|people|title|(?:men|women|boys|girls)['’]?s?|races?|ranks|level|category|division|events?|republic|Republic)\\b)";
// Demonyms only: "the Norwegian" is a runner, "the Netherlands" a place.
export const DEMONYM_ALT = DEMONYM_WORDS.filter((w) => /^[a-z]/.test(w) && !/\s/.test(w)).join('|');
// "the 23-year-old", "the Norwegian", "the reigning champion", "the Lincoln-Way East senior",
// "The 2025 Centerville High graduate". ("Translated from the Spanish" is a language; "the best of the
// Irish" a team.)
export const EPITHET = new RegExp(
  `(?<![Tt]ranslated\\s+from\\s+|\\b(?:best|first|fastest|top|rest|pick)\\s+of\\s+)\\b[Tt]he\\s+(?:(\\d{1,2})-year-old|(${DEMONYM_ALT})(?:\\s+(?:runner|star|athlete|sprinter|miler|middle-distance runner|distance runner|hurdler|youngster|teenager|veteran|champion|favourite|favorite|hope|international))?|((?:reigning|defending|newly[- ]crowned|new|former|current)\\s+)?(?:(Olympic|world|World|European)\\s+)?(champion|Champion|titleholder|title holder)|(?:\\d{4}\\s+(?:\\p{Lu}[\\p{L}&.-]+\\s+){1,3}|\\p{Lu}[\\p{L}&.-]+\\s+|(?:gold|silver|bronze|world|Olympic)\\s+)?(junior|senior|freshman|sophomore|youngster|teenager|veteran|Olympian|medallist|medalist|record holder|record-holder|favourite|favorite|graduate|alumna|alumnus|winner))\\b${NOT_A_PERSON_AFTER}`,
  'iuy',
);

// "the Yorkshirewoman", "the Lancastrian": a regional epithet, resolved like a title. "The Hastings
// Harriers runner", "the Penn State miler", "The Iowa State junior", "the athlete from Tolosa": a
// club's, a school's or a town's runner, resolved alike ("the lanky Racers Track Club sprinter" too);
// so is "the athlete of the Club Atletismo Playas", as translated copy writes it, and "The Kenya
// Defence Forces officer", a runner by the service that employs him.
export const REGIONAL = new RegExp(
  `\\b[Tt]he\\s+(?:(\\p{Lu}\\p{Ll}{3,}(?:man|ian)(?:-\\p{Lu}\\p{Ll}{3,})?)(?![\\p{L}-])|(?:\\p{Ll}{3,}\\s+)?(?:\\p{Lu}[\\p{L}&.'’-]*\\s+){1,3}(runner|athlete|sprinter|miler|hurdler|star|junior|senior|sophomore|freshman|officer|corporal|sergeant|soldier|policeman|policewoman)(?![\\p{L}-])(?:\\s+and\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?:graduate|alumnus|alumna|native|product)\\b)?|(runner|athlete|sprinter|miler|hurdler)\\s+(?:from\\s+|of\\s+the\\s+(?=Club\\s))\\p{Lu}[\\p{L}'’-]+)${NOT_A_PERSON_AFTER}`,
  'gu',
);
