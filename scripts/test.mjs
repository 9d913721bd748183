// `npm test`: every check in order, each run even when an earlier one failed, then one summary line.
// Typecheck, lint, format (Prettier) and build count as one check each; vitest and playwright count their tests.
// The last line printed (and the content of .test-summary) is exactly `N passed, N failed`.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const resultsDir = path.join(root, 'test-results');
const vitestJson = path.join(resultsDir, 'vitest.json');
const playwrightJson = path.join(resultsDir, 'playwright.json');

const childEnv = { ...process.env, TZ: 'UTC' };

/** Runs a command with output streamed to ours; resolves to its exit code (1 if it could not start or was killed). */
function run(command, args, env = childEnv) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A step that failed without reporting a failed test (a crash, a suite that did not load) still counts once. */
function countTests(code, passed, failed) {
  return { passed, failed: code !== 0 && failed === 0 ? 1 : failed };
}

function vitestCounts(code) {
  const report = readJson(vitestJson);
  // A test file that fails without a failed test (it did not load, or threw outside a test) counts once.
  const brokenFiles = (report?.testResults ?? []).filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  return countTests(code, report?.numPassedTests ?? 0, (report?.numFailedTests ?? 0) + brokenFiles);
}

function playwrightCounts(code) {
  const stats = readJson(playwrightJson)?.stats;
  return countTests(code, (stats?.expected ?? 0) + (stats?.flaky ?? 0), stats?.unexpected ?? 0);
}

const asCheck = (code) => (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

const steps = [];

async function step(name, action) {
  console.log(`\n━━ ${name} ━━`);
  const started = performance.now();
  const outcome = await action();
  steps.push({ name, ms: performance.now() - started, ...outcome });
  return outcome;
}

mkdirSync(resultsDir, { recursive: true });

let chromePath;
await step('chromium', async () => {
  try {
    chromePath = ensureChromium();
    console.log(chromePath);
    return { status: 'ok', passed: 0, failed: 0 };
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return { status: 'FAILED', passed: 0, failed: 1 };
  }
});

for (const [name, command, args] of [
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
]) {
  await step(name, async () => {
    const code = await run(command, args);
    return { status: code === 0 ? 'ok' : 'FAILED', ...asCheck(code) };
  });
}

await step('vitest', async () => {
  rmSync(vitestJson, { force: true });
  const code = await run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.relative(root, vitestJson)}`,
  ]);
  return { status: code === 0 ? 'ok' : 'FAILED', ...vitestCounts(code) };
});

const build = await step('build', async () => {
  const code = await run(bin('vite'), ['build']);
  return { status: code === 0 ? 'ok' : 'FAILED', ...asCheck(code) };
});

if (build.failed > 0) {
  steps.push({ name: 'playwright', ms: 0, status: 'skipped (no build)', passed: 0, failed: 1 });
} else {
  await step('playwright', async () => {
    rmSync(playwrightJson, { force: true });
    const env = { ...childEnv, CHROME_PATH: chromePath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium' };
    const code = await run(bin('playwright'), ['test', '--pass-with-no-tests'], env);
    return { status: code === 0 ? 'ok' : 'FAILED', ...playwrightCounts(code) };
  });
}

const passed = steps.reduce((sum, s) => sum + s.passed, 0);
const failed = steps.reduce((sum, s) => sum + s.failed, 0);
const summary = `${passed} passed, ${failed} failed`;

console.log('\nstep        status              time    passed  failed');
for (const s of steps) {
  console.log(
    `${s.name.padEnd(11)} ${s.status.padEnd(18)} ${(s.ms / 1000).toFixed(1).padStart(6)}s ${String(s.passed).padStart(8)} ${String(s.failed).padStart(7)}`,
  );
}
writeFileSync(path.join(root, '.test-summary'), summary + '\n');
console.log(summary);
process.exitCode = failed > 0 ? 1 : 0;
