import 'server-only';
// Creating an incident's postmortem from the template (responders): one row per section,
// prefilled from the incident, its highlighted timeline entries and its analysis. One per
// incident: a second create answers 409. The prefill is written in the author's language and
// time zone (./prefill.ts).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { formatReference } from '../incidents/reference.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { reloadPostmortem } from './postmortem-output.ts';
import { createTranslator } from 'use-intl/core';
import { loadMessages } from '../i18n/load-messages.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { prefillSections, type PrefillWriter } from './prefill.ts';
import type { CreatePostmortemQuery, PostmortemOutput } from './schemas.ts';
import { sectionKeys } from './template.ts';

function prefillWriter(actor: Actor, input: CreatePostmortemQuery): PrefillWriter {
  const locale: Locale = input.locale ?? (isLocale(actor.locale) ? actor.locale : 'en');
  const t = createTranslator({ locale, messages: loadMessages(locale) as Record<string, never>, namespace: 'story.prefill' as never }) as unknown as PrefillWriter['text'];
  return { locale, timeZone: input.timeZone ?? 'UTC', text: (key, values) => t(key, values) };
}

export async function createPostmortem(db: Db, { actor, ref, input = {} }: { actor: Actor; ref: string; input?: CreatePostmortemQuery }): Promise<PostmortemOutput> {
  requireRole(actor, 'responder');
  const { id: incidentId, number } = await findIncidentId(db, ref);
  return db.$transaction(async (tx) => {
    const incident = await tx.incident.findUniqueOrThrow({
      where: { id: incidentId },
      select: {
        summary: true,
        impact: true,
        customerFacing: true,
        startedAt: true,
        declaredAt: true,
        resolvedAt: true,
        timeline: { where: { highlighted: true, deletedAt: null }, select: { occurredAt: true, body: true }, orderBy: [{ occurredAt: 'asc' }, { recordedAt: 'asc' }] },
      },
    });
    const bodies = prefillSections({
      ...incident,
      startedAt: incident.startedAt ?? incident.declaredAt,
      highlights: incident.timeline,
    }, prefillWriter(actor, input));
    // ON CONFLICT DO NOTHING: two simultaneous creates make one postmortem, the other gets 409.
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Postmortem" (id, "incidentId", "authorUserId", "updatedAt")
      VALUES (gen_random_uuid(), ${incidentId}::uuid, ${actor.userId}::uuid, now())
      ON CONFLICT ("incidentId") DO NOTHING RETURNING id`;
    const postmortemId = inserted[0]?.id;
    if (!postmortemId) throw new AppError('conflict', `${formatReference(number)} already has a postmortem.`);
    await tx.postmortemSection.createMany({
      data: sectionKeys.map((key) => ({ postmortemId, key, body: bodies[key], updatedBy: '' })),
    });
    const out = await reloadPostmortem(tx, incidentId);
    await recordAudit(tx, actor, { action: 'postmortem.created', entityType: 'postmortem', entityId: postmortemId, after: { incidentId, sections: bodies } });
    await publishIncidentEvent(tx, { incidentId, kind: 'postmortem.updated' });
    return out;
  });
}
