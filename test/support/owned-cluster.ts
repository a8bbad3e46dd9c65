// A PostgreSQL 15 cluster a test owns, to stop and start under a running app (Debian's
// postgresql-common: pg_createcluster / pg_ctlcluster / pg_dropcluster; STACK-NOTES "A
// PostgreSQL cluster a test owns"). Trust authentication on loopback, UTF-8 (search needs it).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { findFreePort } from '../../lib/db/ports.ts';

export interface OwnedCluster {
  url: string;
  stop(): void;
  start(): void;
  drop(): void;
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

export async function createOwnedCluster(prefix: string): Promise<OwnedCluster> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const port = await findFreePort();
  run('pg_createcluster', ['15', name, '-p', String(port), '--locale=C.UTF-8', '-e', 'UTF8']);
  fs.writeFileSync(`/etc/postgresql/15/${name}/pg_hba.conf`, 'local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n');
  const ctl = (action: string, ...extra: string[]) => run('pg_ctlcluster', ['--skip-systemctl-redirect', '15', name, action, ...extra]);
  ctl('start');
  run('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-c', 'CREATE DATABASE firebreak']);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/firebreak`,
    stop: () => ctl('stop', '-m', 'fast'),
    start: () => ctl('start'),
    drop: () => {
      try {
        run('pg_dropcluster', ['--stop', '15', name]);
      } catch {
        /* already gone */
      }
    },
  };
}

/** Whether this machine can run one (Debian's PostgreSQL 15 tools, as root). */
export function canOwnCluster(): boolean {
  return fs.existsSync('/usr/bin/pg_createcluster') && fs.existsSync('/usr/lib/postgresql/15/bin/postgres') && process.getuid?.() === 0;
}
