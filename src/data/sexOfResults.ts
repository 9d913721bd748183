/**
 * "… won, while the Frenchman Ait-Bensaïd was third": the sex a race's result sentences tell of its
 * runners, for a race first told without its sex.
 */
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
