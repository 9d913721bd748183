import type { PreparedArticle } from './prepareArticle';
import { insideQuote } from './findQuotes';
import { PeopleIndex } from './peopleIndex';

/**
 * First pass over the corpus: every full name written outside headlines and quotes (two-word
 * names first, then three-word ones that do not contain a known name), with the country written
 * just before it ("Norway's Jakob …"), so the second pass can resolve surnames and epithets.
 */
export function collectPeople(prepared: readonly PreparedArticle[]): PeopleIndex {
  const people = new PeopleIndex();
  const later: { words: string[] }[] = [];
  for (const { article: a, quotes, sentences, runs, lists } of prepared) {
    for (const [si, s] of sentences.entries()) {
      for (const e of lists[si] ?? []) people.add(e.name);
      if (s.headline) continue;
      for (const run of runs[si] ?? []) {
        const core = run.words.filter((w) => /^\p{Lu}/u.test(w)).length;
        if (insideQuote(quotes, run.start, run.end) || run.words.length < 2 || core > 3) continue;
        if (core === 3) later.push({ words: run.words });
        else {
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
  for (const { words } of later) {
    if (people.idOf(words.slice(0, 2)) || people.idOf(words.slice(1))) continue;
    people.add(words);
  }
  return people;
}
