import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { statusPageSelect, toStatusPageOutput } from './page-output.ts';
import { resolveComponents } from './resolve-components.ts';
import type { CreateStatusPageInput, StatusPageOutput } from './schemas.ts';

export function statusPageSlugTaken(slug: string): AppError {
  const message = `A status page with slug '${slug}' already exists.`;
  return new AppError('conflict', message, { issues: [{ path: 'slug', message }] });
}

export async function createStatusPage(db: Db, { actor, input }: { actor: Actor; input: CreateStatusPageInput }): Promise<StatusPageOutput> {
  requireRole(actor, 'admin');
  return db.$transaction(async (tx) => {
    if (await tx.statusPage.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw statusPageSlugTaken(input.slug);
    const components = await resolveComponents(tx, input.components);
    const row = await tx.statusPage.create({
      data: {
        slug: input.slug,
        title: input.title,
        titleZh: input.titleZh ?? '',
        description: input.description ?? '',
        descriptionZh: input.descriptionZh ?? '',
        logoUrl: input.logoUrl ?? '',
        defaultLocale: input.defaultLocale ?? 'en',
        visibility: input.visibility,
        allowAnonymous: input.allowAnonymous ?? false,
        components: { create: components },
      },
      select: statusPageSelect,
    });
    const page = toStatusPageOutput(row);
    await recordAudit(tx, actor, { action: 'status_page.created', entityType: 'status_page', entityId: page.id, after: page });
    return page;
  });
}
