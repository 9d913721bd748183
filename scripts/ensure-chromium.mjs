// Finds a Chromium for Playwright, installing Debian's when we are root and can; prints its path.
// `npx playwright install` cannot download browsers on this machine, so we rely on the system one.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOW_TO_GET_ONE =
  "No Chromium found: install Debian's chromium (apt-get install chromium) or set CHROME_PATH";

function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first executable named `command` on PATH, or undefined. */
function whichOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, command);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

/** The Chromium to use, in order: $CHROME_PATH, /usr/bin/chromium, chromium or google-chrome on PATH. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && isExecutableFile(fromEnv)) return fromEnv;
  if (isExecutableFile('/usr/bin/chromium')) return '/usr/bin/chromium';
  return whichOnPath('chromium') ?? whichOnPath('google-chrome');
}

function canInstallWithApt() {
  return (
    typeof process.getuid === 'function' && process.getuid() === 0 && whichOnPath('apt-get') !== undefined
  );
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/**
 * Returns the path of a Chromium, installing Debian's chromium (and fonts-dejavu-core, so pixel
 * snapshots match between machines) with apt-get when none is found and we are root.
 * Throws an Error with a one-line message when there is none and it cannot install one.
 */
export function ensureChromium({ log = (line) => console.log(line) } = {}) {
  const found = findChromium();
  if (found) return found;
  if (!canInstallWithApt()) throw new Error(HOW_TO_GET_ONE);
  log('No Chromium found: installing Debian chromium and fonts-dejavu-core with apt-get (about 30 s)');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium', 'fonts-dejavu-core']);
  const installed = findChromium();
  if (!installed) throw new Error(HOW_TO_GET_ONE);
  return installed;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
