import type { Article } from './types';
import { normalizeText } from './normalizeText';
import { splitSentences } from './splitSentences';
import { findNameRuns } from './findNameRuns';
import { findQuotes, insideQuote } from './findQuotes';
import { readResultsLine } from './resultsList';
import { PeopleIndex } from './peopleIndex';

/**
 * First pass over the corpus: every full name written outside headlines and quotes (two-word
 * names first, then three-word ones that do not contain a known name), with the country written
 * just before it ("Norway's Jakob …"), so the second pass can resolve surnames and epithets.
 */
export function collectPeople(articles: readonly Article[]): PeopleIndex {
  const people = new PeopleIndex();
  const later: { words: string[] }[] = [];
  for (const a of articles) {
    const text = normalizeText(a.text);
    const quotes = findQuotes(text);
    for (const s of splitSentences(text)) {
      for (const e of readResultsLine(text, s.start, s.end)) people.add(e.name);
      if (s.headline) continue;
      for (const run of findNameRuns(text, s.start, s.end)) {
        const core = run.words.filter((w) => /^\p{Lu}/u.test(w)).length;
        if (insideQuote(quotes, run.start, run.end) || run.words.length < 2 || core > 3) continue;
        if (core === 3) later.push({ words: run.words });
        else {
          const p = people.add(run.words);
          if (run.countryBefore && !p.country) p.country = { code: run.countryBefore.code, source: { article: a.name, start: s.start, end: s.end, quote: a.text.slice(s.start, s.end) } };
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
