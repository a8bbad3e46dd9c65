import { apiRoute, jsonResponse } from '@/lib/api/route';
import { addContactMethod, listContactMethods } from '@/lib/on-call/contact-methods';
import { contactMethodInput } from '@/lib/on-call/schemas';

const route = '/api/v1/me/contact-methods';

export const GET = apiRoute({ role: 'viewer', route }, ({ db, actor }) => listContactMethods(db, { actor }));

export const POST = apiRoute({ role: 'viewer', body: contactMethodInput, route }, async ({ db, actor, body }) => jsonResponse(await addContactMethod(db, { actor, input: body }), 201));
