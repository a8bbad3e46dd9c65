import 'server-only';
// Posting a stakeholder update from the composer: the structured answers are rendered with
// the template (author's language and time zone) and posted as a stakeholder_update entry;
// the promised next update time is set on the incident (version bump + field_change entry,
// which is what the overdue reminder watches); the update is handed to notifyStakeholders().
// All in one transaction. An idempotency key makes a retried post return the first one.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { toEntryOutput } from '../timeline/entry-output.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import type { TimelineEntryOutput } from '../timeline/schemas.ts';
import { fieldChangeEntry } from './change-entries.ts';
import { findIncidentId, loadIncidentOutput } from './find-incident.ts';
import { notifyStakeholders } from './notify-stakeholders.ts';
import { formatReference } from './reference.ts';
import type { IncidentOutput, PostStakeholderUpdateInput, Severity } from './schemas.ts';
import { publishToStatusPages } from '../status-pages/publish-to-status-pages.ts';
import { renderStakeholderUpdate } from './stakeholder-template.ts';
import type { IncidentStatus } from './status-machine.ts';

export interface PostedStakeholderUpdate {
  entry: TimelineEntryOutput;
  incident: IncidentOutput;
  created: boolean;
}

export async function postStakeholderUpdate(
  db: Db,
  { actor, ref, input, idempotencyKey }: { actor: Actor; ref: string; input: PostStakeholderUpdateInput; idempotencyKey?: string | null },
): Promise<PostedStakeholderUpdate> {
  requireRole(actor, 'responder');
  const nextUpdateAt = input.nextUpdateAt ? new Date(input.nextUpdateAt) : null;
  if (nextUpdateAt && nextUpdateAt.getTime() <= Date.now()) {
    throw new AppError('invalid', 'Some fields are not valid: nextUpdateAt.', {
      issues: [{ path: 'nextUpdateAt', message: 'The next update must be promised for a time in the future.' }],
    });
  }
  const { id } = await findIncidentId(db, ref);
  return db.$transaction(async (tx) => {
    const incident = await tx.incident.findUniqueOrThrow({
      where: { id },
      select: { number: true, title: true, status: true, severity: true, drill: true, nextUpdateAt: true, services: { select: { service: { select: { slug: true } } } } },
    });
    const author = actor.userId ? await tx.user.findUnique({ where: { id: actor.userId }, select: { timeZone: true } }) : null;
    const reference = formatReference(incident.number);
    const content = {
      reference,
      title: incident.title,
      status: incident.status as IncidentStatus,
      severity: incident.severity as Severity,
      whatIsHappening: input.whatIsHappening,
      impact: input.impact,
      whatWeAreDoing: input.whatWeAreDoing,
      nextUpdateAt,
    };
    const body = renderStakeholderUpdate(content, input.locale ?? actor.locale, input.timeZone ?? author?.timeZone ?? 'UTC');
    const { entry, created } = await insertEntry(tx, actor, {
      incident: { id },
      kind: 'stakeholder_update',
      body,
      data: { whatIsHappening: input.whatIsHappening, impact: input.impact, whatWeAreDoing: input.whatWeAreDoing, nextUpdateAt: nextUpdateAt?.toISOString() ?? null },
      highlighted: input.highlighted,
      idempotencyKey: idempotencyKey ?? input.idempotencyKey ?? null,
    });
    if (created) {
      const before = incident.nextUpdateAt?.toISOString() ?? null;
      const after = nextUpdateAt?.toISOString() ?? null;
      if (before !== after) {
        await tx.incident.update({ where: { id }, data: { nextUpdateAt, version: { increment: 1 } } });
        await insertEntry(tx, actor, { incident: { id }, ...fieldChangeEntry('nextUpdateAt', before, after) });
        await publishIncidentEvent(tx, { incidentId: id, kind: 'incident.updated' });
      }
      await notifyStakeholders(tx, {
        incidentId: id,
        entryId: entry.id,
        reference,
        title: incident.title,
        severity: incident.severity,
        status: incident.status,
        services: incident.services.map((s) => s.service.slug),
        body,
        nextUpdateAt,
      });
      const published = await publishToStatusPages(tx, actor, {
        incident: { id, title: incident.title, status: incident.status, drill: incident.drill },
        entryId: entry.id,
        publication: input,
        defaultBody: [input.whatIsHappening, input.whatWeAreDoing].filter(Boolean).join('\n\n'),
      });
      await recordAudit(tx, actor, {
        action: 'incident.stakeholder_update_posted',
        entityType: 'incident',
        entityId: id,
        after: { entryId: entry.id, nextUpdateAt: after, ...(published ? { statusPages: input.statusPages } : {}) },
      });
    }
    return { entry: toEntryOutput(entry), incident: await loadIncidentOutput(tx, id), created };
  });
}
