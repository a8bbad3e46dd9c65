import { apiRoute } from '@/lib/api/route';
import { acknowledgeChange } from '@/lib/changes/acknowledge-change';
import { acknowledgeChangeInput } from '@/lib/changes/acknowledgement-schemas';
import { listAcknowledgements } from '@/lib/changes/list-acknowledgements';
import { changeIdParams } from '@/lib/changes/schemas';

const route = '/api/v1/changes/[id]/acknowledgements';

export const GET = apiRoute({ role: 'viewer', params: changeIdParams, route }, ({ db, actor, params }) => listAcknowledgements(db, { actor, id: params.id }));

export const POST = apiRoute({ role: 'responder', params: changeIdParams, body: acknowledgeChangeInput, route }, ({ db, actor, params, body }) =>
  acknowledgeChange(db, { actor, id: params.id, input: body }),
);
