'use server';
import { z } from 'zod';
import { serverAction } from '@/lib/api/action';
import { createUser } from '@/lib/users/create-user';
import { resetUserPassword } from '@/lib/users/reset-user-password';
import { createUserInput, resetUserPasswordInput, updateUserInput } from '@/lib/users/schemas';
import { updateUser } from '@/lib/users/update-user';

export const createUserAction = serverAction({ role: 'admin', input: createUserInput }, ({ db, actor, input }) =>
  createUser(db, { actor, input }),
);

export const updateUserAction = serverAction(
  { role: 'admin', input: z.object({ id: z.uuid(), changes: updateUserInput }) },
  ({ db, actor, input }) => updateUser(db, { actor, id: input.id, input: input.changes }),
);

export const resetUserPasswordAction = serverAction(
  { role: 'admin', input: resetUserPasswordInput.extend({ id: z.uuid() }) },
  ({ db, actor, input }) => resetUserPassword(db, { actor, id: input.id, input: { password: input.password } }),
);
