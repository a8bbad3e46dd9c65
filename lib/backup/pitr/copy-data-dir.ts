// Copying a PostgreSQL data directory that may be in use (between pg_backup_start and
// pg_backup_stop): files can vanish while we walk (a temp file, a dropped relation), which the
// WAL replay repairs, so a file gone missing is skipped rather than fatal. Left out, as
// PostgreSQL's documentation lists for base backups: pg_wal's contents (restore_command
// brings the WAL), the postmaster's pid and options files, and the directories whose contents
// are rebuilt at start.
import fs from 'node:fs';
import path from 'node:path';

const SKIP_CONTENTS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const SKIP_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'backup_label.old', 'recovery.signal', 'standby.signal']);

export function copyDataDir(from: string, to: string, owner?: { uid: number; gid: number }): number {
  let bytes = 0;
  const walk = (rel: string, top: boolean) => {
    const src = path.join(from, rel);
    const dst = path.join(to, rel);
    fs.mkdirSync(dst, { recursive: true, mode: 0o700 });
    if (owner) fs.chownSync(dst, owner.uid, owner.gid);
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(src, { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    for (const d of names) {
      const r = path.join(rel, d.name);
      if (d.isDirectory()) {
        if (top && SKIP_CONTENTS.has(d.name)) {
          fs.mkdirSync(path.join(to, r), { recursive: true, mode: 0o700 });
          if (owner) fs.chownSync(path.join(to, r), owner.uid, owner.gid);
          continue;
        }
        if (d.name.startsWith('pgsql_tmp')) continue;
        walk(r, false);
      } else if (d.isFile()) {
        if (top && SKIP_FILES.has(d.name)) continue;
        try {
          fs.copyFileSync(path.join(from, r), path.join(to, r));
          bytes += fs.statSync(path.join(to, r)).size;
          fs.chmodSync(path.join(to, r), 0o600);
          if (owner) fs.chownSync(path.join(to, r), owner.uid, owner.gid);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        }
      }
    }
  };
  walk('', true);
  // pg_wal/archive_status must exist for the server to start.
  fs.mkdirSync(path.join(to, 'pg_wal', 'archive_status'), { recursive: true, mode: 0o700 });
  if (owner) fs.chownSync(path.join(to, 'pg_wal', 'archive_status'), owner.uid, owner.gid);
  return bytes;
}
