import { apiRoute } from '@/lib/api/route';
import { getRequiredApprovals, updateRequiredApprovals } from '@/lib/postmortems/required-approvals-settings';
import { requiredApprovalsSetting } from '@/lib/postmortems/schemas';

const route = '/api/v1/postmortems/required-approvals';

export const GET = apiRoute({ role: 'viewer', route }, ({ db, actor }) => getRequiredApprovals(db, { actor }));

export const PUT = apiRoute({ role: 'admin', body: requiredApprovalsSetting, route }, ({ db, actor, body }) => updateRequiredApprovals(db, { actor, input: body }));
