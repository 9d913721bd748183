import type { PreparedArticle } from './prepareArticle';
import { insideQuote } from './findQuotes';
import type { Sentence } from './splitSentences';
import type { NameRun } from './findNameRuns';
import { PARTICLES } from './nameParticles';
import type { ListEntry } from './resultsList';
import { isInitial, isParticleFirst, isPlainWord, PeopleIndex } from './peopleIndex';
import { datelinePlaces } from './nameRunAsides';
import { leadingCharCode, mayLeadWith } from './leadingCharCode';
import { addHeadedNames, capitalisedWords, GAELIC_PARTICLES, headingNames } from './headingNames';

const ROLE_AFTER =
  /^\s+(?:athlete|runner|sprinter|hurdler|miler|steeplechaser|star|native|youngster|teenager|pupil|student|graduate|product)\b/;

// "the Box Hill Athletic Club product", "Belgrave Harriers", "Helm Hill Runners", "Kirkbie Kendal
// School": a club's or a school's name, not a person's. ("Okafor-Brooks and Kemar Anthony Whyte meet
// again": the verb.)
// "Paloma Mizuho Stadium": a venue's name. "the Kamila Skolimowska Memorial", "the Ilkley Moor Fell
// Race", "the Midstate Conference Championships", "the Harwood Twilight meet": a meeting's. "Port
// Ellery High" and "Red Butte State": schools. "Airedale General Hospital", "Prince Henry's Grammar School": a workplace's.
const CLUB_AFTER =
  /^\s+(?:Athletics?\s+Club|Athletic|Harriers|Striders|Track\s+Club|Running\s+Club|Road\s+Runners|Runners|AC|TC|RC|School|College|Academy|Stadium|Arena|Park|Field|Oval|Bowl|Dome|Centre|Center|Memorial|Invitational|Race|Run|Relays?|Hospital|Grammar|University|High|Championships|Classic|Games|Grand\s+Prix|State|Meet|meet(?!\s+(?:again|for\s+the|each|up)\b))\b/;
// "beneath the Brandenburg Gate", "along the Victoria Embankment", "on the Swan River foreshore": a landmark on a course, not a person;
// "at Airedale General Hospital": a workplace; "outside the Nagoya Dome", "at the Ngong Racecourse": a venue; "a Ballymena United
// flag": a football club.
const LANDMARK: ReadonlySet<string> = new Set(
  'Gate Bridge River Canal Harbour Harbor Quay Pier Waterfront Foreshore Tower Square Palace Garden Gardens Cathedral Castle Hall Street Avenue Road Boulevard Drive Lane Parkway Promenade Esplanade Embankment Mall Arch Column Monument Museum Library Church Abbey Hospital Oval Dome Stadium Arena Coliseum Velodrome Racecourse Racetrack Showground Showgrounds Fieldhouse Centre Center United Rovers Wanderers Albion Hotspur'.split(
    ' ',
  ),
);
// "at the Estádio Nacional", "the Stadio Olimpico": a venue named first by its kind, in its language.
const VENUE_FIRST: ReadonlySet<string> = new Set(
  'Estádio Estadio Stadio Stade Stadion Stadium Arena Palais Palacio Palazzo Parc Parque Parco Velodrome Hipódromo'.split(
    ' ',
  ),
);
// "around Hagley Park", "at Parliament Hill": a place, where a name ends in a word that is both a
// surname and a place noun and a preposition of place comes right before it.
const PLACE_NOUN_SURNAME: ReadonlySet<string> = new Set([
  'Park',
  'Field',
  'Hill',
  'Street',
  'Hall',
  'Church',
  'Cross',
]);
const PLACE_PREPOSITION =
  /\b(?:around|round|at|in|on|through|along|across|near|beside|inside|outside|into|past)\s+$/i;
const isPlaceAfterPreposition = (run: NameRun, before: string): boolean =>
  PLACE_NOUN_SURNAME.has(run.words[run.words.length - 1] ?? '') && PLACE_PREPOSITION.test(before);
// "Christchurch Avon's Callum Ferriday", "Auckland City's Jonah Lam": a club's or a town's possessive
// set right before a runner's full name, not a person.
const isClubBeforeName = (text: string, run: NameRun, next: NameRun | undefined): boolean =>
  run.possessive &&
  run.words.length >= 2 &&
  next !== undefined &&
  next.words.length >= 2 &&
  next.start - run.end <= 4 &&
  /^['’]s?\s+$/.test(text.slice(run.end, next.start));
// "Tyler Brandt of Front Range", "Owen Fetters of Montana Plains": a school or club after a runner's
// full name and "of", not a person; so is "Siobhán Rourke (Dundrum South Dublin)" in brackets.
const isAffiliationAfterName = (text: string, prev: NameRun | undefined, run: NameRun): boolean =>
  prev !== undefined &&
  prev.words.length >= 2 &&
  run.start - prev.end <= 8 &&
  /^\s+(?:of\s+(?:the\s+)?|\()$/.test(text.slice(prev.end, run.start));
// "the Memorial Van Damme", "the Golden Gala Pietro Mennea": a meeting named for a person, not a runner.
const MEETING_BEFORE = /\bMemorial\s+$|\bGala[ \t]+$/;

/**
 * False when MEETING_BEFORE cannot match before `start`: "Memorial" ends in an "l" and "Gala" in an
 * "a", then white space. ASCII is read by code; any other character is left to the regex.
 */
function mayFollowMemorial(text: string, start: number): boolean {
  let i = start - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    if (c !== 32 && (c < 9 || c > 13)) break;
  }
  return i < start - 1 && (i < 0 || text.charCodeAt(i) === 108 || text.charCodeAt(i) === 97);
}

// "Stow-Munroe Falls senior Hannah Petrakis", "Hudson coach Mark Feeney": a school, club or town
// that a runner's class or role, and then a name, follow.
const AFFILIATION_AFTER =
  /^\s+(?:redshirt\s+)?(?:freshman|sophomore|junior|senior|graduate|coach|head\s+coach|captain|standout|alum|product|athlete|runner)\s+\p{Lu}/u;

/**
 * False when CLUB_AFTER cannot match at `end`: its club, venue and meeting words all start with A,
 * B, C, D, F, G, H, I, M, O, P, R, S, T, U or m after white space, so a run followed by anything else (most are: "Ruiz won",
 * "Ruiz,") is passed over without the regex. ASCII is read by code; any other character is left to the regex.
 */
function mayNameClubAfter(text: string, end: number): boolean {
  let i = end;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    if (c !== 32 && (c < 9 || c > 13)) break;
  }
  if (i === end) return false;
  const c = text.charCodeAt(i);
  // A, H, S, T, R, P, F, O, B, D, C, M, I, G, U, m.
  return (
    c === 109 ||
    c === 71 ||
    c === 85 ||
    c === 77 ||
    c === 73 ||
    c === 65 ||
    c === 72 ||
    c === 83 ||
    c === 84 ||
    c === 82 ||
    c === 80 ||
    c === 70 ||
    c === 79 ||
    c === 66 ||
    c === 68 ||
    c === 67 ||
    Number.isNaN(c)
  );
}

// "The 24-year-old from Bayer Leverkusen", "Finn Hasselbach from LG Stadtwerke München", "the
// sophomore from Overland Park": where a runner comes from (a club, a town, a school), not a person.
const ORIGIN_BEFORE =
  /(?:year-old|sophomore|junior|senior|freshman|native|sprinter|runner|hurdler|athlete|\p{Lu}\p{Ll}+)\s+from\s+(?:\p{Lu}{1,4}\s+)?$/u;

// "the Madrilenian", "the Valencian", "the Catalan": a word for where a runner is from, told before the name.
const REGION_BEFORE_NAME = /\bthe\s+\p{Lu}\p{Ll}{3,}(?:ian|ean|an|ese|ish)$/u;

/**
 * First pass over the corpus: every full name written outside headlines and quotes (two-word
 * names first, then three-word ones that do not contain a known name), with the country written
 * just before it ("Norway's Jakob …"), so the second pass can resolve surnames and epithets. A run
 * that a club word follows anywhere ("Box Hill Athletic Club") names the club, there and elsewhere.
 */
export function collectPeople(prepared: readonly PreparedArticle[]): PeopleIndex {
  const people = new PeopleIndex();
  const later: { words: string[] }[] = [];
  const clubs = new Set<string>();
  // "María José Etxeberria Olano … nobody has called her María José": her given names, not another runner.
  const givenNames = new Set<string>();
  // Names in headlines, added last: "Tsion Abebe leaves coach" over "Tsion Abebe Wolde, the reigning
  // world champion, …" is her name shortened, not another runner.
  const headed: string[][] = [];
  // (Indexed loops: this runs once over the whole corpus, often before it is optimised, where each
  // for-of would make an iterator per sentence.)
  for (const { article: a, runs, sentences } of prepared)
    for (let si = 0; si < runs.length; si++) {
      const headline = sentences[si]?.headline === true;
      const sentenceRuns = runs[si] as NameRun[];
      for (let ri = 0; ri < sentenceRuns.length; ri++) {
        const run = sentenceRuns[ri] as NameRun;
        if (
          (mayNameClubAfter(a.text, run.end) && CLUB_AFTER.test(a.text.slice(run.end, run.end + 24))) ||
          (mayFollowMemorial(a.text, run.start) &&
            MEETING_BEFORE.test(a.text.slice(Math.max(0, run.start - 12), run.start))) ||
          (mayLeadWith(leadingCharCode(a.text, run.end, run.end + 30), 'rfsjgchap') &&
            AFFILIATION_AFTER.test(a.text.slice(run.end, run.end + 30))) ||
          // "Matyáš Kolář (TJ Sokol Kolín)": a club in brackets after its initials.
          /\(\p{Lu}{2,4}\s$/u.test(a.text.slice(Math.max(0, run.start - 6), run.start))
        )
          clubs.add(run.words.join(' '));
        // (Not in a headline: "THE YEAR NADIA OKEKE STOPPED WAITING" names her and two verbs.)
        if (!headline && run.words.length === 4 && run.words.every(isPlainWord))
          givenNames.add(run.words.slice(0, 2).join(' '));
      }
    }
  for (const { article: a, quotes, sentences, runs, lists } of prepared) {
    // "Leticia Ferreira Mota … Ferreira Mota's front-running", "Adrián Gómez de la Torre … Gómez de
    // la Torre": a double surname written after the full name is that runner, not another name.
    const surnamesOfThree = new Set<string>();
    const datelines = datelinePlaces(a.text);
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si] as Sentence;
      // "T Wondimu" is added later only when no full name of the articles has that initial.
      const entries = lists[si] ?? [];
      for (let ei = 0; ei < entries.length; ei++) {
        const e = entries[ei] as ListEntry;
        if (e.surnameOnly || isInitial(e.name[0])) continue;
        // ("Ruth Alemayehu Gebre …", then "Result: … 2 Alemayehu Gebre (ETH) 8:53.10": her surnames.)
        if (surnamesOfThree.has(e.name.join(' '))) continue;
        people.add(e.name);
        // ("5. Emmanuel Osei Boateng (GHA) 9.94", then "Osei Boateng got through": his surname.)
        if (capitalisedWords(e.name) === 3) surnamesOfThree.add(e.name.slice(1).join(' '));
      }
      if (s.headline) {
        for (const run of headingNames(a.text, s, runs[si] ?? []))
          if (!clubs.has(run.words.join(' '))) headed.push(run.words);
        continue;
      }
      const sentenceRuns = runs[si] ?? [];
      for (let ri = 0; ri < sentenceRuns.length; ri++) {
        const run = sentenceRuns[ri] as NameRun;
        if (run.words.length < 2) continue;
        const core = capitalisedWords(run.words);
        // ("Oisín Mac Giolla Phádraig": an Irish surname of three words after its particle.)
        if (core > 4 || insideQuote(quotes, run.start, run.end)) continue;
        if (datelines.size > 0 && datelines.has(run.words.join(' ').toLowerCase())) continue;
        // "the Galician María José Outeiro Lamas": two given names and two surnames, kept for last.
        // ("Walsh of De La Salle Waterford" is a school; in "ahead of Juan Luis Perez Soto", "of" after a
        // word in lower case is no school's.)
        if (VENUE_FIRST.has(run.words[0] ?? '')) continue;
        if (core === 4 && !GAELIC_PARTICLES.has(run.words[1] ?? '')) {
          const school =
            isParticleFirst(run.words[0]) ||
            /(?:\p{Lu}[\p{L}'’.-]*\s+of|\b(?:from|at))\s+$/u.test(
              a.text.slice(Math.max(0, run.start - 30), run.start),
            );
          // ("María José Echeverri de Ávila", "João Victor dos Santos Oliveira": with their particles.)
          // "the Madrilenian Daniel de la Cruz Montes": where he is from, then his name.
          // ("… dos Santos Ferreira was runner-up": the surnames after the particle, written alone later.)
          const particle = run.words.findIndex((w, i) => i >= 2 && (PARTICLES.has(w) || isParticleFirst(w)));
          // ("María Fernanda Ochoa de la Garza", then "Ochoa de la Garza": both surnames, written alone.)
          if (!school && particle > 0)
            surnamesOfThree
              .add(run.words.slice(particle).join(' '))
              .add(run.words.slice(particle + 1).join(' '))
              .add(run.words.slice(2).join(' '));
          if (!school)
            later.push({
              words: REGION_BEFORE_NAME.test(
                a.text.slice(Math.max(0, run.start - 6), run.start) + run.words[0],
              )
                ? run.words.slice(1)
                : run.words,
            });
          continue;
        }
        // "Cincinnati St. Xavier" is a school and "St. Louis" a city; "Devaughn St. Aubyn Clarke" is a
        // name, and "St. Aubyn Clarke" after it his surname.
        // ("Grenada's Jaden St. Bernard": a runner, named after a country.)
        const saint = run.words.indexOf('St.');
        if (saint === 0 || (saint === run.words.length - 2 && !run.countryBefore)) continue;
        if (clubs.size > 0 && clubs.has(run.words.join(' '))) continue;
        const before = a.text.slice(Math.max(0, run.start - 30), run.start);
        if (before.includes('from') && ORIGIN_BEFORE.test(before)) continue;
        // "The athlete of the Club Atletismo Valladolid": a club named after the word.
        if (/\bClube?\s+$/.test(before)) continue;
        // "the Elgeyo Marakwet athlete", "the Loughborough-based sprinter": where a runner is from;
        // "the former Harrogate Grammar pupil", where one went to school.
        // ("The Kenya Defence Forces athlete": a club after its country.)
        if (
          /\b[Tt]he\s+(?:former\s+)?(?:\p{Lu}\p{Ll}+\s+)?$/u.test(before) &&
          ROLE_AFTER.test(a.text.slice(run.end, run.end + 24))
        )
          continue;
        if (LANDMARK.has(run.words[run.words.length - 1] ?? '')) continue;
        // ("won the final on Sunday afternoon at Omnisport Apeldoorn in 6.58": where, not who.)
        if (
          isPlaceAfterPreposition(run, before) ||
          (/\bat\s+$/.test(before) && /^\s+in\s+\d/.test(a.text.slice(run.end, run.end + 8))) ||
          isClubBeforeName(a.text, run, sentenceRuns[ri + 1]) ||
          isAffiliationAfterName(a.text, sentenceRuns[ri - 1], run)
        )
          continue;
        // "the Dubliner Siobhán Rourke": a word for where she is from, then her name.
        if (core === 3 && /\bthe\s+$/.test(before) && !isParticleFirst(run.words[1]))
          people.add(run.words.slice(1));
        else if (surnamesOfThree.size > 0 && surnamesOfThree.has(run.words.join(' '))) continue;
        // "El Ouardi", "Van der Berghe" at the start of a sentence: a surname with its particle.
        // ("Ní Bhriain" before "Aoife Ní Bhriain": a Gaelic surname with its particle.)
        else if (core === 3 || isParticleFirst(run.words[0]) || GAELIC_PARTICLES.has(run.words[0] ?? '')) {
          later.push({ words: run.words });
          if (core === 3) surnamesOfThree.add(run.words.slice(1).join(' '));
        } else if (run.words.length !== 2 || !givenNames.has(run.words.join(' '))) {
          const p = people.add(run.words);
          if (run.countryBefore && !p.country)
            p.country = {
              code: run.countryBefore.code,
              source: { article: a.name, start: s.start, end: s.end, quote: a.text.slice(s.start, s.end) },
            };
        }
      }
    }
  }
  later.sort((a, b) => b.words.length - a.words.length);
  for (const { words } of later) {
    if (people.idOf(words.slice(0, 2)) || people.idOf(words.slice(1))) continue;
    // ("Mac Giolla Phádraig" after "Darragh Mac Giolla Phádraig": his surname.)
    if (people.withSurnameWords(words).length > 0) continue;
    if (words.length === 4 && (people.idOf(words.slice(0, 3)) || people.idOf(words.slice(2)))) continue;
    if (isParticleFirst(words[0]) && (people.idOf(words) || people.withParticleSurname(words).length > 0))
      continue;
    people.add(words);
  }
  addHeadedNames(people, headed);
  return people;
}
