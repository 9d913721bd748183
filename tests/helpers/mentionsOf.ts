/**
 * Hand-made person mentions for unit tests of the clause readers (findPlaces, findClauseFacts,
 * findNarrative), so they can be tested without the name finder and the resolver in front of them.
 */
import type { Clause } from '../../src/data/clauses';
import type { Mention } from '../../src/data/findMentions';
import { slugOf } from '../../src/data/slugOf';

/** A sentence read as one clause, with every occurrence of each given name as a resolved mention. */
export interface ClauseFixture {
  text: string;
  clause: Clause;
  mentions: Mention[];
}

/**
 * Mentions of `names` in `text`: a one-word name is a surname, a longer one a full name; the id is
 * the slug of the last word ("Josh Kerr" and "Kerr" are both `kerr`); "Kerr's" is possessive.
 */
export function mentionsOf(text: string, names: readonly string[]): ClauseFixture {
  const mentions: Mention[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const words = name.split(' ');
      mentions.push({
        start: at,
        end: at + name.length,
        kind: words.length > 1 ? 'name' : 'surname',
        id: slugOf(words[words.length - 1] ?? name),
        possessive: text.startsWith("'s", at + name.length),
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { text, clause: { start: 0, end: text.length }, mentions };
}
