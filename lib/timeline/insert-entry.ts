import 'server-only';
// The one way an entry gets into a timeline, for people (notes, actions…) and for the system
// (status and field changes). It is the hot path during an outage (and in the benchmark), so
// it is ONE SQL statement: find the incident, INSERT, NOTIFY live listeners, and read back the
// author's name. Run alone it is its own transaction; run inside a caller's transaction the
// NOTIFY is delivered only when that commits, and dropped on rollback.
//
// Idempotency: `ON CONFLICT ("incidentId", "idempotencyKey") DO NOTHING`. A retry that races the
// original waits on the unique index until the original commits, inserts nothing, and then
// reads the original back, so ten concurrent retries still leave exactly one entry.
//
// Times: the database clock, in UTC like every timestamp Prisma writes (`now() AT TIME ZONE
// 'UTC'`, so a server whose TimeZone is Asia/Shanghai still stores UTC).
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import type { DbTx } from '../db/client.ts';
import { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import { incidentNotFound } from '../incidents/find-incident.ts';
import { formatReference } from '../incidents/reference.ts';
import { INCIDENT_EVENTS_CHANNEL } from '../realtime/events.ts';
import { entrySelect, type EntryRow } from './entry-output.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { TimelineKind } from './schemas.ts';

export interface NewEntry {
  /** The incident, by id (system entries) or by number (an API reference, saving a lookup). */
  incident: { id: string } | { number: number };
  kind: TimelineKind;
  body: string;
  data?: Prisma.InputJsonValue;
  occurredAt?: Date;
  highlighted?: boolean;
  idempotencyKey?: string | null;
}

export interface InsertedEntry {
  entry: EntryRow;
  /** false when the idempotency key had been used: `entry` is the original. */
  created: boolean;
}

type RawEntry = Omit<EntryRow, 'author'> & { authorName: string | null; notified: unknown };

export async function insertEntry(tx: DbTx, actor: Actor, e: NewEntry): Promise<InsertedEntry> {
  const id = randomUUID();
  const incidentWhere = 'id' in e.incident ? Prisma.sql`i.id = ${e.incident.id}::uuid` : Prisma.sql`i.number = ${e.incident.number}`;
  const occurredAt = e.occurredAt ? Prisma.sql`(${e.occurredAt.toISOString()}::timestamptz AT TIME ZONE 'UTC')` : Prisma.sql`(now() AT TIME ZONE 'UTC')`;
  const data = e.data === undefined ? null : JSON.stringify(e.data);
  // The NOTIFY payload is lib/realtime/events.ts's IncidentEvent (ids only), built in SQL
  // because the incident id comes from the same statement.
  const rows = await tx.$queryRaw<RawEntry[]>`
    WITH ins AS (
      INSERT INTO "TimelineEntry" ("id", "incidentId", "kind", "body", "bodyHtml", "data", "occurredAt", "recordedAt", "changedAt",
                                   "authorUserId", "authorLabel", "highlighted", "idempotencyKey")
      SELECT ${id}::uuid, i.id, ${e.kind}::"TimelineKind", ${e.body}, ${renderMarkdown(e.body)}, ${data}::jsonb, ${occurredAt},
             now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', ${actor.userId}::uuid, ${actor.label}, ${e.highlighted ?? false},
             ${e.idempotencyKey ?? null}
      FROM "Incident" i WHERE ${incidentWhere}
      ON CONFLICT ("incidentId", "idempotencyKey") DO NOTHING
      RETURNING *
    )
    SELECT ins."id", ins."incidentId", ins."kind"::text AS "kind", ins."body", ins."bodyHtml", ins."data", ins."occurredAt",
           ins."recordedAt", ins."changedAt", ins."authorUserId", ins."authorLabel", ins."highlighted", ins."version",
           ins."editedAt", ins."deletedAt", ins."deletedReason", u."name" AS "authorName",
           pg_notify(${INCIDENT_EVENTS_CHANNEL}, json_build_object('incidentId', ins."incidentId", 'kind', 'timeline.created', 'entryId', ins."id")::text)::text AS "notified"
    FROM ins LEFT JOIN "User" u ON u."id" = ins."authorUserId"`;
  const row = rows[0];
  if (row) {
    const { authorName, notified, ...rest } = row;
    void notified; // pg_notify's void result: selected only so that it runs once per inserted row
    return { entry: { ...rest, author: authorName === null ? null : { name: authorName } }, created: true };
  }
  return findOriginal(tx, e);
}

/** Nothing inserted: the key was used before (return that entry), or there is no such incident. */
async function findOriginal(tx: DbTx, e: NewEntry): Promise<InsertedEntry> {
  const incident = await tx.incident.findUnique({ where: e.incident, select: { id: true } });
  if (!incident) throw incidentNotFound('id' in e.incident ? e.incident.id : formatReference(e.incident.number));
  const original = e.idempotencyKey
    ? await tx.timelineEntry.findUnique({
        where: { incidentId_idempotencyKey: { incidentId: incident.id, idempotencyKey: e.idempotencyKey } },
        select: entrySelect,
      })
    : null;
  if (!original) throw new AppError('conflict', 'The entry could not be saved; send it again.');
  return { entry: original, created: false };
}
