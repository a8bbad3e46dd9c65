import { apiRoute } from '@/lib/api/route';
import { deleteStatusPage } from '@/lib/status-pages/delete-status-page';
import { getStatusPage } from '@/lib/status-pages/list-status-pages';
import { statusPageSlugParams, updateStatusPageInput } from '@/lib/status-pages/schemas';
import { updateStatusPage } from '@/lib/status-pages/update-status-page';

const route = '/api/v1/status-pages/[slug]';

export const GET = apiRoute({ role: 'viewer', params: statusPageSlugParams, route }, ({ db, actor, params }) =>
  getStatusPage(db, { actor, slug: params.slug }),
);

export const PATCH = apiRoute({ role: 'admin', params: statusPageSlugParams, body: updateStatusPageInput, route }, ({ db, actor, params, body }) =>
  updateStatusPage(db, { actor, slug: params.slug, input: body }),
);

export const DELETE = apiRoute({ role: 'admin', params: statusPageSlugParams, route }, async ({ db, actor, params }) => {
  await deleteStatusPage(db, { actor, slug: params.slug });
  return new Response(null, { status: 204 });
});
