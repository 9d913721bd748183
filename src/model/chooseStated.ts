import type { ResultFact } from '../data/articleFacts';
import { disagreementLead } from './disagreement';
import { uniqueSources } from './sources';
import type { Conflict, Fact } from './types';

/** The stated value of one field of one result, and a conflict for every other value stated. */
export function chooseStated(
  facts: ResultFact[],
  field: 'time' | 'place',
  raceId: string,
  athleteId: string,
  name: string,
  conflicts: Conflict[],
): Fact<number> | null {
  if (facts.length === 0) return null;
  const groups = new Map<number, ResultFact[]>();
  for (const f of facts) {
    const key = Math.round((f.value as number) * 1000) / 1000;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const ranked = [...groups.entries()].sort(
    (a, b) =>
      articles(b[1]) - articles(a[1]) ||
      // ("photo-finish reading … 9.874 to 9.879", then "2. Ellis (USA) 9.87": the list's time, to
      // hundredths, is the same time.)
      (field === 'time' && Math.abs(a[0] - b[0]) < 0.01 ? precision(b[1]) - precision(a[1]) : 0) ||
      listedCount(b[1]) - listedCount(a[1]) ||
      typoCount(a[1]) - typoCount(b[1]) ||
      precision(b[1]) - precision(a[1]),
  );
  const [value, chosen] = ranked[0] as [number, ResultFact[]];
  if (ranked.length > 1) {
    conflicts.push({
      id: `${raceId}:${athleteId}:${field}`,
      raceId,
      athleteId,
      field,
      message: `${disagreementLead(
        `${name}'s ${field}`,
        facts.map((f) => f.source),
      )}: ${ranked.map(([v, fs]) => `${v} (${articles(fs)} article${articles(fs) === 1 ? '' : 's'})`).join(' vs ')}.`,
      values: ranked.map(([v, fs]) => ({ value: v, sources: uniqueSources(fs.map((f) => f.source)) })),
      chosen: value,
      rule: 'the value more articles state; on a tie, the more precise of two times within a hundredth, then the one a results list gives, then a correctly written time, then the more precise one',
    });
  }
  return { value, sources: uniqueSources(chosen.map((f) => f.source)), basis: 'stated' };
}

const articles = (fs: ResultFact[]): number => new Set(fs.map((f) => f.source.article)).size;
const typoCount = (fs: ResultFact[]): number => fs.filter((f) => f.typo).length / fs.length;
const listedCount = (fs: ResultFact[]): number => fs.filter((f) => f.listed).length;
const precision = (fs: ResultFact[]): number => Math.max(...fs.map((f) => f.precision ?? 0));
