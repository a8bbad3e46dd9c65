import 'server-only';
// "Link as trigger": a responder names one of an incident's recent changes as what set it
// off. In one transaction: a trigger factor (category from the change's kind, description
// naming the change and linking to it), the IncidentFactorChange row that records the link,
// and the audit record. Linking the same change twice answers the existing factor.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { LinkChangeInput, LinkChangeOutput } from '../changes/recent-changes-schemas.ts';
import type { ChangeKind } from '../changes/schemas.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { requireUnpublished } from '../postmortems/require-unpublished.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { factorCategoryForChange } from './change-factor-category.ts';
import { factorSelect, toFactorOutput } from './factor-output.ts';

// Factor descriptions are stored text (Markdown); the actor's language names the link.
function describe(change: { id: string; title: string; service: { name: string } }, locale: string | null): string {
  const label = locale?.startsWith('zh') ? '变更' : 'Change';
  const title = change.title.replace(/[[\]]/g, '');
  return `${label}: [${title}](/changes/${change.id}) (${change.service.name})`;
}

export async function linkChangeAsTrigger(db: Db, { actor, ref, input }: { actor: Actor; ref: string; input: LinkChangeInput }): Promise<LinkChangeOutput> {
  requireRole(actor, 'responder');
  const { id: incidentId } = await findIncidentId(db, ref);
  return db.$transaction(async (tx) => {
    await requireUnpublished(tx, incidentId, 'factors');
    const change = await tx.changeEvent.findUnique({ where: { id: input.change }, select: { id: true, title: true, kind: true, service: { select: { name: true } } } });
    if (!change) {
      throw new AppError('invalid', 'Some fields are not valid: change.', { issues: [{ path: 'change', message: 'There is no such change.', code: 'unknown_change' }] });
    }
    const existing = await tx.incidentFactorChange.findUnique({ where: { incidentId_changeId: { incidentId, changeId: change.id } }, select: { factor: { select: factorSelect } } });
    if (existing) return { factor: toFactorOutput(existing.factor), changeId: change.id, created: false };

    const last = await tx.incidentFactor.aggregate({ where: { incidentId }, _max: { position: true } });
    const factor = await tx.incidentFactor.create({
      data: {
        incidentId, kind: 'trigger', category: factorCategoryForChange(change.kind as ChangeKind),
        description: describe(change, actor.locale), position: (last._max.position ?? -1) + 1,
      },
      select: factorSelect,
    });
    await tx.incidentFactorChange.create({ data: { factorId: factor.id, incidentId, changeId: change.id } });
    const out = toFactorOutput(factor);
    await recordAudit(tx, actor, { action: 'incident_factor.added', entityType: 'incident_factor', entityId: factor.id, after: { ...out, changeId: change.id } });
    await publishIncidentEvent(tx, { incidentId, kind: 'analysis.updated' });
    return { factor: out, changeId: change.id, created: true };
  });
}
