import 'server-only';
// Turns a page's component list (service slugs) into rows to write, reporting every unknown
// slug at once with the field it came from ("components.2.service").
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import type { StatusPageComponentInput } from './schemas.ts';

export interface ComponentRow { serviceId: string; position: number; group: string; groupZh: string; name: string; nameZh: string }

export async function resolveComponents(tx: DbTx, components: StatusPageComponentInput[]): Promise<ComponentRow[]> {
  const slugs = components.map((c) => c.service);
  const found = await tx.service.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const idOf = new Map(found.map((s) => [s.slug, s.id]));
  const issues = components.flatMap((c, i) =>
    idOf.has(c.service) ? [] : [{ path: `components.${i}.service`, message: `There is no service '${c.service}' in the catalogue.` }],
  );
  if (issues.length) throw new AppError('invalid', `Some fields are not valid: ${issues.map((i) => i.path).join(', ')}.`, { issues });
  return components.map((c, position) => ({
    serviceId: idOf.get(c.service)!,
    position,
    group: c.group ?? '',
    groupZh: c.groupZh ?? '',
    name: c.name ?? '',
    nameZh: c.nameZh ?? '',
  }));
}
