'use server';
import { z } from 'zod';
import { createApiToken } from '@/lib/api-tokens/create-api-token';
import { revokeApiToken } from '@/lib/api-tokens/revoke-api-token';
import { createApiTokenInput } from '@/lib/api-tokens/schemas';
import { serverAction } from '@/lib/api/action';

export const createApiTokenAction = serverAction({ role: 'admin', input: createApiTokenInput }, ({ db, actor, input }) =>
  createApiToken(db, { actor, input }),
);

export const revokeApiTokenAction = serverAction({ role: 'admin', input: z.object({ id: z.uuid() }) }, ({ db, actor, input }) =>
  revokeApiToken(db, { actor, id: input.id }),
);
