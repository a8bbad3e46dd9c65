// Filters and output of the audit log browser (admin only). Entries are newest first; the
// cursor is the id of the last entry seen (ids only grow).
import { z } from 'zod';

const filterText = z.string().trim().min(1).max(200);

export const listAuditQuery = z.object({
  actor: filterText.optional().meta({ description: 'Part of the actor label: an email or "token:<name>", case-insensitive.' }),
  actorUserId: z.uuid().optional(),
  entityType: filterText.optional().meta({ description: 'e.g. user, api_token, team, service.' }),
  entityId: filterText.optional(),
  action: filterText.optional().meta({ description: 'Exact action, e.g. user.role_changed.' }),
  from: z.iso.datetime({ offset: true }).optional().meta({ description: 'Entries at or after this instant.' }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Entries before this instant.' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().regex(/^\d{1,18}$/).optional(),
});
export type ListAuditQuery = z.infer<typeof listAuditQuery>;

export const auditEntryOutput = z
  .object({
    id: z.string().meta({ description: 'Increasing integer, as a string.' }),
    at: z.iso.datetime(),
    actorUserId: z.uuid().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    entity: z.object({ name: z.string(), href: z.string().nullable() }).nullable().meta({ description: 'What the entity is called now, and its page; null when it no longer exists.' }),
    before: z.unknown().meta({ description: 'The changed fields before the change (JSON), or null.' }),
    after: z.unknown().meta({ description: 'The changed fields after the change (JSON), or null.' }),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntryOutput = z.infer<typeof auditEntryOutput>;

export const auditListOutput = z
  .object({ items: z.array(auditEntryOutput), nextCursor: z.string().nullable() })
  .meta({ id: 'AuditList' });
export type AuditListOutput = z.infer<typeof auditListOutput>;
