import { apiRoute } from '@/lib/api/route';
import { getMe } from '@/lib/users/get-me';

export const GET = apiRoute({ role: 'viewer', route: '/api/v1/me' }, ({ db, actor }) => getMe(db, { actor }));
