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
