import 'server-only';
// Storing received alerts: the receive path's only database work, ONE statement (so its own
// short transaction) whatever the number of alerts in the body (an Alertmanager group of 5,000
// is one round trip).
//
// - Upsert on (sourceId, dedupKey). A repeat (same status) changes nothing but lastSeenAt and
//   occurrences: Alertmanager re-sends the whole group on every change and every
//   repeat_interval, and a sender retrying after a timeout is a repeat too, so nothing doubles.
// - A new alert or a change of status also inserts an AlertEvent: the alert's history, and the
//   worker's queue (process-alert-events.ts routes it after commit; nothing is lost if the
//   worker is down, it is a row). Whether this statement made the transition is known exactly
//   by stamping the row with txid_current() when the status changes and comparing in RETURNING.
// - pg_notify wakes the worker when (and only when) the statement queued something.
// - An acknowledged alert that is triggered again stays acknowledged (as PagerDuty does).
//
// This is the entry point for any source, HTTP or not: health checks (issue 13) call it with
// their own source and IncomingAlert[].
import type { DbTx } from '../db/client.ts';
import type { IncomingAlert } from './incoming-alert.ts';

export const ALERTS_CHANNEL = 'firebreak_alerts';

export interface IngestResult {
  /** Alerts in the body after de-duplication within it. */
  accepted: number;
  /** New alerts and changes of status: queued for routing. */
  queued: number;
  dedupKeys: string[];
}

interface Row {
  dedupKey: string;
  status: string;
  severity: string;
  summary: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  payload: unknown;
  startsAt: string;
  endsAt: string | null;
}

const toRow = (a: IncomingAlert): Row => ({
  dedupKey: a.dedupKey,
  status: a.status,
  severity: a.severity,
  summary: a.summary,
  labels: a.labels,
  annotations: a.annotations,
  payload: a.payload ?? null,
  startsAt: a.startsAt.toISOString(),
  endsAt: a.endsAt?.toISOString() ?? null,
});

const COLUMNS = `"dedupKey" text, status text, severity text, summary text, labels jsonb, annotations jsonb, payload jsonb, "startsAt" timestamptz, "endsAt" timestamptz`;
const NOW = `(now() AT TIME ZONE 'UTC')`;
// An acknowledged alert triggered again stays acknowledged.
const NEXT_STATUS = (old: string, next: string) => `(CASE WHEN ${old} = 'acknowledged' AND ${next} = 'firing' THEN 'acknowledged'::"AlertStatus" ELSE ${next} END)`;
const ON_CHANGE = (old: string, next: string, changedValue: string, keep: string) => `CASE WHEN ${old} <> ${NEXT_STATUS(old, next)} THEN ${changedValue} ELSE ${keep} END`;

const INSERT_CTE = `
ins AS (
  INSERT INTO "Alert" ("id", "sourceId", "dedupKey", "status", "severity", "summary", "labels", "annotations", "payload",
                       "startsAt", "endsAt", "lastSeenAt", "lastTransitionAt", "lastTransitionTx", "occurrences", "createdAt", "updatedAt")
  SELECT gen_random_uuid(), $1::uuid, i."dedupKey", i.status::"AlertStatus", i.severity, i.summary, i.labels, i.annotations, i.payload,
         i."startsAt" AT TIME ZONE 'UTC', i."endsAt" AT TIME ZONE 'UTC', ${NOW}, ${NOW}, txid_current(), 1, ${NOW}, ${NOW}
  FROM jsonb_to_recordset($2::jsonb) AS i(${COLUMNS})
  ON CONFLICT ("sourceId", "dedupKey") DO UPDATE SET
    "lastSeenAt" = ${NOW},
    "occurrences" = "Alert"."occurrences" + 1,
    "status" = ${NEXT_STATUS('"Alert"."status"', 'EXCLUDED."status"')},
    "lastTransitionTx" = ${ON_CHANGE('"Alert"."status"', 'EXCLUDED."status"', 'txid_current()', '"Alert"."lastTransitionTx"')},
    "lastTransitionAt" = ${ON_CHANGE('"Alert"."status"', 'EXCLUDED."status"', NOW, '"Alert"."lastTransitionAt"')},
    "updatedAt" = ${ON_CHANGE('"Alert"."status"', 'EXCLUDED."status"', NOW, '"Alert"."updatedAt"')},
    "endsAt" = ${ON_CHANGE('"Alert"."status"', 'EXCLUDED."status"', 'EXCLUDED."endsAt"', '"Alert"."endsAt"')},
    "summary" = ${ON_CHANGE('"Alert"."status"', 'EXCLUDED."status"', 'EXCLUDED."summary"', '"Alert"."summary"')},
    "annotations" = ${ON_CHANGE('"Alert"."status"', 'EXCLUDED."status"', 'EXCLUDED."annotations"', '"Alert"."annotations"')},
    "payload" = ${ON_CHANGE('"Alert"."status"', 'EXCLUDED."status"', 'EXCLUDED."payload"', '"Alert"."payload"')},
    -- A re-fire after resolution starts a new episode.
    "startsAt" = CASE WHEN "Alert"."status" = 'resolved' AND EXCLUDED."status" <> 'resolved' THEN EXCLUDED."startsAt" ELSE "Alert"."startsAt" END
  RETURNING "id", "status", "lastTransitionTx" = txid_current() AS changed
)`;

// Acknowledge/resolve of PagerDuty dedup keys: update only. Joined through the unique index
// one key at a time (a LATERAL lookup), never a scan of the table.
const UPDATE_CTE = `
upd AS (
  UPDATE "Alert" a SET
    "lastSeenAt" = ${NOW},
    "occurrences" = a."occurrences" + 1,
    "status" = ${NEXT_STATUS('a."status"', 'k.status::"AlertStatus"')},
    "lastTransitionTx" = ${ON_CHANGE('a."status"', 'k.status::"AlertStatus"', 'txid_current()', 'a."lastTransitionTx"')},
    "lastTransitionAt" = ${ON_CHANGE('a."status"', 'k.status::"AlertStatus"', NOW, 'a."lastTransitionAt"')},
    "updatedAt" = ${ON_CHANGE('a."status"', 'k.status::"AlertStatus"', NOW, 'a."updatedAt"')},
    "endsAt" = ${ON_CHANGE('a."status"', 'k.status::"AlertStatus"', `k."endsAt" AT TIME ZONE 'UTC'`, 'a."endsAt"')}
  FROM jsonb_to_recordset(KNOWN_PARAM::jsonb) AS k(${COLUMNS})
  WHERE a."sourceId" = $1::uuid AND a."dedupKey" = k."dedupKey"
  RETURNING a."id", a."status", a."lastTransitionTx" = txid_current() AS changed
)`;

// Only the parts a batch needs: an empty update part could still be planned as a hash join
// over the whole Alert table (the planner guesses 100 rows for jsonb_to_recordset).
function statement(hasUpserts: boolean, hasKnown: boolean): string {
  const ctes = [hasUpserts ? INSERT_CTE : null, hasKnown ? UPDATE_CTE.replace('KNOWN_PARAM', hasUpserts ? '$3' : '$2') : null].filter(Boolean).join(',');
  const changed = [hasUpserts ? 'SELECT * FROM ins' : null, hasKnown ? 'SELECT * FROM upd' : null].filter(Boolean).join(' UNION ALL ');
  return `WITH ${ctes},
ev AS (
  INSERT INTO "AlertEvent" ("alertId", "status", "occurredAt")
  SELECT id, status, ${NOW} FROM (${changed}) t WHERE changed
  RETURNING 1
)
SELECT (SELECT count(*) FROM ev)::int AS queued,
       CASE WHEN EXISTS (SELECT 1 FROM ev) THEN pg_notify('${ALERTS_CHANNEL}', '')::text END AS notified`;
}
const STATEMENTS = { both: statement(true, true), upserts: statement(true, false), known: statement(false, true) };

// PostgreSQL's jsonb refuses the NUL character; a sender's stray \u0000 must not cost the batch.
const jsonb = (rows: Row[]) => JSON.stringify(rows).replace(/(?<!\\)\\u0000/g, '');

/** Stores a source's alerts (de-duplicated within the batch, the last one wins). */
export async function ingestAlerts(db: DbTx, { sourceId, alerts }: { sourceId: string; alerts: IncomingAlert[] }): Promise<IngestResult> {
  const byKey = new Map<string, IncomingAlert>();
  for (const a of alerts) {
    byKey.delete(a.dedupKey);
    byKey.set(a.dedupKey, a);
  }
  if (byKey.size === 0) return { accepted: 0, queued: 0, dedupKeys: [] };
  const upserts: Row[] = [];
  const known: Row[] = [];
  for (const a of byKey.values()) (a.onlyIfKnown ? known : upserts).push(toRow(a));
  const sql = upserts.length && known.length ? STATEMENTS.both : upserts.length ? STATEMENTS.upserts : STATEMENTS.known;
  const params = [sourceId, ...(upserts.length ? [jsonb(upserts)] : []), ...(known.length ? [jsonb(known)] : [])];
  const rows = await db.$queryRawUnsafe<{ queued: number }[]>(sql, ...params);
  return { accepted: byKey.size, queued: rows[0]?.queued ?? 0, dedupKeys: [...byKey.keys()] };
}

/** One alert: the convenience form for a non-HTTP source. */
export async function ingestAlert(db: DbTx, { sourceId, alert }: { sourceId: string; alert: IncomingAlert }): Promise<IngestResult> {
  return ingestAlerts(db, { sourceId, alerts: [alert] });
}
