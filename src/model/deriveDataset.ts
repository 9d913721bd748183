import type { Article, Issue, SourceSpan } from '../data/types';
import type { ArticleFacts, RaceFrame } from '../data/articleFacts';
import { collectPeople } from '../data/collectPeople';
import { extractArticle } from '../data/extractArticle';
import { prepareArticle, type PreparedArticle } from '../data/prepareArticle';
import { slugOf } from '../data/slugOf';
import type { Athlete, Conflict, Dataset, Fact, NarrativeEvent, Race, Remark } from './types';
import { groupFrames, type FrameRef } from './groupFrames';
import { reconcileResults } from './reconcileResults';
import { chooseDate, dateRangeOf, editionRange } from './raceDates';
import { addSource, uniqueSources } from './sources';
import { metres, seconds } from '../data/types';

/**
 * Derives the whole dataset from article texts: races with results, narrative and sources,
 * athletes, remarks, conflicts between articles and issues. Never throws: a failure inside one
 * article becomes an issue naming it, and the other articles still count.
 */
export function deriveDataset(articles: readonly Article[]): Dataset {
  const issues: Issue[] = [];
  const prepared = articles
    .map((a) => safe(() => prepareArticle(a), null, issues, a.name))
    .filter((p): p is PreparedArticle => p !== null);
  const people = safe(() => collectPeople(prepared), null, issues, 'the corpus');
  if (!people) return { races: [], athletes: [], remarks: [], conflicts: [], issues };
  const all: ArticleFacts[] = [];
  for (const p of prepared) {
    const facts = safe(() => extractArticle(p, people), null, issues, p.article.name);
    if (facts) {
      all.push(facts);
      issues.push(...facts.issues);
    }
  }
  const countries = athleteCountries(all);
  const conflicts: Conflict[] = [];
  const races: Race[] = [];
  const frameRace = new Map<string, string>();
  for (const group of groupFrames(all)) {
    const race = buildRace(group, people, countries, conflicts, issues);
    if (!race) continue;
    races.push(race);
    for (const ref of group) frameRace.set(`${ref.facts.article}#${ref.frame.index}`, race.id);
  }
  dedupeIds(races);
  races.sort(
    (a, b) =>
      (a.date?.value ?? a.dateRange?.latest ?? '9999').localeCompare(
        b.date?.value ?? b.dateRange?.latest ?? '9999',
      ) || a.name.localeCompare(b.name),
  );
  const counts = new Map<string, number>();
  for (const f of all) for (const p of f.people) counts.set(p.id, (counts.get(p.id) ?? 0) + p.mentions);
  const inRaces = new Set(
    races.flatMap((r) => [
      ...r.results.map((x) => x.athleteId),
      ...r.orderings.flatMap((o) => [o.ahead, o.behind]),
      ...r.absences.map((a) => a.athleteId),
    ]),
  );
  const athletes: Athlete[] = [...inRaces].map((id) => ({
    id,
    name: people.get(id)?.name ?? id,
    country: countries.get(id) ?? null,
    mentions: counts.get(id) ?? 0,
  }));
  athletes.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  const remarks: Remark[] = all.flatMap((f) =>
    f.remarks.map((r) => ({
      speakerId: r.speakerId,
      aboutIds: r.aboutIds,
      raceId: r.frame === null ? null : (frameRace.get(`${f.article}#${r.frame}`) ?? null),
      text: r.text,
      sources: [r.source],
    })),
  );
  return { races, athletes, remarks, conflicts, issues };
}

function safe<T>(fn: () => T, fallback: T, issues: Issue[], where: string): T {
  try {
    return fn();
  } catch (e) {
    issues.push({
      kind: 'extraction-failed',
      message: `Could not read ${where}: ${e instanceof Error ? e.message : String(e)}`,
      sources: [],
    });
    return fallback;
  }
}

function athleteCountries(all: readonly ArticleFacts[]): Map<string, Fact<string>> {
  const byAthlete = new Map<string, Map<string, SourceSpan[]>>();
  for (const f of all)
    for (const p of f.people) {
      if (!p.country) continue;
      const m = byAthlete.get(p.id) ?? new Map<string, SourceSpan[]>();
      m.set(p.country.code, [...(m.get(p.country.code) ?? []), p.country.source]);
      byAthlete.set(p.id, m);
    }
  const out = new Map<string, Fact<string>>();
  for (const [id, m] of byAthlete) {
    const [code, sources] = [...m.entries()].sort((a, b) => b[1].length - a[1].length)[0] as [
      string,
      SourceSpan[],
    ];
    out.set(id, { value: code, sources: uniqueSources(sources), basis: 'stated' });
  }
  return out;
}

function buildRace(
  group: FrameRef[],
  people: Parameters<typeof reconcileResults>[2],
  countries: Map<string, Fact<string>>,
  conflicts: Conflict[],
  issues: Issue[],
): Race | null {
  const frames = group.map((g) => g.frame);
  const pick = <T>(get: (f: RaceFrame) => { value: T; sources: SourceSpan[] } | null): Fact<T> | null => {
    const found = group
      .map((g) => get(g.frame))
      .filter((x): x is { value: T; sources: SourceSpan[] } => x !== null);
    if (found.length === 0) return null;
    const first = found[0] as { value: T; sources: SourceSpan[] };
    const firstJson = JSON.stringify(first.value);
    const sources: SourceSpan[] = [];
    for (const x of found) if (JSON.stringify(x.value) === firstJson) sources.push(...x.sources);
    return { value: first.value, sources: uniqueSources(sources), basis: 'stated' };
  };
  const competition = pick((f) => f.competition);
  const event = pick((f) => f.event);
  const round = pick((f) => f.round);
  const sex = pick((f) => f.sex);
  const distance = frames.find((f) => f.distance !== null)?.distance ?? null;
  const heat =
    round?.value === 'heat' || round?.value === 'semi-final'
      ? (frames.find((f) => f.heat !== null)?.heat ?? null)
      : null;
  const name = raceName(
    competition?.value.name ?? null,
    sex?.value ?? null,
    event?.value ?? null,
    round?.value ? `${round.value}${heat !== null ? ` ${heat}` : ''}` : null,
    group[0]?.facts.article ?? '',
  );
  const id = slugOf(name);
  const date = chooseDate(id, name, group, conflicts);
  const results = reconcileResults(
    id,
    ofFrames(group, (g) => g.facts.results),
    people,
    countries,
    conflicts,
    issues,
  );
  const orderings = dedupe(
    group.flatMap((g) =>
      g.facts.orderings
        .filter((o) => o.frame === g.frame.index)
        .map((o) => ({ ahead: o.ahead, behind: o.behind, sources: [o.source] })),
    ),
    (o) => `${o.ahead}>${o.behind}`,
  );
  const finishers = new Set(results.map((r) => r.athleteId));
  const absences = dedupe(
    group.flatMap((g) =>
      g.facts.absences
        .filter((a) => a.frame === g.frame.index && !finishers.has(a.athleteId))
        .map((a) => ({ athleteId: a.athleteId, sources: [a.source] })),
    ),
    (a) => a.athleteId,
  );
  const narrative = buildNarrative(id, group, distance);
  if (results.length === 0 && orderings.length === 0 && absences.length === 0 && narrative.length === 0)
    return null;
  return {
    id,
    name,
    competition,
    event,
    distance: distance === null ? null : metres(distance),
    sex,
    round,
    date,
    dateRange: date ? null : (dateRangeOf(group) ?? editionRange(competition?.value ?? null)),
    results,
    orderings,
    narrative,
    absences,
    // A race is drawn as having results when a time is known; places told in passing keep it narrative.
    kind: results.some((r) => r.time) ? 'results' : 'narrative',
    articles: [...new Set(group.map((g) => g.facts.article))],
    sources: uniqueSources(frames.flatMap((f) => f.mentions)),
  };
}

function raceName(
  competition: string | null,
  sex: string | null,
  event: string | null,
  round: string | null,
  article: string,
): string {
  const what = [sex === 'men' ? "Men's" : sex === 'women' ? "Women's" : null, event, round]
    .filter(Boolean)
    .join(' ');
  if (competition) return what ? `${competition} – ${what}` : competition;
  return what ? `${what} (${article})` : `Race reported in ${article}`;
}

function buildNarrative(raceId: string, group: FrameRef[], distance: number | null): NarrativeEvent[] {
  const out: NarrativeEvent[] = [];
  for (const g of group) {
    for (const n of g.facts.narrative) {
      if (n.frame !== g.frame.index) continue;
      const toGo = n.toGo;
      const at =
        n.from ?? (toGo !== null && distance !== null ? distance - toGo : n.fraction !== null ? 0 : null);
      const until = n.kind === 'lead' && n.fraction !== null && distance !== null ? distance * 0.75 : null;
      const splitAt = n.kind === 'split' ? n.from : at;
      const same = out.find(
        (o) =>
          o.kind === n.kind &&
          o.athleteId === n.athleteId &&
          o.toGo === toGo &&
          (o.at === splitAt || o.at === null || splitAt === null) &&
          o.time === n.time,
      );
      if (same) {
        addSource(same.sources, n.source);
        continue;
      }
      out.push({
        id: `${raceId}:${n.kind}:${out.length}`,
        kind: n.kind,
        athleteId: n.athleteId,
        others: n.others,
        at: splitAt === null ? null : metres(splitAt),
        toGo: toGo === null ? null : metres(toGo),
        time: n.time === null ? null : seconds(n.time),
        until: until === null ? null : metres(until),
        quote: n.source.quote,
        sources: [n.source],
      });
    }
  }
  return out.sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity));
}

function dedupe<T extends { sources: SourceSpan[] }>(items: T[], key: (t: T) => string): T[] {
  const out = new Map<string, T>();
  for (const it of items) {
    const have = out.get(key(it));
    if (have) for (const source of it.sources) addSource(have.sources, source);
    else out.set(key(it), it);
  }
  return [...out.values()];
}

function dedupeIds(races: Race[]): void {
  const seen = new Map<string, number>();
  for (const r of races) {
    const n = seen.get(r.id) ?? 0;
    seen.set(r.id, n + 1);
    if (n > 0) r.id = `${r.id}-${n + 1}`;
  }
}

/** The facts of each frame of the group, frame by frame, in the order each article tells them. */
function ofFrames<T extends { frame: number }>(
  group: readonly FrameRef[],
  factsOf: (g: FrameRef) => readonly T[],
): T[] {
  const out: T[] = [];
  for (const g of group) for (const f of factsOf(g)) if (f.frame === g.frame.index) out.push(f);
  return out;
}
