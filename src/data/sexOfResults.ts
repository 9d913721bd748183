/**
 * "… won, while the Frenchman Ait-Bensaïd was third": the sex a race's result sentences tell of its
 * runners, for a race first told without its sex.
 */
import type { SourceSpan } from './types';
import type { ArticleFacts } from './articleFacts';

// "he", "his", "the Frenchman" and "she", "her", "the Frenchwoman".
const TOLD_SEX =
  /\b(?:(he|his|him|himself|(?:French|English|Irish|Dutch|Welsh|Scots|Cornish|Manx|country)man)|she|her|hers|herself|(?:French|English|Irish|Dutch|Welsh|Scots|Cornish|Manx|country)woman)\b/g;

/** The sex the sentences of a race's results tell of their runners, when they tell only one. */
export function sexOfResults(facts: ArticleFacts, frame: number): 'men' | 'women' | null {
  let men = 0;
  let women = 0;
  let last = -1;
  for (const r of facts.results) {
    if (r.frame !== frame || r.source.start === last) continue;
    last = r.source.start;
    for (const m of r.source.quote.matchAll(TOLD_SEX)) {
      if (m[1]) men++;
      else women++;
    }
  }
  return men > 0 && women === 0 ? 'men' : women > 0 && men === 0 ? 'women' : null;
}

/**
 * "Powell-Morrison … ran 9.87 to take the title … In the women's 100m final, …": a race of the day
 * told without its sex, whose placed runners the report has called "he" (and none "she"), is the
 * men's, so a women's race named later is another race.
 */
export function sexOfRunners(
  facts: ArticleFacts,
  event: string | null,
  sexes: ReadonlyMap<string, 'm' | 'f'> | undefined,
): void {
  if (!sexes || sexes.size === 0 || event === null) return;
  for (const f of facts.frames) {
    if (f.sex || f.historical || f.event?.value !== event) continue;
    const told = new Set<'m' | 'f'>();
    const sources: SourceSpan[] = [];
    for (const r of facts.results) {
      const sex = r.frame === f.index ? sexes.get(r.athleteId) : undefined;
      if (sex) {
        told.add(sex);
        sources.push(r.source);
      }
    }
    if (told.size === 1) f.sex = { value: told.has('m') ? 'men' : 'women', sources };
  }
}
