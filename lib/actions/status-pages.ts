'use server';
import { z } from 'zod';
import { serverAction } from '@/lib/api/action';
import { createStatusPage } from '@/lib/status-pages/create-status-page';
import { deleteStatusPage } from '@/lib/status-pages/delete-status-page';
import { createStatusPageInput, updateStatusPageInput } from '@/lib/status-pages/schemas';
import { updateStatusPage } from '@/lib/status-pages/update-status-page';

export const createStatusPageAction = serverAction({ role: 'admin', input: createStatusPageInput }, ({ db, actor, input }) => createStatusPage(db, { actor, input }));

export const updateStatusPageAction = serverAction(
  { role: 'admin', input: z.object({ slug: z.string().min(1).max(100), page: updateStatusPageInput }) },
  ({ db, actor, input }) => updateStatusPage(db, { actor, slug: input.slug, input: input.page }),
);

export const deleteStatusPageAction = serverAction({ role: 'admin', input: z.object({ slug: z.string().min(1).max(100) }) }, async ({ db, actor, input }) => {
  await deleteStatusPage(db, { actor, slug: input.slug });
  return { deleted: true };
});
