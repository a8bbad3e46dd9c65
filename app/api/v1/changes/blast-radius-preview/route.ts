import { apiRoute } from '@/lib/api/route';
import { previewBlastRadius } from '@/lib/changes/preview-blast-radius';
import { previewBlastRadiusQuery } from '@/lib/changes/preview-schemas';

const route = '/api/v1/changes/blast-radius-preview';

export const GET = apiRoute({ role: 'viewer', query: previewBlastRadiusQuery, route }, ({ db, actor, query }) => previewBlastRadius(db, { actor, input: query }));
