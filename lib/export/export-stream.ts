import 'server-only';
// The export as a byte stream for `GET /api/v1/export`: the document is produced as the client
// reads it (the export waits while the client is slow), and the role is checked before the
// first byte so a refusal is a proper 403, not a broken download.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { exportWorkspace } from './export-workspace.ts';

export function exportWorkspaceStream(db: DbTx, { actor, now = new Date() }: { actor: Actor; now?: Date }): ReadableStream<Uint8Array> {
  requireRole(actor, 'admin');
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const encoder = new TextEncoder();
  void (async () => {
    try {
      await exportWorkspace(db, {
        actor,
        now,
        write: async (chunk) => {
          await writer.ready;
          await writer.write(encoder.encode(chunk));
        },
      });
      await writer.close();
    } catch (e) {
      await writer.abort(e).catch(() => {});
    }
  })();
  return readable;
}

export function exportFileName(now: Date): string {
  return `firebreak-export-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.json`;
}
