import 'server-only';
// The admin view of a status page: a Prisma select and its mapper (never the raw model).
import type { Prisma } from '../db/generated/client.ts';
import type { StatusPageOutput, StatusPageVisibility } from './schemas.ts';

export const statusPageSelect = {
  id: true, slug: true, title: true, titleZh: true, description: true, descriptionZh: true, logoUrl: true,
  defaultLocale: true, visibility: true, allowAnonymous: true, createdAt: true, updatedAt: true,
  components: {
    orderBy: { position: 'asc' },
    select: { position: true, group: true, groupZh: true, name: true, nameZh: true, service: { select: { slug: true, name: true } } },
  },
} satisfies Prisma.StatusPageSelect;

type Row = Prisma.StatusPageGetPayload<{ select: typeof statusPageSelect }>;

export function toStatusPageOutput(row: Row): StatusPageOutput {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    titleZh: row.titleZh,
    description: row.description,
    descriptionZh: row.descriptionZh,
    logoUrl: row.logoUrl,
    defaultLocale: row.defaultLocale,
    visibility: row.visibility as StatusPageVisibility,
    allowAnonymous: row.allowAnonymous,
    url: `/status/${row.slug}`,
    components: row.components.map((c) => ({
      service: c.service.slug, serviceName: c.service.name, group: c.group, groupZh: c.groupZh, name: c.name, nameZh: c.nameZh, position: c.position,
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
