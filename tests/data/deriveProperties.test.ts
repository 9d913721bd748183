/**
 * Property tests of deriveDataset: it never throws on arbitrary text, and typography that does not
 * change what a report says (line ends, no-break spaces, quote styles, an advert line) does not change
 * the results it derives. Seeded, so a failure replays; timings are printed, not asserted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/data/types';
import { deriveDataset } from '../../src/model/deriveDataset';
import {
  findBadSpans,
  loadFixtureArticles,
  loadSeeds,
  projectResults,
  type ProjectedRace,
} from '../helpers/corpus';

const SEED = 20240806;
const TIMEOUT_MS = 120_000;
const corpus: Article[] = [...loadSeeds(), ...loadFixtureArticles()];

/** Lines and sentences of real reports, so generated text looks like the genre and reaches the parser. */
const fragments: string[] = [
  ...new Set(
    corpus.flatMap((article) =>
      article.text
        .split(/\n|(?<=[.!?”"])\s+/)
        .map((piece) => piece.trim())
        .filter((piece) => piece.length > 0),
    ),
  ),
];
const tokens = [
  '\n',
  '\r\n',
  ' ',
  '\u00a0',
  '“',
  '”',
  '’',
  '"',
  ':',
  '.',
  ',',
  '3:27.65',
  '3:27:65',
  '2:06:26',
  '9.784',
  '1.',
  '|',
];

/** Runs `derive` and prints how long each run took on average, so slow extractors show up in the log. */
function timed<T>(label: string, runs: number, body: () => T): T {
  const start = performance.now();
  const value = body();
  const ms = performance.now() - start;
  console.info(`${label}: ${runs} runs in ${Math.round(ms)} ms (${(ms / runs).toFixed(2)} ms per run)`);
  return value;
}

const derive = (name: string, text: string) => deriveDataset([{ name, text }]);

describe('deriveDataset never throws', () => {
  it(
    'deriveDataset([{ text }]) returns a dataset for 2,000 arbitrary strings of up to 5,000 graphemes',
    () => {
      const runs = 2000;
      timed('arbitrary strings', runs, () =>
        fc.assert(
          fc.property(fc.string({ unit: 'grapheme', maxLength: 5000, size: 'max' }), (text) => {
            const dataset = derive('fuzz.txt', text);
            expect(Array.isArray(dataset.races)).toBe(true);
          }),
          { seed: SEED, numRuns: runs },
        ),
      );
    },
    TIMEOUT_MS,
  );

  const mixedText = fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...fragments) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
        { weight: 2, arbitrary: fc.constantFrom(...tokens) },
      ),
      { maxLength: 300, size: 'max' },
    )
    .map((parts) => parts.join(' ').slice(0, 5000));

  it(
    'deriveDataset([{ text }]) returns a dataset with valid source spans for 1,000 mixes of article fragments and noise',
    () => {
      const runs = 1000;
      timed('fragment mixes', runs, () =>
        fc.assert(
          fc.property(mixedText, (text) => {
            const article = { name: 'mix.txt', text };
            expect(findBadSpans(deriveDataset([article]), [article])).toEqual([]);
          }),
          { seed: SEED, numRuns: runs },
        ),
      );
    },
    TIMEOUT_MS,
  );
});

const baselines = new Map<string, ProjectedRace[]>();
/** The projection of an untouched article, derived once. */
function baseline(article: Article): ProjectedRace[] {
  let projection = baselines.get(article.name);
  if (!projection) {
    projection = projectResults(deriveDataset([article]));
    baselines.set(article.name, projection);
  }
  return projection;
}

const toCrlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
const curlyToStraight = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
/** Straight quotes made typographic the way word processors do it: opening after a space or bracket. */
const straightToCurly = (text: string): string =>
  text
    .replace(/(^|[\s([{])"/gmu, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{])'/gmu, '$1‘')
    .replace(/'/g, '’');
/** Every `stride`-th space (1 = all of them) becomes a no-break space, as some CMSes emit. */
const withNbsp = (text: string, stride: number, offset: number): string => {
  let seen = 0;
  return text.replace(/ /g, () => ((seen++ + offset) % stride === 0 ? '\u00a0' : ' '));
};
const NOISE_LINES = [
  'ADVERTISEMENT',
  'Share this article',
  'Article continues below this ad',
  'Photo: Getty Images',
];
/** A noise line inserted at a line boundary (0 = before the first line). */
const withNoiseLine = (text: string, boundary: number, noise: string): string => {
  const lines = text.split('\n');
  lines.splice(boundary % (lines.length + 1), 0, noise);
  return lines.join('\n');
};

const corpusCases = corpus.map((article) => [article.name, article] as const);

describe('deriveDataset results do not depend on typography', () => {
  it.each(corpusCases)('%s: CRLF line ends derive the same results', (_, article) => {
    expect(projectResults(derive(article.name, toCrlf(article.text)))).toEqual(baseline(article));
  });

  it('the seeds derived together with CRLF line ends give the same results', () => {
    const seeds = loadSeeds();
    const crlf = seeds.map((article) => ({ ...article, text: toCrlf(article.text) }));
    expect(projectResults(deriveDataset(crlf))).toEqual(projectResults(deriveDataset(seeds)));
  });

  it.each(corpusCases)('%s: curly quotes made straight derive the same results', (_, article) => {
    expect(projectResults(derive(article.name, curlyToStraight(article.text)))).toEqual(baseline(article));
  });

  it.each(corpusCases)('%s: straight quotes made curly derive the same results', (_, article) => {
    expect(projectResults(derive(article.name, straightToCurly(article.text)))).toEqual(baseline(article));
  });

  it(
    'no-break spaces in place of some or all spaces derive the same results',
    () => {
      const runs = 60;
      timed('NBSP', runs, () =>
        fc.assert(
          fc.property(
            fc.constantFrom(...corpus),
            fc.integer({ min: 1, max: 5 }),
            fc.nat(4),
            (article, stride, offset) => {
              const text = withNbsp(article.text, stride, offset);
              expect(projectResults(derive(article.name, text))).toEqual(baseline(article));
            },
          ),
          { seed: SEED, numRuns: runs },
        ),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a noise line ("ADVERTISEMENT", "Share this article", …) at any line boundary derives the same results',
    () => {
      const runs = 80;
      timed('noise line', runs, () =>
        fc.assert(
          fc.property(
            fc.constantFrom(...corpus),
            fc.nat(),
            fc.constantFrom(...NOISE_LINES),
            (article, boundary, noise) => {
              const text = withNoiseLine(article.text, boundary, noise);
              expect(projectResults(derive(article.name, text))).toEqual(baseline(article));
            },
          ),
          { seed: SEED, numRuns: runs },
        ),
      );
    },
    TIMEOUT_MS,
  );

  it('the typography transforms themselves keep the words of the text', () => {
    const sample = 'He said “it’s 3:27.65” — \'fast\' and "quick"\nnext';
    expect(curlyToStraight(sample)).toBe('He said "it\'s 3:27.65" — \'fast\' and "quick"\nnext');
    expect(straightToCurly(curlyToStraight(sample))).toBe(
      'He said “it’s 3:27.65” — ‘fast’ and “quick”\nnext',
    );
    expect(toCrlf(sample)).toBe(sample.replace('\n', '\r\n'));
    expect(withNbsp('a b c d', 1, 0)).toBe('a\u00a0b\u00a0c\u00a0d');
    expect(withNbsp('a b c d', 2, 0)).toBe('a\u00a0b c\u00a0d');
    expect(withNoiseLine('x\ny', 1, 'AD')).toBe('x\nAD\ny');
    expect(withNoiseLine('x\ny', 3, 'AD')).toBe('AD\nx\ny');
  });
});
