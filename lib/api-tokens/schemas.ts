// Input and output shapes for API tokens. The secret appears in exactly one output
// (createdApiTokenOutput); lists and single tokens never carry it, nor its hash.
import { z } from 'zod';
import { roles } from '../auth/roles.ts';

export const apiTokenStatuses = ['active', 'expired', 'revoked', 'suspended'] as const;
export type ApiTokenStatus = (typeof apiTokenStatuses)[number];

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1).max(100).meta({ description: 'What uses the token, e.g. "ci-deploy". Unique among tokens not revoked.' }),
  role: z.enum(roles),
  expiresInDays: z.int().min(1).max(3650).nullable().optional().meta({ description: 'Omit or null: never expires.' }),
}).meta({ id: 'CreateApiTokenInput' });
export type CreateApiTokenInput = z.infer<typeof createApiTokenInput>;

export const listApiTokensQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type ListApiTokensQuery = z.infer<typeof listApiTokensQuery>;

export const apiTokenIdParams = z.object({ id: z.uuid() });

export const apiTokenOutput = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: z.enum(roles),
    prefix: z.string().meta({ description: 'The first characters of the secret, to recognise it.' }),
    status: z.enum(apiTokenStatuses).meta({ description: 'suspended: the person who created it is deactivated.' }),
    createdBy: z.object({ id: z.uuid(), name: z.string(), email: z.string(), active: z.boolean() }).nullable(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiTokenOutput = z.infer<typeof apiTokenOutput>;

export const apiTokenListOutput = z
  .object({ items: z.array(apiTokenOutput), nextCursor: z.string().nullable() })
  .meta({ id: 'ApiTokenList' });
export type ApiTokenListOutput = z.infer<typeof apiTokenListOutput>;

export const createdApiTokenOutput = z
  .object({
    token: apiTokenOutput,
    secret: z.string().meta({ description: 'Send as "Authorization: Bearer <secret>". Shown this once only.' }),
  })
  .meta({ id: 'CreatedApiToken' });
export type CreatedApiTokenOutput = z.infer<typeof createdApiTokenOutput>;

export const apiTokenSelect = {
  id: true,
  name: true,
  role: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  createdBy: { select: { id: true, name: true, email: true, active: true } },
} as const;

interface ApiTokenRow {
  id: string; name: string; role: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; expiresAt: Date | null; revokedAt: Date | null;
  createdBy: { id: string; name: string; email: string; active: boolean } | null;
}

export function apiTokenStatus(t: Pick<ApiTokenRow, 'revokedAt' | 'expiresAt' | 'createdBy'>, now = new Date()): ApiTokenStatus {
  if (t.revokedAt) return 'revoked';
  if (t.expiresAt && t.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (t.createdBy && !t.createdBy.active) return 'suspended';
  return 'active';
}

export function toApiTokenOutput(t: ApiTokenRow, now = new Date()): ApiTokenOutput {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: t.id,
    name: t.name,
    role: t.role as ApiTokenOutput['role'],
    prefix: t.prefix,
    status: apiTokenStatus(t, now),
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: iso(t.lastUsedAt),
    expiresAt: iso(t.expiresAt),
    revokedAt: iso(t.revokedAt),
  };
}
