// Finds Prometheus Alertmanager for the integration tests that run a real one. When it is
// missing and we may install it (root with apt-get: CI and fresh machines), install Debian's
// `prometheus-alertmanager` package, as scripts/ensure-chromium.ts does for Chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CANDIDATES = ['/usr/bin/prometheus-alertmanager', '/usr/local/bin/alertmanager', '/usr/bin/alertmanager'];

function isExecutable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function findAlertmanager(): string | null {
  const fromEnv = process.env.ALERTMANAGER_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  return CANDIDATES.find(isExecutable) ?? null;
}

function run(cmd: string, args: string[]): boolean {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

/** Finds Alertmanager, installing it with apt-get when possible. Null when there is none. */
export function ensureAlertmanager(): string | null {
  const found = findAlertmanager();
  if (found) return found;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (process.getuid?.() !== 0 || !hasApt) {
    console.warn('Alertmanager not found, and this is not a root shell with apt-get: the real-Alertmanager tests cannot run.');
    return null;
  }
  console.log('Alertmanager not found: installing Debian\'s "prometheus-alertmanager" package.');
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', 'prometheus-alertmanager'])) return findAlertmanager();
  return null;
}
