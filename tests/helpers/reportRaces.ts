/**
 * Derives one invented report for the data tests that read whole reports, and writes a race's
 * results as [athlete, place, time] rows to compare with.
 */
import { deriveDataset } from '../../src/model/deriveDataset';
import type { Race } from '../../src/model/types';

/** The races derived from `text` read alone as "report.txt". */
export function deriveReport(text: string): Race[] {
  return deriveDataset([{ name: 'report.txt', text }]).races;
}

/** A race's results as [athlete, place or null, time in seconds or null], in the race's order. */
export function resultRows(race: Race): (string | number | null)[][] {
  return race.results.map((x) => [x.athlete, x.place?.value ?? null, x.time?.value ?? null]);
}

/** The result rows of the races whose names match `name`, race by race. */
export function rowsOf(races: readonly Race[], name: RegExp): (string | number | null)[][] {
  return races.filter((r) => name.test(r.name)).flatMap(resultRows);
}

/** Every athlete with a result in `races`, in the races' order. */
export function athletesOf(races: readonly Race[]): string[] {
  return races.flatMap((r) => r.results.map((x) => x.athlete));
}

/** The races derived from a report given line by line, each as its name, its date and its result rows. */
export function raceRowsOf(
  ...lines: string[]
): { name: string; date: string | null; rows: (string | number | null)[][] }[] {
  return deriveReport(lines.join('\n')).map((r) => ({
    name: r.name,
    date: r.date?.value ?? null,
    rows: resultRows(r),
  }));
}

/** Each race of `found` as its name without the meeting or the article, and its result rows. */
export function rowsByRace(found: ReturnType<typeof raceRowsOf>): [string, (string | number | null)[][]][] {
  return found.map((r) => [r.name.replace(/ \(.*\)$/, '').replace(/^.* – /, ''), r.rows]);
}

/** The result rows of the races of `found` whose names match `name`, race by race. */
export function rowsNamed(found: ReturnType<typeof raceRowsOf>, name: RegExp): (string | number | null)[][] {
  return found.filter((r) => name.test(r.name)).flatMap((r) => r.rows);
}
