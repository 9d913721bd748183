import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const seed = 'seeds/001_1b7f3e08fe189387.txt';
const scratch = mkdtempSync(path.join(tmpdir(), 'derive-test-'));
// Each case starts a TypeScript process; on a busy 2-core machine that takes a few seconds.
const SLOW = 60_000;

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function derive(...args: string[]) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/derive.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratchFile(name: string, content: string | Uint8Array): string {
  const file = path.join(scratch, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

function expectOneLineError(result: ReturnType<typeof derive>, file: string, reason: RegExp) {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(reason);
}

describe('scripts/derive.ts', () => {
  it('derive FILE prints the derived JSON with a races array', { timeout: SLOW }, () => {
    const result = derive(seed);
    expect(result.code).toBe(0);
    const json: unknown = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      races: expect.any(Array),
      conflicts: expect.any(Array),
      issues: expect.any(Array),
    });
  });

  it('derive with no arguments prints one usage line and exits 2', { timeout: SLOW }, () => {
    const result = derive();
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/usage/i);
  });

  it('derive of a missing file fails with one line and no partial JSON', { timeout: SLOW }, () => {
    const missing = path.join(scratch, 'missing.txt');
    expectOneLineError(derive(seed, missing), missing, /no such file/);
  });

  it('derive of a directory fails with one line naming it', { timeout: SLOW }, () => {
    expectOneLineError(derive(scratch), scratch, /directory/);
  });

  it('derive of a binary file with NUL bytes fails as not text', { timeout: SLOW }, () => {
    const binary = scratchFile('binary.txt', new Uint8Array([0x31, 0x2e, 0x20, 0x00, 0x01, 0x02, 0x41]));
    expectOneLineError(derive(binary, seed), binary, /NUL/);
  });

  it('derive of invalid UTF-8 fails as not UTF-8', { timeout: SLOW }, () => {
    const latin1 = scratchFile('latin1.txt', Buffer.from('Gold for J\xf6rg in 3:29.12', 'latin1'));
    expectOneLineError(derive(latin1), latin1, /UTF-8/);
  });

  it('derive strips a leading UTF-8 BOM (same JSON as without it)', { timeout: SLOW }, () => {
    const text = 'Jane Doe won the 800m in 1:58.20.\n';
    // Same base name in two folders: the article name is the base name, so the JSON must be identical.
    const plain = derive(scratchFile('plain/article.txt', text));
    const withBom = derive(scratchFile('bom/article.txt', '\uFEFF' + text));
    expect(withBom.code).toBe(0);
    expect(withBom.stdout).toBe(plain.stdout);
  });

  // Passes once the extractor reports an empty article as an issue.
  it('derive of an empty file exits 0 with no races and exactly one issue', { timeout: SLOW }, () => {
    const result = derive(scratchFile('empty.txt', ''));
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { races: unknown[]; issues: unknown[] };
    expect(json.races).toEqual([]);
    expect(json.issues).toHaveLength(1);
  });

  it('npm run derive -- FILE prints nothing but JSON (npm is silent via .npmrc)', { timeout: SLOW }, () => {
    const result = spawnSync('npm', ['run', 'derive', '--', seed], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });
});
