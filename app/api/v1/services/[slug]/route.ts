import { apiRoute } from '@/lib/api/route';
import { deleteService } from '@/lib/services/delete-service';
import { getService } from '@/lib/services/get-service';
import { serviceSlugParams, updateServiceInput } from '@/lib/services/schemas';
import { updateService } from '@/lib/services/update-service';

const route = '/api/v1/services/[slug]';

export const GET = apiRoute({ role: 'viewer', params: serviceSlugParams, route }, ({ db, actor, params }) =>
  getService(db, { actor, slug: params.slug }),
);

export const PATCH = apiRoute(
  { role: 'responder', params: serviceSlugParams, body: updateServiceInput, route },
  ({ db, actor, params, body }) => updateService(db, { actor, slug: params.slug, input: body }),
);

export const DELETE = apiRoute({ role: 'responder', params: serviceSlugParams, route }, async ({ db, actor, params }) => {
  await deleteService(db, { actor, slug: params.slug });
  return new Response(null, { status: 204 });
});
