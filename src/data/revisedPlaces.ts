/**
 * Places revised after a disqualification: "Hartnell-Brooks, who crossed the line third, is upgraded
 * to silver", "Carberry … moves up to bronze", "Al-Harbi is promoted from fifth to fourth". The new
 * place replaces whatever place the runner was told to have had in that race.
 */
import type { ArticleFacts } from './articleFacts';
import type { Clause } from './clauses';
import type { PlaceFact } from './findPlaces';
import type { Mention } from './findMentions';
import { subjectAt } from './attach';
import { MEDAL_PLACE, ORDINAL_PATTERN, ordinalValue } from './lexicon/numbers';

/** A revised place: where it is told, whose, and which. */
export interface RevisedPlace {
  at: number;
  athleteId: string;
  place: number;
}

// ("Achieng has moved up to fourth" at the bell is a moment of the race; "moves up to bronze" is a medal.)
// "moves up from fifth to fourth", "receives the bronze", "inherits silver": revised too.
const REVISED = new RegExp(
  `\\b(?:(?:upgraded|promoted|elevated)\\s+(?:from\\s+(?:${ORDINAL_PATTERN})\\s+)?to\\s+(?:the\\s+)?(gold|silver|bronze|${ORDINAL_PATTERN})|(?:moved|moves|moving|bumped|goes|went)\\s+up\\s+to\\s+(?:the\\s+)?(gold|silver|bronze)|(?:moved|moves|moving|goes|went)\\s+up\\s+from\\s+(?:${ORDINAL_PATTERN})\\s+to\\s+(${ORDINAL_PATTERN})|(?:receives|received|inherits|inherited)\\s+(?:the\\s+)?(gold|silver|bronze))\\b`,
  'gi',
);

/** The revised places of a clause. */
function revisedPlaces(text: string, clause: Clause, mentions: readonly Mention[]): RevisedPlace[] {
  const slice = text.slice(clause.start, clause.end);
  if (!/upgrad|promot|elevat|\bup\s+(?:to|from)\b|receiv|inherit/i.test(slice)) return [];
  const out: RevisedPlace[] = [];
  REVISED.lastIndex = 0;
  for (let m = REVISED.exec(slice); m; m = REVISED.exec(slice)) {
    const at = clause.start + m.index;
    // "X, fourth in Tokyo, would be promoted to third if the violation is confirmed": not revised yet.
    if (/\b(?:would|could|might)\s+(?:(?:then|now|also)\s+)?(?:be\s+)?$/.test(text.slice(clause.start, at)))
      continue;
    const word = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
    const place = MEDAL_PLACE[word] ?? ordinalValue(word);
    const who = subjectAt(text, clause, mentions, at);
    if (who?.id && place !== null && place > 0) out.push({ at, athleteId: who.id, place });
  }
  return out;
}

/** The places of a clause with its revised places in: a revised place replaces the runner's others. */
export function withRevisedPlaces(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
  places: PlaceFact[],
): PlaceFact[] {
  let out = places;
  for (const r of revisedPlaces(text, clause, mentions))
    out = [...out.filter((p) => p.athleteId !== r.athleteId), { ...r, medal: false, revised: true }];
  return out;
}

/** Drops the places told before of a runner in a race, which a revised place replaces. */
export function dropToldPlaces(facts: ArticleFacts, frame: number, athleteId: string): void {
  facts.results = facts.results.filter(
    (r) => !(r.frame === frame && r.athleteId === athleteId && r.field === 'place'),
  );
}
