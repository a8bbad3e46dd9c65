import 'server-only';
// Saving one section (autosave from the editor), with the version the edit is based on. Of two
// people saving the same section from the same version exactly one wins; the other gets 409
// with the current section to merge by hand. Sections of a published postmortem are frozen
// until it is re-opened.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { requireUnpublished } from './require-unpublished.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { sectionSelect, toSectionOutput } from './postmortem-output.ts';
import type { SectionOutput, UpdateSectionInput } from './schemas.ts';
import type { SectionKey } from './template.ts';

export async function updateSection(
  db: Db,
  { actor, ref, key, input }: { actor: Actor; ref: string; key: SectionKey; input: UpdateSectionInput },
): Promise<SectionOutput> {
  requireRole(actor, 'responder');
  const { id: incidentId } = await findIncidentId(db, ref);
  return db.$transaction(async (tx) => {
    const pm = await tx.postmortem.findUnique({ where: { incidentId }, select: { id: true, status: true } });
    if (!pm) throw new AppError('not_found', 'This incident has no postmortem yet.');
    await requireUnpublished(tx, incidentId, 'sections');
    const current = await tx.postmortemSection.findUnique({ where: { postmortemId_key: { postmortemId: pm.id, key } }, select: sectionSelect });
    if (!current) throw new AppError('not_found', `Section ${key} not found.`);
    if (current.body === input.body && current.version === input.version) return toSectionOutput(current);
    // The version condition is in the UPDATE itself: under concurrent saves the row lock makes
    // the second one see the new version and match nothing.
    const [updated] = await tx.postmortemSection.updateManyAndReturn({
      where: { postmortemId: pm.id, key, version: input.version },
      data: { body: input.body, version: { increment: 1 }, updatedById: actor.userId, updatedBy: actor.label, updatedAt: new Date() },
      select: sectionSelect,
    });
    if (!updated) {
      const latest = await tx.postmortemSection.findUniqueOrThrow({ where: { postmortemId_key: { postmortemId: pm.id, key } }, select: sectionSelect });
      throw new AppError('conflict', 'Someone else saved this section meanwhile. Compare with the current text, then save again.', {
        details: { current: toSectionOutput(latest) },
      });
    }
    await recordAudit(tx, actor, {
      action: 'postmortem.section_updated',
      entityType: 'postmortem',
      entityId: pm.id,
      before: { key, body: current.body, version: current.version },
      after: { key, body: updated.body, version: updated.version },
    });
    await publishIncidentEvent(tx, { incidentId, kind: 'postmortem.updated' });
    return toSectionOutput(updated);
  });
}
