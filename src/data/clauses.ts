import { leadingCharCode, mayLeadWith } from './leadingCharCode';
import { countryCodeOf } from './lexicon/countries';

/** A clause of a sentence: offsets into the article text. */
export interface Clause {
  start: number;
  end: number;
}

// Where one reported result ends and the next begins: "…, while Okoro claimed bronze",
// "…, with Diaz claiming third", "Y second in 9.81 and Z third", "…; Moss was 10th",
// "… second and his compatriot Z third", "… second, and sophomore Z was third" (or "defending champion Z",
// "the 2034 champion Z", "the young Z"),
// "a distant but delighted third" is one place, not two clauses. "… ran shoulder to shoulder before
// Limo kicked to win": the runner named after "before" is the subject of what follows.
// "the Ethiopian won … in 12:51.20, the Briton was second in 12:51.34": an epithet opens a clause too,
// as in "… to win in 7:38.90, the Ethiopian settling for silver in 7:39.15", with the name after it:
// "Mekonnen won in 3:57.12, the Kenyan Purity Chebet was third".
// "He won in 20.01, Britain's Tarik Osei-Mensah squeezed through for second", "…, Ellis-Bonner was second",
// "…, Ferrante scraped through in third" ("… while everyone else tied up, and won" is one: no runner),
// "I have followed him since he was a boy, so forgive me if …" (a history, then the race in hand),
// "Reece-Powell, the American who beat her last season, took the first semifinal": the relative
// clause of an apposition is cut out too, so its past is not the main clause's.
// "on Saturday, July 27 and Sunday, July 28, in 46.31" is one clause. "…, and the other Spaniard in
// the final, Mario Bustamante, was fourth": a runner named in an apposition opens a clause, with or
// without the comma ("took bronze in 55.96 and the local athlete, the Ecuadorian Jessenia Quiñónez, was fourth").
// "both won, Dereje Kebede breaking the tape in 27:41 and Rono taking the women's race in 30:52", "second in 59:55 with Z third". ", with a time of 27:14" and ", with 27:14" go on with the same subject.
// "fourth in the second semi-final in 10.14, a race in which the defending champion pulled up": what
// happened in that race has its own subject (so with no comma: "to win a race in which X was second").
// "He had looked anything but a champion, finishing fourth" is one. "… wins in 7:28.31, and a year ago people
// were writing him off": a clause of another year, with its own subject.
// "… gold after compatriot Daichi Morioka was beaten into second": a clause of its own subject.
// "… running 14:48, and in the women's race our very own Sorcha won": the other race's own clause.
// "after passing the Rock and Roll Hall of Fame and won …": a landmark's name holds its own "and".
// "At the Bislett Games in Oslo on 12 June, O'Rourke finished fifth": an opening "At …" is no clause.
// "Bellandi nearly lost his voice for the home athlete: Ludovica Esposito-Rinaldi came through for
// third": a colon before a named runner's own verb opens a clause (after prose, with a country's: "…
// seen across the infield: Brazil's Caio Nascimento won it"; "was third place: Takahashi crossed the
// line in 2:05:12" tells the place of the runner after it), as does one before an epithet's
// ("… called the race for Lemma, and he was right: the 25-year-old broke away").
// Every joint starts with ";", "," or white space and one of a few words. The lookahead in front
// says so to the regex engine, which then fails at once almost everywhere instead of trying every
// alternative there (splitting runs two to three times faster).
const BOUNDARY =
  /(?=[;,]|:\s|\s+(?:-|w(?:ho\s|hile|hereas|ith)|a(?:s|nd|fter)|b(?:ut|efore)|until|in\s+which))(?:;|(?<!,\s*a\s+(?:race|final|heat|semi-?final))\s+(?=in\s+which\s+(?:the\s+\p{Ll}+\s+)?\p{Lu}\p{Ll})|\s+-\s+(?!\d)|(?<!\b(?:place|position|spot|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|gold|silver|bronze|winner|runner-up|medal|podium)):\s+(?=(?:(?<=\s\p{Ll}+:\s)\p{Lu}\p{Ll}+['’]s\s+)?\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}[\p{Ll}'’]+){1,3}\s+(?:\p{Ll}+ed|won|ran|took|came|went|was)\b|the\s+(?:\d{1,2}-year-old|\p{Lu}\p{Ll}+)\s+(?:\p{Ll}+ed|won|ran|took|came|went|broke)\b)|,\s*(?=(?:\d[\d:.]*\d\s+for\s|while|whereas|with(?!\s+(?:(?:a|an|his|her|their)\s+(?:\p{L}+\s+){0,2}?(?:time|clocking|mark|best|lap|split|kick|record)\b|\d))|but(?!\s+(?:that|it)\s+(?:was|proved)\s)|as|ahead of|followed by|before|after|behind|leaving|pushing|dragging|towing|relegating|edging|beating|defeating|just ahead|just behind|who|whose|which|a\s+(?:race|final|heat|semi-?final)\s+(?:in\s+which|where)|so(?!\s+(?:far|much|many|that|too|close|long)\b)|and\s+(?:the|another)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}-]+,\s+(?:\d{1,2}-year-old\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|and then|and\s+in\s+the\s+(?:men|women|boys|girls)['’]s?\s|and\s+(?:this|that|there)\s+(?:is|was|were)\b|and\s+(?:(?:a|one|two|three|four|five|\d{1,2})\s+(?:years?|seasons?)\s+ago|last\s+(?:year|season)),?\s+(?:\p{Lu}|(?:he|she|they|it|we|people|the|his|her|their)\b)|and\s+(?:our|my|your)\s+(?:\p{Ll}+\s+){1,2}\p{Lu}\p{Ll}+|then(?!\s+(?:still|a|an|the|only|just|aged|already)\b)|and\s+(?:the\s+)?(?:(?:defending|reigning|former)\s+(?:\p{Ll}+\s+)?champion\s+)?(?!(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:graduate|alumnus|alumna|native|product)\b)\p{Lu}|the\s+\p{Lu}\p{Ll}+\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,3}(?:was|finished|came|placed|ended|clocked|settling|taking|finishing|claiming|clocking|crossing|coming|holding)\s|(?<!^\W*At\s[^,;]*, )(?:\p{Lu}\p{Ll}+['’]s\s+)?(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?\s+(?:was|took|claimed|finished|came|placed|ended|clocked|ran|squeezed|scraped|sneaked|squeaked|snatched|grabbed|edged|held|trailed|hangs|holds|takes|comes|finishes|crosses|clocks|runs|wins|grabs|snatches|followed|crossed|breaking|taking|winning|finishing|clocking|crossing|claiming|edging|(?:(?:a|an)\s+(?:\p{Ll}+\s+){0,2})?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|bronze|silver)(?:\s+medall?ist)?\s+(?:in|with)))\b)|\s+(?=who\s)(?<=,\s*(?:the|a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)|\s+(?:while|whereas)\s+(?!(?:the\s+(?:race|field|pack|rest|pace|crowd|others|leaders|chasers)|everyone|everybody|nobody|others)\b)|(?<=\d)\s+with\s+(?=(?:the\s+)?\p{Lu}\p{Ll})|\s+as\s+(?=(?:the\s+)?\p{Lu})|\s+and\s+(?!(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:Half\s+)?(?:Marathon|Games|Championships|Classic|Relays|Invitational|Road\s+Race|10K|graduate|alumnus|alumna|native|product)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?<=\p{Lu}\p{Ll}*\sand\s)(?:\p{Lu}[\p{L}'-]*\s+){2,3}of\s+\p{Lu})(?=(?:the\s+(?:(?:young|veteran|experienced|teenage|unheralded)\s+)?|(?:his|her|their)\s+(?:compatriot|teammate|team-mate|countryman|countrywoman|training partner)\s+|(?:defending|reigning|former)\s+(?:\p{Ll}+\s+)?champion\s+|(?:the\s+)?(?:19|20)\d\d\s+(?:\p{Ll}+\s+)?champion\s+|(?:redshirt\s+)?(?:freshman|sophomore|junior|senior)\s+|(?:von|van|de|del|della|di|du|da|dos|der|den|ter)\s+(?:(?:der|den|la)\s+)?(?=\p{Lu}\p{Ll}))?(?:\p{Lu}\p{Ll}|\p{Lu}{2,}(?:['’]s)?\s+\p{Lu}\p{Ll}))|\s+and\s+(?=the\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*,\s+(?:the\s+\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+\s+\p{Lu})|(?=\s+but\s)(?<!\b(?:a|an)\s+\p{Ll}+|\b(?:anything|nothing|all|everything|none))\s+but\s+(?!(?:that|it)\s+(?:was|proved)\s)|\s+(?:before|until)\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+)?(?:,[^,.;]{2,50},)?\s+(?:\p{Ll}+ed|won|ran|took|came|went|struck|hit)\b)|\s+after\s+(?=(?:compatriot|team-?mate|countryman|countrywoman)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+){0,2}\s+(?:was|had)\s))/gu;

const WEEKDAY_END = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const MONTH_NEXT =
  /^,\s*(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const OPENING_BEFORE = /^\W*(?:After|Having)\s+\p{Ll}+ing\b[^,;:()]{3,80},/u;
const SAME = /\bsame(?:\s+[\p{L}-]+){1,3}$/u;

const WORD_THEN_LOWER = /^(\p{Lu}\p{Ll}+)\s+(?:since|by|of|through|from)\s/u;
function isNationalityAfter(slice: string, at: number): boolean {
  const word = WORD_THEN_LOWER.exec(slice.slice(at, at + 30))?.[1];
  return word !== undefined && countryCodeOf(word) !== null;
}

/** Splits a sentence into clauses at the joints where reports move from one athlete to the next. */
export function splitClauses(text: string, start: number, end: number): Clause[] {
  const slice = text.slice(start, end);
  const out: Clause[] = [];
  let at = 0;
  const push = (c: Clause): void => pushCut(text, c, out);
  // "After finishing second in this race last year by two hundredths, the 27-year-old waited …": an
  // opening phrase on what came before is a clause of its own.
  const opener = OPENING_BEFORE.exec(slice);
  if (opener) {
    at = opener[0].length;
    push({ start, end: start + at - 1 }); // (without its comma)
  }
  BOUNDARY.lastIndex = at;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    // "drawn in the same heat as Ruiz": a comparison, not a new clause.
    if (/^\s+as\s/.test(m[0]) && SAME.test(slice.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "Moroccan of birth and Spanish since 2026": a nationality told in an apposition, not a new runner.
    if (/^\s+and\s+$/.test(m[0]) && isNationalityAfter(slice, m.index + m[0].length)) continue;
    if (m.index > at) push({ start: start + at, end: start + m.index });
    at = m.index + m[0].length;
  }
  if (at < slice.length) push({ start: start + at, end });
  return out;
}

// "…, who had already won the European title in Rome in June, came past Hassan …": a relative
// clause ends at its closing comma (not the comma of "1,600"), and what follows is the main clause
// again. Pushes the clause, or its two parts, onto `out`.
function pushCut(text: string, c: Clause, out: Clause[]): void {
  if (
    !mayLeadWith(leadingCharCode(text, c.start, c.start + 8), 'w') ||
    !/^\s*(?:who|which|whose)\b/i.test(text.slice(c.start, c.start + 8))
  ) {
    out.push(c);
    return;
  }
  // The comma of "1,600" is not the clause's end, nor the one before a time set off in it ("who had
  // clocked the fastest time the night before, 11.21, came back …"), nor a weekday's before its date
  // ("who beat Koros … on Saturday, February 12, crossing …").
  let comma = text.indexOf(',', c.start);
  while (
    comma >= 0 &&
    comma < c.end - 2 &&
    (/\d/.test(text[comma + 1] ?? '') ||
      /^,\s*\d[\d:.]*\d\s*,/.test(text.slice(comma, comma + 16)) ||
      (WEEKDAY_END.test(text.slice(comma - 10, comma)) && MONTH_NEXT.test(text.slice(comma, comma + 14))))
  )
    comma = text.indexOf(',', comma + 1);
  if (comma < 0 || comma >= c.end - 2) out.push(c);
  else out.push({ start: c.start, end: comma }, { start: comma + 1, end: c.end });
}
