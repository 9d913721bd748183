import type { Article } from './types';
import { normalizeText } from './normalizeText';
import { splitSentences, type Sentence } from './splitSentences';
import { findQuotes, type QuoteSpan } from './findQuotes';
import { withProseNameOrder } from './surnameFirstLists';
import { findNameRuns, type NameRun } from './findNameRuns';
import { readResultsLine, type ListEntry } from './resultsList';
import { withUnplacedLists } from './unplacedLists';
import { withColumnTables } from './columnTables';
import { withBracketedPlaces } from './bracketedPlaces';

/** An article read once into what both passes of the extractor need. */
export interface PreparedArticle {
  article: Article;
  /** The normalised text: same length and offsets as `article.text`. */
  text: string;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  /** Name runs of each sentence, by sentence index. */
  runs: NameRun[][];
  /** Results-list entries of each sentence that is a results line (else empty), by sentence index. */
  lists: ListEntry[][];
}

/** Normalises an article, splits it into sentences and finds its quotes, name runs and results lines, once. */
export function prepareArticle(article: Article): PreparedArticle {
  const text = normalizeText(article.text);
  const sentences = splitSentences(text);
  const runs = sentences.map((s) => findNameRuns(text, s.start, s.end));
  return {
    article,
    text,
    sentences,
    quotes: findQuotes(text),
    runs,
    lists: withProseNameOrder(
      runs,
      withBracketedPlaces(
        text,
        withUnplacedLists(
          text,
          sentences,
          withColumnTables(
            text,
            sentences,
            sentences.map((s) => readResultsLine(text, s.start, s.end)),
            article.text,
          ),
        ),
      ),
    ),
  };
}
