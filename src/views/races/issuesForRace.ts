import type { Issue, SourceSpan } from '../../data/types';
import type { Race } from '../../model/types';
import { raceFacts } from './raceFacts';

const overlaps = (a: SourceSpan, b: SourceSpan): boolean =>
  a.article === b.article && a.start < b.end && b.start < a.end;

function spansOf(race: Race): SourceSpan[] {
  return [...race.sources, ...raceFacts(race).flatMap((f) => f.sources)];
}

/**
 * The issues that concern a race. Issues carry no race id, so they are placed by their quotes:
 * an issue whose quote overlaps one of the race's values belongs to that race; an issue that
 * touches no race's values belongs to every race drawn from its article, since it is about
 * that article's text.
 */
export function issuesForRace(issues: readonly Issue[], race: Race, races: readonly Race[]): Issue[] {
  const own = spansOf(race);
  const all = races.flatMap(spansOf);
  const articles = new Set(race.articles);
  return issues.filter((issue) => {
    if (issue.sources.some((s) => own.some((r) => overlaps(s, r)))) return true;
    const placed = issue.sources.some((s) => all.some((r) => overlaps(s, r)));
    return !placed && issue.sources.some((s) => articles.has(s.article));
  });
}
