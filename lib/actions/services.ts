'use server';
import { z } from 'zod';
import { serverAction } from '@/lib/api/action';
import { createService } from '@/lib/services/create-service';
import { deleteService } from '@/lib/services/delete-service';
import { createServiceInput, serviceSlugParams, updateServiceInput } from '@/lib/services/schemas';
import { updateService } from '@/lib/services/update-service';

export const createServiceAction = serverAction({ role: 'responder', input: createServiceInput }, ({ db, actor, input }) =>
  createService(db, { actor, input }),
);

export const updateServiceAction = serverAction(
  { role: 'responder', input: z.object({ slug: serviceSlugParams.shape.slug, changes: updateServiceInput }) },
  ({ db, actor, input }) => updateService(db, { actor, slug: input.slug, input: input.changes }),
);

export const deleteServiceAction = serverAction({ role: 'responder', input: serviceSlugParams }, async ({ db, actor, input }) => {
  await deleteService(db, { actor, slug: input.slug });
  return { deleted: input.slug };
});
