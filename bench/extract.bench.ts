// `npm run bench`: how fast deriveDataset reads ~1 MB and ~10 MB of invented race reports.
// Prints figures, asserts nothing: speed is measured here, not in timed tests.
// `npm run bench` bundles this file with esbuild first, so the extractor runs as the app ships it
// (bundled, without the per-function name wrappers a TypeScript loader such as tsx adds).
import { performance } from 'node:perf_hooks';
import { deriveDataset } from '../src/model/deriveDataset';
import type { Article } from '../src/data/types';
import { generateArticles } from './generateArticles';

const MB = 1_000_000;
const SIZES = [1 * MB, 10 * MB];
const RUNS = 3;
const SEED = 2024;

const bytesOf = (articles: readonly Article[]): number =>
  articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0);

/** Collects garbage between runs when Node was started with --expose-gc, so runs start alike. */
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

interface Row {
  races: number;
  size: string;
  articles: number;
  ms: number;
  mbPerSecond: number;
  heapMb: number;
}

function measure(articles: readonly Article[]): Row {
  const bytes = bytesOf(articles);
  let best = Infinity;
  let heapUsed = 0;
  let races = 0;
  for (let run = 0; run < RUNS; run++) {
    collectGarbage();
    const started = performance.now();
    const dataset = deriveDataset(articles);
    const ms = performance.now() - started;
    // Heap while the dataset is still alive: input text plus everything derived from it.
    heapUsed = Math.max(heapUsed, process.memoryUsage().heapUsed);
    races += dataset.races.length;
    best = Math.min(best, ms);
  }
  return {
    races: races / RUNS,
    size: `${(bytes / MB).toFixed(1)} MB`,
    articles: articles.length,
    ms: best,
    mbPerSecond: bytes / MB / (best / 1000),
    heapMb: heapUsed / MB,
  };
}

// Warm-up: let the JIT compile the extractor before anything is timed.
const warmUp = generateArticles(200_000, SEED + 1);
for (let i = 0; i < 3; i++) deriveDataset(warmUp);

const rows = SIZES.map((size) => measure(generateArticles(size, SEED)));

const header = ['size', 'articles', 'races', 'ms (best of 3)', 'MB/s', 'heap used MB'];
const cells = rows.map((r) => [
  r.size,
  String(r.articles),
  String(r.races),
  r.ms.toFixed(1),
  Number.isFinite(r.mbPerSecond) ? r.mbPerSecond.toFixed(1) : '∞',
  r.heapMb.toFixed(0),
]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
const line = (values: readonly string[]): string =>
  values.map((v, i) => v.padStart(widths[i] ?? 0)).join('  ');

console.log(`deriveDataset over generated articles (seed ${SEED}, Node ${process.version})`);
console.log(line(header));
for (const row of cells) console.log(line(row));
