'use server';
import { serverActionPublic } from '@/lib/api/public-action';
import { createFirstAdmin } from '@/lib/users/create-first-admin';
import { createFirstAdminInput } from '@/lib/users/schemas';

export const createFirstAdminAction = serverActionPublic(createFirstAdminInput, ({ db, input }) =>
  createFirstAdmin(db, { input }),
);
