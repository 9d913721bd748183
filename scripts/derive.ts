// `npm run derive -- FILE...`: derives races from article files and prints the JSON on stdout.
// All files are read and checked before anything is derived, so a bad file leaves stdout empty.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../src/data/types';
import { deriveDataset } from '../src/model/deriveDataset';
import { toDeriveJson } from '../src/model/toDeriveJson';

const USAGE = 'usage: npm run derive -- FILE... (article text files, UTF-8)';
const BOM = '\uFEFF';

/** Thrown with a one-line reason a file cannot be used as an article. */
class UnreadableArticle extends Error {}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return error instanceof Error ? error.message : String(error);
}

/** Reads a file as UTF-8 text without a leading BOM, or throws UnreadableArticle. */
function readArticleText(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new UnreadableArticle('is a directory, not a file');
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UnreadableArticle) throw error;
    throw new UnreadableArticle(describeFsError(error));
  }
  if (bytes.includes(0)) throw new UnreadableArticle('not a text file (contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UnreadableArticle('not valid UTF-8 text');
  }
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

function main(files: readonly string[]): number {
  if (files.length === 0) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const articles: Article[] = [];
  for (const file of files) {
    try {
      articles.push({ name: path.basename(file), text: readArticleText(file) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`derive: ${file}: ${reason}\n`);
      return 1;
    }
  }
  const json = toDeriveJson(deriveDataset(articles));
  process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  return 0;
}

// exitCode, not exit(): a large JSON written to a pipe must be flushed before Node ends.
process.exitCode = main(process.argv.slice(2));
