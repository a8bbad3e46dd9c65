// Input and output shapes for users: one zod schema per input, shared by forms, route
// handlers and the OpenAPI document.
import { z } from 'zod';
import { roles } from '../auth/roles.ts';
import { locales } from '../i18n/locales.ts';

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email());

export const passwordField = z
  .string()
  .min(10)
  .max(200);

export const roleField = z.enum(roles);

export const createFirstAdminInput = z.object({
  name: z.string().trim().min(1).max(100),
  email: emailField,
  password: passwordField,
});
export type CreateFirstAdminInput = z.infer<typeof createFirstAdminInput>;

export const userOutput = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleField,
    active: z.boolean(),
    locale: z.string().nullable(),
    lastLoginAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });
export type UserOutput = z.infer<typeof userOutput>;

export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  locale: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

export function toUserOutput(u: {
  id: string; email: string; name: string; role: string; active: boolean; locale: string | null; lastLoginAt: Date | null; createdAt: Date;
}): UserOutput {
  return { ...u, role: u.role as UserOutput['role'], lastLoginAt: u.lastLoginAt?.toISOString() ?? null, createdAt: u.createdAt.toISOString() };
}

// --- Administration of accounts (admin only) and the self-service account page ---

export const userNameField = z.string().trim().min(1).max(100);

const limitField = z.coerce.number().int().min(1).max(200).default(50);

export const listUsersQuery = z.object({
  q: z.string().trim().max(200).optional().meta({ description: 'Matches email or name, case-insensitively.' }),
  role: roleField.optional(),
  active: z.enum(['true', 'false']).optional().meta({ description: 'Only active (true) or deactivated (false) accounts.' }),
  limit: limitField,
  cursor: z.string().max(500).optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuery>;

export const createUserInput = z.object({
  name: userNameField,
  email: emailField,
  role: roleField,
  // Left out: the server generates one and returns it once.
  password: passwordField.optional(),
}).meta({ id: 'CreateUserInput' });
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z.object({
  name: userNameField.optional(),
  role: roleField.optional(),
  active: z.boolean().optional().meta({ description: 'false deactivates: the person can no longer sign in, at once.' }),
}).meta({ id: 'UpdateUserInput' });
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const resetUserPasswordInput = z.object({ password: passwordField }).meta({ id: 'ResetUserPasswordInput' });
export type ResetUserPasswordInput = z.infer<typeof resetUserPasswordInput>;

export const userIdParams = z.object({ id: z.uuid() });

export const updateMyAccountInput = z.object({
  name: userNameField,
  locale: z.enum(locales),
});
export type UpdateMyAccountInput = z.infer<typeof updateMyAccountInput>;

export const changeMyPasswordInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordField,
});
export type ChangeMyPasswordInput = z.infer<typeof changeMyPasswordInput>;

export const userListOutput = z
  .object({ items: z.array(userOutput), nextCursor: z.string().nullable() })
  .meta({ id: 'UserList' });
export type UserListOutput = z.infer<typeof userListOutput>;

export const createdUserOutput = z
  .object({
    user: userOutput,
    generatedPassword: z.string().nullable().meta({ description: 'Set when no password was given: shown this once, never stored in clear.' }),
  })
  .meta({ id: 'CreatedUser' });
export type CreatedUserOutput = z.infer<typeof createdUserOutput>;

export const meOutput = z
  .object({
    kind: z.enum(['user', 'token', 'system']),
    role: roleField,
    label: z.string(),
    user: userOutput.nullable(),
    token: z.object({ id: z.uuid(), name: z.string(), prefix: z.string(), expiresAt: z.iso.datetime().nullable() }).nullable(),
  })
  .meta({ id: 'Me' });
export type MeOutput = z.infer<typeof meOutput>;
