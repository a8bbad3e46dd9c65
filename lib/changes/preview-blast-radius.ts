import 'server-only';
// Before announcing: who a change on this service would reach, and its notice period.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { blastRadiusOfService } from './get-blast-radius.ts';
import type { BlastRadiusPreviewOutput, PreviewBlastRadiusQuery } from './preview-schemas.ts';

export async function previewBlastRadius(db: DbTx, { actor, input }: { actor: Actor; input: PreviewBlastRadiusQuery }): Promise<BlastRadiusPreviewOutput> {
  requireRole(actor, 'viewer');
  const service = await db.service.findUnique({ where: { slug: input.service }, select: { id: true, slug: true, name: true, noticePeriodHours: true } });
  if (!service) throw new AppError('not_found', `There is no service "${input.service}".`);
  const { id, ...rest } = service;
  return { service: rest, ...(await blastRadiusOfService(db, id)) };
}
