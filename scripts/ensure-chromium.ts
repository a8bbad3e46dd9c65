// Finds a Chromium for the end-to-end tests. Playwright's own browser download needs the
// internet; a distribution's Chromium does not. When none is found and we may install one
// (root with apt-get: CI and fresh machines), install Debian's `chromium` package, and with
// it Debian's `fonts-noto-cjk`: without CJK fonts Chromium draws Chinese pages as empty boxes
// in screenshots (the pages are fine; the machine lacks the fonts).
// Run directly (`tsx scripts/ensure-chromium.ts`) it prints the path, or exits 1 with a warning.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The first Chromium found: CHROMIUM_PATH wins, then the usual distribution paths. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    console.warn(`CHROMIUM_PATH=${fromEnv} is not an executable file; looking elsewhere.`);
  }
  return CANDIDATES.find(isExecutable) ?? null;
}

function hasAptGet(): boolean {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function run(cmd: string, args: string[]): boolean {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

const CJK_FONTS = 'fonts-noto-cjk';

function hasDebPackage(name: string): boolean {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Installs the Debian packages missing from `names` (root with apt-get only). */
function aptInstall(names: string[]): boolean {
  return run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', ...names]);
}

/** Chinese screenshots need CJK fonts: install them beside Chromium when we may. */
function ensureCjkFonts(mayInstall: boolean): void {
  if (!hasAptGet() || hasDebPackage(CJK_FONTS)) return;
  if (!mayInstall) {
    console.log(`Debian's "${CJK_FONTS}" is not installed: Chinese text in screenshots will show as boxes (run as root to install it).`);
    return;
  }
  console.log(`Installing Debian's "${CJK_FONTS}" so that Chromium renders Chinese pages.`);
  if (!aptInstall([CJK_FONTS])) console.log(`Installing ${CJK_FONTS} failed (see above); Chinese screenshots will show boxes.`);
}

/** Finds Chromium, installing it (and CJK fonts) with apt-get when possible. Null when there is none. */
export function ensureChromium(): string | null {
  const mayInstall = process.getuid?.() === 0 && hasAptGet();
  const found = findChromium();
  if (found) {
    ensureCjkFonts(mayInstall);
    return found;
  }
  if (!mayInstall) {
    console.log('Chromium not found, and this is not a root shell with apt-get: not installing it.');
    return null;
  }
  console.log(`Chromium not found: installing Debian's "chromium" and "${CJK_FONTS}" packages for the end-to-end tests.`);
  if (aptInstall(['chromium', ...(hasDebPackage(CJK_FONTS) ? [] : [CJK_FONTS])])) {
    return findChromium();
  }
  console.log('Installing Chromium with apt-get failed (see above).');
  return null;
}

/** The warning printed when the end-to-end tests cannot run: never skip them quietly. */
export function missingChromiumWarning(): string {
  const bar = '!'.repeat(78);
  return [
    '',
    bar,
    '!!  END-TO-END TESTS SKIPPED: no Chromium browser was found.',
    '!!  Looked at $CHROMIUM_PATH, /usr/bin/chromium and /usr/bin/chromium-browser.',
    '!!  Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set',
    '!!  CHROMIUM_PATH to a Chromium/Chrome executable, then run `npm test` again.',
    '!!  The browser tests of this run did NOT pass: they did not run.',
    bar,
    '',
  ].join('\n');
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = ensureChromium();
  if (path) {
    console.log(`Chromium: ${path}`);
  } else {
    console.error(missingChromiumWarning());
    process.exit(1);
  }
}
