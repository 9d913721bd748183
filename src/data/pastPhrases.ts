/** Past phrases in a clause: the previous edition, appositions on past results, comparisons with a past race. */

// "finished third in the event at last year's state meet", "who won the title here last year": the
// same race a year earlier. So is the one a runner "won last year's edition" of.
const PAST_EDITION_GATE = /last|previous|ago|years\s+(?:earlier|before)/i;
const PAST_EDITION =
  /\b(?:at|in|during|won|wins|winning|took|claimed)\s+(?:the\s+)?(?:last|previous)\s+(?:year|season|summer|spring|winter)['’]s\s+(?:[\w-]+\s+){0,3}?(?:meet|meeting|race|edition|event|final|championships?|nationals|trials|games|title|crown)\b|(?<!\b(?:since|than|from)\s)\blast\s+(?:year|season)\b(?!['’])|\bhere\b[^,;]{1,40}?\blast\s+summer\b|\b(?:a|one|two|three|twelve|\d{1,2})\s+(?:years?|months)\s+ago\b|\b(?:four|five|six|eight)\s+years\s+ago\b|\b(?:two|three|four|\d)\s+years\s+(?:earlier|before)\b(?!\s+(?:that|than))/i;

// "Okoro, the silver medallist two years ago in Mauritius, crossed the line second": a past race told
// in an apposition leaves the clause's own facts in the race in hand.
/** Whether a clause tells its facts of the race in hand's previous edition. */
export function isPastEdition(clauseText: string): boolean {
  // Every match says "last", "previous", "ago" or "years earlier"; most clauses say none.
  if (!PAST_EDITION_GATE.test(clauseText)) return false;
  const m = PAST_EDITION.exec(withoutPastComparisons(clauseText));
  if (!m) return false;
  const opened = clauseText.lastIndexOf(',', m.index);
  const closed = clauseText.indexOf(',', m.index + m[0].length);
  // (An apposition may run to the clause's end: "finished fourth, the same position she occupied two
  // years ago" before ", after fading".)
  return !(
    opened >= 0 &&
    (closed >= 0 || !clauseText.includes(';', m.index)) &&
    /^,\s*(?:the|a|an|runner-up|winner|champion|(?:second|third|fourth|fifth|sixth)(?:-placed)?)\s/i.test(
      clauseText.slice(opened),
    )
  );
}

// ", runner-up on Fifth Avenue two years ago,", ", fourth at the last Games,", ", eleventh in the 2036
// Olympic final,": an apposition that tells a past result (", the women's race finished twenty minutes ago:" is today's).
const PAST_APPOSITION =
  /,\s*(?:the|a|an|runner-up|winner|champion|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))(?:-placed)?)\s[^,;]*?\b(?:(?<!\b(?:minutes?|seconds?|moments?|an hour)\s)ago|last (?:year|season)|(?:at|in) the last (?:[\w-]+ ){0,3}?(?:Games|Olympics|edition|championships|Worlds)|in (?:the )?(?:19|20)\d\d|previous(?:ly)?)\b[^,;]*(?:,|$)/gi;

/** The stretches of a clause's appositions on past results, commas included; `clauseText` starts at `from`. */
export function pastAppositionSpans(clauseText: string, from: number): { start: number; end: number }[] {
  if (!clauseText.includes(',')) return [];
  return [...clauseText.matchAll(PAST_APPOSITION)].map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
}

/** Whether a race phrase at `at` stands in a sentence's apposition on a past result (", eleventh in the 2036 Olympic final,"). */
export function inPastApposition(
  text: string,
  s: { start: number; end: number },
  at: { start: number },
): boolean {
  return pastAppositionSpans(text.slice(s.start, s.end), s.start).some(
    (p) => at.start > p.start && at.start < p.end,
  );
}

// "went one better than last year to win", "faster than a year ago": a comparison with a past race,
// which tells no past of its own.
const THAN_PAST =
  /\bthan\s+(?:(?:she|he|they|it)\s+(?:did|was|were|had)\s+)?(?:last (?:year|season|time|summer)|(?:a|one|two|three) years? (?:ago|earlier|before)|twelve months (?:ago|earlier|before)|(?:in|at)\s+(?:19|20)\d\d)\b/gi;

// "buried the ghosts of two years ago when he won the final": a past that the race in hand answers.
const GHOSTS_OF_PAST =
  /\b(?:ghosts?|demons|memories|memory|nightmares?|heartbreak|disappointment)\s+of\s+(?:a|one|two|three|four|five|\d{1,2})\s+years?\s+ago\b/gi;

/** A clause's comparisons with a past race blanked out (same length), for tests of its tense. */
export function withoutPastComparisons(clauseText: string): string {
  const compared = clauseText.includes('than')
    ? clauseText.replace(THAN_PAST, (m) => ' '.repeat(m.length))
    : clauseText;
  return compared.includes(' of ') ? compared.replace(GHOSTS_OF_PAST, (m) => ' '.repeat(m.length)) : compared;
}

/** A clause with its appositions on past results and its comparisons with a past race blanked out (same length), for tests of its tense. */
export function withoutPastAppositions(clauseText: string): string {
  const compared = withoutPastComparisons(clauseText);
  return compared.includes(',') ? compared.replace(PAST_APPOSITION, (m) => ' '.repeat(m.length)) : compared;
}
